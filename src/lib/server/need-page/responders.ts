/**
 * For whom a person may answer a need officially: the organisations she is a member of, and for
 * the commune's staff (moderators, planners) the commune's own organisation too. The form offers
 * these, and the use case accepts nothing else.
 */
import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { organisation } from '../db/schema.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

/** Whether the person answers as the commune's staff, without having to name an organisation. */
export function isStaffResponder(actor: Actor | null): boolean {
	return authorise(actor, 'need.respond').allowed;
}

/** The organisations this person may speak for on a need of `communeId`, by name. */
export async function responderOrganisations(
	db: Database,
	actor: Actor | null,
	communeId: string
): Promise<{ id: string; name: string }[]> {
	if (!actor) return [];
	const memberOf = [
		...new Set(
			actor.grants
				.filter((g) => g.scopeType === 'organisation')
				.map((g) => g.scopeId)
				.filter((id) => authorise(actor, 'need.respond', { organisationId: id }).allowed)
		)
	];
	const staff = isStaffResponder(actor);
	if (!staff && memberOf.length === 0) return [];
	const ofCommune = and(eq(organisation.type, 'commune'), eq(organisation.communeId, communeId));
	return db
		.select({ id: organisation.id, name: organisation.name })
		.from(organisation)
		.where(
			staff && memberOf.length > 0
				? or(ofCommune, inArray(organisation.id, memberOf))
				: staff
					? ofCommune
					: inArray(organisation.id, memberOf)
		)
		.orderBy(asc(organisation.name));
}
