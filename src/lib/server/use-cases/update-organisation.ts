import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, organisationQuartier, quartierCommune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { organisationProfileForm } from '#lib/domain/organisations.js';
import { rateLimited } from './rate-limited.js';

export type UpdateOrganisationResult =
	{ ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** An organisation's admin edits its public page: profile, contact and the quartiers it serves. */
export async function updateOrganisation(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, unknown>
): Promise<UpdateOrganisationResult> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const form = parseForm(organisationProfileForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const data = form.data;

	return ctx.db.transaction(async (tx): Promise<UpdateOrganisationResult> => {
		const [org] = await tx
			.select({ communeId: organisation.communeId })
			.from(organisation)
			.where(eq(organisation.id, organisationId))
			.for('update');
		if (!org) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
		// Only quartiers of the organisation's own commune can be ticked.
		if (data.quartierIds.length) {
			const valid = org.communeId
				? await tx
						.select({ id: quartierCommune.quartierId })
						.from(quartierCommune)
						.where(
							and(eq(quartierCommune.communeId, org.communeId), inArray(quartierCommune.quartierId, data.quartierIds))
						)
				: [];
			if (valid.length !== data.quartierIds.length)
				return { ok: false, fieldErrors: { quartierIds: 'ORGANISATION.QUARTIER_INVALID' } };
		}
		await tx
			.update(organisation)
			.set({
				name: data.name,
				type: data.type,
				description: data.description,
				contactEmail: data.contactEmail,
				contactPhone: data.contactPhone,
				website: data.websiteUrl,
				updatedAt: new Date()
			})
			.where(eq(organisation.id, organisationId));
		await tx.delete(organisationQuartier).where(eq(organisationQuartier.organisationId, organisationId));
		if (data.quartierIds.length)
			await tx
				.insert(organisationQuartier)
				.values(data.quartierIds.map((quartierId) => ({ organisationId, quartierId })));
		return { ok: true };
	});
}
