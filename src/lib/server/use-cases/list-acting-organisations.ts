import { asc, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation } from '../db/schema.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

/** The organisations this person may act for (as a member or an admin), by name. */
export async function listActingOrganisations(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null
): Promise<{ id: string; name: string }[]> {
	if (!actor) return [];
	const ids = [
		...new Set(
			actor.grants
				.filter((g) => g.scopeType === 'organisation')
				.map((g) => g.scopeId)
				.filter((id) => authorise(actor, 'organisation.act', { organisationId: id }).allowed)
		)
	];
	if (ids.length === 0) return [];
	return ctx.db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(inArray(organisation.id, ids))
		.orderBy(asc(organisation.name));
}
