import type { AppContext } from '../context.js';
import { genderIndicators } from '../observatory/gender-indicators.js';
import { quartierReports } from '../observatory/impact-reports.js';
import { quartierSummary } from '../observatory/quartier-summary.js';
import { findQuartier } from './get-quartier-impact.js';
import { quartierImpact } from '#lib/domain/impact-indicators.js';
import type { Locale } from '#lib/domain/locale.js';

/** Key indicators on the page: as for the summary's lists, more would not fit one A4 page in Arabic. */
export const FICHE_INDICATORS = 5;

/**
 * The fiche quartier: the key women / everyone indicators, the most supported needs, the running
 * initiatives, the rooms and their occupancy, and the latest year's participants — in one
 * language, for a printable page and its PDF.
 */
export async function getQuartierFiche(ctx: Pick<AppContext, 'db'>, codeOrId: string, locale: Locale, now: Date) {
	const q = await findQuartier(ctx, codeOrId);
	if (!q) return null;
	const [indicators, summary, reports] = await Promise.all([
		genderIndicators(ctx.db, q.id, locale, FICHE_INDICATORS),
		quartierSummary(ctx, q, locale, now),
		quartierReports(ctx.db, q.id)
	]);
	const latest = quartierImpact(reports)[0] ?? null;
	return {
		quartier: { ...q, key: q.qpvCode ?? q.id },
		indicators,
		...summary,
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
