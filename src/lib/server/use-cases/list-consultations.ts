import { and, asc, eq, exists, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, consultation, consultationQuartier, quartier } from '../db/schema.js';
import { periodDates, phaseOf, type Phase } from '#lib/domain/consultation-form.js';

const PHASE_ORDER: Record<Phase, number> = { open: 0, upcoming: 1, closed: 2, draft: 3 };

/**
 * The published consultations, open ones first (closing soonest first), then upcoming, then
 * closed (latest first); optionally only those of one quartier.
 */
export async function listConsultations(
	ctx: Pick<AppContext, 'db'>,
	input: { quartierId?: string | null; now?: Date }
) {
	const now = input.now ?? new Date();
	const rows = await ctx.db
		.select({
			id: consultation.id,
			title: consultation.title,
			language: consultation.language,
			status: consultation.status,
			opensAt: consultation.opensAt,
			closesAt: consultation.closesAt,
			answerMode: consultation.answerMode,
			responseCount: consultation.responseCount
		})
		.from(consultation)
		.where(
			and(
				eq(consultation.status, 'published'),
				input.quartierId
					? exists(
							ctx.db
								.select({ one: consultationQuartier.quartierId })
								.from(consultationQuartier)
								.where(
									and(
										eq(consultationQuartier.consultationId, consultation.id),
										eq(consultationQuartier.quartierId, input.quartierId)
									)
								)
						)
					: undefined
			)
		)
		.orderBy(asc(consultation.closesAt))
		.limit(200);
	const links = rows.length
		? await ctx.db
				.select({
					consultationId: consultationQuartier.consultationId,
					name: quartier.name,
					timeZone: commune.timeZone
				})
				.from(consultationQuartier)
				.innerJoin(quartier, eq(quartier.id, consultationQuartier.quartierId))
				.innerJoin(commune, eq(commune.id, quartier.communeId))
				.where(
					inArray(
						consultationQuartier.consultationId,
						rows.map((r) => r.id)
					)
				)
				.orderBy(asc(quartier.name))
		: [];
	const quartiers = await ctx.db
		.selectDistinct({ id: quartier.id, name: quartier.name })
		.from(consultationQuartier)
		.innerJoin(quartier, eq(quartier.id, consultationQuartier.quartierId))
		.innerJoin(consultation, eq(consultation.id, consultationQuartier.consultationId))
		.where(eq(consultation.status, 'published'))
		.orderBy(asc(quartier.name));
	const consultations = rows
		.map((c) => {
			const mine = links.filter((l) => l.consultationId === c.id);
			const phase = phaseOf(c, now);
			return {
				id: c.id,
				title: c.title,
				language: c.language,
				answerMode: c.answerMode,
				responseCount: c.responseCount,
				phase,
				quartiers: mine.map((l) => l.name),
				...periodDates(c.opensAt, c.closesAt, mine[0]?.timeZone ?? 'Europe/Paris')
			};
		})
		.sort((a, b) => {
			if (a.phase !== b.phase) return PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase];
			return a.phase === 'closed' ? b.closesOn.localeCompare(a.closesOn) : 0;
		});
	return { consultations, quartiers };
}
