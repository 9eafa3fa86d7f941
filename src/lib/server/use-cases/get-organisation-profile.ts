import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, organisation, organisationQuartier, quartier, quartierCommune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * What the edit form shows: the organisation as it is, and the quartiers of its commune as
 * checkboxes (through quartier_commune, so a QPV straddling two communes is offered in both).
 */
export async function getOrganisationProfile(ctx: Pick<AppContext, 'db'>, actor: Actor | null, organisationId: string) {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const [org] = await ctx.db
		.select({
			id: organisation.id,
			name: organisation.name,
			type: organisation.type,
			description: organisation.description,
			website: organisation.website,
			contactEmail: organisation.contactEmail,
			contactPhone: organisation.contactPhone,
			communeId: organisation.communeId,
			communeName: commune.name
		})
		.from(organisation)
		.leftJoin(commune, eq(commune.id, organisation.communeId))
		.where(eq(organisation.id, organisationId));
	if (!org) return null;
	const [choices, served] = await Promise.all([
		org.communeId
			? ctx.db
					.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
					.from(quartierCommune)
					.innerJoin(quartier, eq(quartier.id, quartierCommune.quartierId))
					.where(eq(quartierCommune.communeId, org.communeId))
					.orderBy(asc(quartier.name))
			: Promise.resolve([]),
		ctx.db
			.select({ id: organisationQuartier.quartierId })
			.from(organisationQuartier)
			.where(eq(organisationQuartier.organisationId, organisationId))
	]);
	return { organisation: org, quartierChoices: choices, servedQuartierIds: served.map((s) => s.id) };
}
