import { and, eq, inArray, or } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, indicatorSeries, indicatorValue, quartierCommune } from '../db/schema.js';
import { findQuartier } from './get-quartier-impact.js';
import { publishValues, type PublishedValue } from '#lib/domain/indicator-values.js';

export interface DashboardSeries {
	id: string;
	code: string;
	sex: string;
	unit: string;
	theme: string;
	label: Record<string, string>;
	source: string;
	sourceUrl: string | null;
	licence: string;
	minCount: number;
}

export interface DashboardTerritory {
	type: 'quartier' | 'commune' | 'reference';
	id: string;
	name: string | null;
}

export interface DashboardMeasure {
	measure: string;
	unit: string;
	theme: string;
	/** Women, men, everyone: the order of the bars and of the table's columns. */
	series: DashboardSeries[];
	years: number[];
	/** This quartier first, then its communes, then the references. */
	territories: DashboardTerritory[];
	values: PublishedValue[];
}

const SEX_ORDER: Record<string, number> = { women: 0, men: 1, all: 2 };
const TYPE_ORDER: Record<string, number> = { quartier: 0, commune: 1, reference: 2 };

/**
 * The official indicators of one quartier's dashboard, by measure: its own values, those of its
 * communes and the references, for every year there is — after disclosure control.
 */
export async function getQuartierIndicators(ctx: Pick<AppContext, 'db'>, codeOrId: string) {
	const q = await findQuartier(ctx, codeOrId);
	if (!q) return null;
	const communes = await ctx.db
		.select({ id: commune.id, name: commune.name })
		.from(quartierCommune)
		.innerJoin(commune, eq(commune.id, quartierCommune.communeId))
		.where(eq(quartierCommune.quartierId, q.id));
	const own = await ctx.db
		.selectDistinct({ seriesId: indicatorValue.seriesId })
		.from(indicatorValue)
		.where(and(eq(indicatorValue.territoryType, 'quartier'), eq(indicatorValue.territoryId, q.id)));
	if (own.length === 0) return { quartier: q, communes, measures: [] as DashboardMeasure[] };
	const ids = own.map((o) => o.seriesId);
	const seriesOfQuartier = await ctx.db.select().from(indicatorSeries).where(inArray(indicatorSeries.id, ids));
	// Every series of the same measures, so that the sentence can set women against everyone.
	const measures = [...new Set(seriesOfQuartier.map((s) => s.measure))];
	const series = await ctx.db.select().from(indicatorSeries).where(inArray(indicatorSeries.measure, measures));
	const communeIds = communes.map((c) => c.id);
	const values = await ctx.db
		.select({
			seriesId: indicatorValue.seriesId,
			territoryType: indicatorValue.territoryType,
			territoryId: indicatorValue.territoryId,
			year: indicatorValue.year,
			value: indicatorValue.value
		})
		.from(indicatorValue)
		.where(
			and(
				inArray(
					indicatorValue.seriesId,
					series.map((s) => s.id)
				),
				or(
					and(eq(indicatorValue.territoryType, 'quartier'), eq(indicatorValue.territoryId, q.id)),
					communeIds.length
						? and(eq(indicatorValue.territoryType, 'commune'), inArray(indicatorValue.territoryId, communeIds))
						: undefined,
					eq(indicatorValue.territoryType, 'reference')
				)
			)
		);
	const published = publishValues(series, values);
	const communeName = new Map(communes.map((c) => [c.id, c.name]));
	const result: DashboardMeasure[] = measures.map((measure) => {
		const ofMeasure = series
			.filter((s) => s.measure === measure)
			.sort((a, b) => (SEX_ORDER[a.sex] ?? 3) - (SEX_ORDER[b.sex] ?? 3));
		const seriesIds = new Set(ofMeasure.map((s) => s.id));
		const vals = published.filter((v) => seriesIds.has(v.seriesId));
		const territories = new Map<string, DashboardTerritory>();
		for (const v of vals)
			territories.set(`${v.territoryType}|${v.territoryId}`, {
				type: v.territoryType as DashboardTerritory['type'],
				id: v.territoryId,
				name: v.territoryType === 'quartier' ? q.name : (communeName.get(v.territoryId) ?? null)
			});
		return {
			measure,
			unit: ofMeasure[0]!.unit,
			theme: ofMeasure[0]!.theme,
			series: ofMeasure.map((s) => ({
				id: s.id,
				code: s.code,
				sex: s.sex,
				unit: s.unit,
				theme: s.theme,
				label: s.label,
				source: s.source,
				sourceUrl: s.sourceUrl,
				licence: s.licence,
				minCount: s.minCount
			})),
			years: [...new Set(vals.map((v) => v.year))].sort((a, b) => a - b),
			territories: [...territories.values()].sort(
				(a, b) => (TYPE_ORDER[a.type] ?? 3) - (TYPE_ORDER[b.type] ?? 3) || a.id.localeCompare(b.id)
			),
			values: vals
		};
	});
	const THEME_ORDER = ['employment', 'population', 'income', 'education', 'services', 'platform', 'other'];
	result.sort(
		(a, b) => THEME_ORDER.indexOf(a.theme) - THEME_ORDER.indexOf(b.theme) || a.measure.localeCompare(b.measure)
	);
	return { quartier: q, communes, measures: result };
}
