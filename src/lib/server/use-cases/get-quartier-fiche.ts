import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { initiative, initiativeQuartier, initiativeTranslation, organisation, practice } from '../db/schema.js';
import { genderIndicators } from '../observatory/gender-indicators.js';
import { quartierReports } from '../observatory/impact-reports.js';
import { quartierRoomOccupancy } from '../observatory/quartier-figures.js';
import { findQuartier } from './get-quartier-impact.js';
import { listQuartierNeeds } from './list-needs.js';
import { quartierImpact } from '#lib/domain/impact-indicators.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';

/** What one A4 page holds at most of each list: more would not fit in Arabic, the longest language. */
export const FICHE_LIMITS = { indicators: 5, needs: 5, initiatives: 5, rooms: 6 } as const;

/**
 * The fiche quartier: the key women / everyone indicators, the most supported needs, the running
 * initiatives, the rooms and their occupancy, and the latest year's participants — in one
 * language, for a printable page and its PDF.
 */
export async function getQuartierFiche(ctx: Pick<AppContext, 'db'>, codeOrId: string, locale: Locale, now: Date) {
	const q = await findQuartier(ctx, codeOrId);
	if (!q) return null;
	const [indicators, needs, initiatives, occupancy, reports] = await Promise.all([
		genderIndicators(ctx.db, q.id, locale, FICHE_LIMITS.indicators),
		listQuartierNeeds(ctx, q.id),
		runningInitiatives(ctx, q.id, locale),
		quartierRoomOccupancy(ctx.db, q.qpvCode ?? q.id, now),
		quartierReports(ctx.db, q.id)
	]);
	const latest = quartierImpact(reports)[0] ?? null;
	return {
		quartier: { ...q, key: q.qpvCode ?? q.id },
		indicators,
		needs: needs.items
			.slice(0, FICHE_LIMITS.needs)
			.map((n) => ({ title: n.title, lang: n.lang, supportCount: n.supportCount })),
		initiatives,
		occupancy: { ...occupancy, rooms: occupancy.rooms.slice(0, FICHE_LIMITS.rooms) },
		impact: latest
			? {
					year: latest.year,
					women: latest.participants.rowTotals[0] ?? null,
					men: latest.participants.rowTotals[1] ?? null,
					total: latest.participants.total
				}
			: null,
		date: now
	};
}

export type QuartierFiche = NonNullable<Awaited<ReturnType<typeof getQuartierFiche>>>;

async function runningInitiatives(ctx: Pick<AppContext, 'db'>, quartierId: string, locale: Locale) {
	const rows = await ctx.db
		.select({ id: initiative.id, title: initiative.title, organisationName: organisation.name })
		.from(initiativeQuartier)
		.innerJoin(initiative, eq(initiative.id, initiativeQuartier.initiativeId))
		.innerJoin(organisation, eq(organisation.id, initiative.organisationId))
		.innerJoin(practice, eq(practice.id, initiative.practiceId))
		.where(
			and(
				eq(initiativeQuartier.quartierId, quartierId),
				eq(initiative.status, 'running'),
				eq(practice.status, 'published')
			)
		)
		.orderBy(asc(initiative.title))
		.limit(FICHE_LIMITS.initiatives);
	const translations =
		rows.length === 0 || locale === 'fr'
			? []
			: await ctx.db
					.select({
						initiativeId: initiativeTranslation.initiativeId,
						locale: initiativeTranslation.locale,
						title: initiativeTranslation.title
					})
					.from(initiativeTranslation)
					.where(
						and(
							inArray(
								initiativeTranslation.initiativeId,
								rows.map((r) => r.id)
							),
							eq(initiativeTranslation.locale, locale)
						)
					);
	return rows.map((r) => {
		const t = pickTranslation(
			locale,
			{ title: r.title },
			translations.filter((x) => x.initiativeId === r.id)
		);
		return { id: r.id, title: t.title, lang: t.lang, organisationName: r.organisationName };
	});
}
