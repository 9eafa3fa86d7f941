import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { childcareOffer, initiative, practice } from '../db/schema.js';
import { isChildcarePractice, parseBandCounts } from '#lib/domain/childcare.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type ChildcareOfferResult = { ok: true } | { ok: false; fieldErrors: Record<string, string> };

/**
 * A childcare initiative (a practice for young children: the itinerant crèche, occasional
 * childcare) states the places it keeps in each session for parents of coupled activities, per
 * age band; all empty withdraws the offer. Fewer places never cancel a place already held.
 */
export async function setChildcareOffer(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; values: Record<string, unknown> }
): Promise<ChildcareOfferResult | null> {
	const [found] = await ctx.db
		.select({ organisationId: initiative.organisationId, publics: practice.publics, themes: practice.themes })
		.from(initiative)
		.innerJoin(practice, eq(practice.id, initiative.practiceId))
		.where(eq(initiative.id, input.initiativeId));
	if (!found) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: found.organisationId });
	if (!isChildcarePractice(found)) return { ok: false, fieldErrors: { form: 'CHILDCARE.NOT_CHILDCARE' } };
	const parsed = parseBandCounts(input.values, 'places');
	if (!parsed.ok) return parsed;
	await ctx.db.transaction(async (tx) => {
		await tx.delete(childcareOffer).where(eq(childcareOffer.initiativeId, input.initiativeId));
		if (parsed.counts.length > 0)
			await tx.insert(childcareOffer).values(
				parsed.counts.map((c) => ({
					initiativeId: input.initiativeId,
					minMonths: c.minMonths,
					maxMonths: c.maxMonths,
					places: c.count
				}))
			);
	});
	return { ok: true };
}
