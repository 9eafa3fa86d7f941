import { asc } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The communes a new organisation can be attached to, for the creation form. */
export async function newOrganisationOptions(ctx: Pick<AppContext, 'db'>, actor: Actor | null) {
	assertAllowed(actor, 'organisation.create');
	return ctx.db.select({ id: commune.id, name: commune.name }).from(commune).orderBy(asc(commune.name));
}
