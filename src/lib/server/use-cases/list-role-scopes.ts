import { asc } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, organisation } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The organisations, facilities and communes a scoped role can be granted in. */
export async function listRoleScopes(ctx: Pick<AppContext, 'db'>, actor: Actor | null) {
	assertAllowed(actor, 'roles.manage');
	const [organisations, facilities, communes] = await Promise.all([
		ctx.db.select({ id: organisation.id, name: organisation.name }).from(organisation).orderBy(asc(organisation.name)),
		ctx.db.select({ id: facility.id, name: facility.name }).from(facility).orderBy(asc(facility.name)),
		ctx.db.select({ id: commune.id, name: commune.name }).from(commune).orderBy(asc(commune.name))
	]);
	return { organisations, facilities, communes };
}
