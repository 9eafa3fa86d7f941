import type { AppContext } from '../context.js';
import { quartierSummary } from '../observatory/quartier-summary.js';
import { getQuartierIndicators } from './get-quartier-indicators.js';
import type { Locale } from '#lib/domain/locale.js';

/**
 * A quartier's dashboard: the official indicators (imported tables, after disclosure control)
 * beside what the platform itself knows — the most supported needs, the running initiatives, the
 * rooms and their occupancy. Public: nothing here names a resident.
 */
export async function getQuartierDashboard(ctx: Pick<AppContext, 'db'>, codeOrId: string, locale: Locale, now: Date) {
	const indicators = await getQuartierIndicators(ctx, codeOrId);
	if (!indicators) return null;
	const summary = await quartierSummary(ctx, indicators.quartier, locale, now);
	return { quartier: indicators.quartier, communes: indicators.communes, indicators: indicators.measures, ...summary };
}
