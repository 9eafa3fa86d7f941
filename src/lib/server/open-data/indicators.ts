/**
 * Official indicator values for the API and the downloads. Every value goes through
 * publishValues (disclosure control) before anything is filtered or paged, so that a count
 * hidden on a dashboard is hidden here too, whatever the query.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, indicatorSeries, indicatorValue, quartier } from '../db/schema.js';
import { publishValues } from '#lib/domain/indicator-values.js';
import type { IndicatorQuery, IndicatorRecord, IndicatorSeriesDetail } from '#lib/domain/open-data-api.js';
import type { Listed, Window } from './common.js';

type Series = typeof indicatorSeries.$inferSelect;

const seriesFields = (s: Series) => ({
	series_code: s.code,
	measure: s.measure,
	sex: s.sex as IndicatorRecord['sex'],
	unit: s.unit as IndicatorRecord['unit'],
	theme: s.theme,
	label: { fr: s.label.fr ?? s.code, en: s.label.en ?? '', ar: s.label.ar ?? '' },
	source: s.source,
	source_url: s.sourceUrl,
	licence: s.licence
});

const TYPE_ORDER: Record<string, number> = { quartier: 0, commune: 1, reference: 2 };

/** Every published value, with its series and its territory's code and name, in a stable order. */
export async function allIndicatorRecords(db: Database, seriesCodes?: string[]): Promise<IndicatorRecord[]> {
	const series = seriesCodes
		? await db.select().from(indicatorSeries).where(inArray(indicatorSeries.code, seriesCodes))
		: await db.select().from(indicatorSeries);
	if (series.length === 0) return [];
	const values = await db
		.select({
			seriesId: indicatorValue.seriesId,
			territoryType: indicatorValue.territoryType,
			territoryId: indicatorValue.territoryId,
			year: indicatorValue.year,
			value: indicatorValue.value
		})
		.from(indicatorValue)
		.where(
			inArray(
				indicatorValue.seriesId,
				series.map((s) => s.id)
			)
		);
	const published = publishValues(series, values);
	const quartierIds = [...new Set(values.filter((v) => v.territoryType === 'quartier').map((v) => v.territoryId))];
	const communeIds = [...new Set(values.filter((v) => v.territoryType === 'commune').map((v) => v.territoryId))];
	const quartiers = quartierIds.length
		? await db
				.select({ id: quartier.id, code: quartier.qpvCode, name: quartier.name })
				.from(quartier)
				.where(inArray(quartier.id, quartierIds))
		: [];
	const communes = communeIds.length
		? await db
				.select({ id: commune.id, code: commune.inseeCode, name: commune.name })
				.from(commune)
				.where(inArray(commune.id, communeIds))
		: [];
	const territories = new Map<string, { code: string | null; name: string | null }>([
		...quartiers.map((q) => [`quartier|${q.id}`, { code: q.code, name: q.name }] as const),
		...communes.map((c) => [`commune|${c.id}`, { code: c.code, name: c.name }] as const)
	]);
	const byId = new Map(series.map((s) => [s.id, s]));
	return published
		.map((v): IndicatorRecord => {
			const t =
				v.territoryType === 'reference'
					? { code: v.territoryId, name: null }
					: (territories.get(`${v.territoryType}|${v.territoryId}`) ?? { code: null, name: null });
			return {
				...seriesFields(byId.get(v.seriesId)!),
				territory_type: v.territoryType as IndicatorRecord['territory_type'],
				territory_id: v.territoryId,
				territory_code: t.code,
				territory_name: t.name,
				year: v.year,
				value: v.published,
				suppressed: v.suppressed
			};
		})
		.sort(
			(a, b) =>
				a.series_code.localeCompare(b.series_code) ||
				(TYPE_ORDER[a.territory_type] ?? 3) - (TYPE_ORDER[b.territory_type] ?? 3) ||
				(a.territory_code ?? a.territory_id).localeCompare(b.territory_code ?? b.territory_id) ||
				a.year - b.year
		);
}

/** GET /api/v1/indicators: filtered and paged after disclosure control. */
export async function listIndicators(
	db: Database,
	query: Partial<IndicatorQuery>,
	window?: Window
): Promise<Listed<IndicatorRecord>> {
	const wanted = query.quartier?.trim();
	const rows = (await allIndicatorRecords(db)).filter(
		(r) =>
			(!query.series || r.series_code === query.series) &&
			(!query.measure || r.measure === query.measure) &&
			(!query.sex || r.sex === query.sex) &&
			(!query.territory_type || r.territory_type === query.territory_type) &&
			(query.year === undefined || r.year === query.year) &&
			(!wanted ||
				(r.territory_type === 'quartier' && (r.territory_id === wanted || r.territory_code === wanted.toUpperCase())))
	);
	return { rows: window ? rows.slice(window.offset, window.offset + window.limit) : rows, total: rows.length };
}

/** GET /api/v1/indicators/{series code}: the series and all its published values. */
export async function getIndicatorSeries(db: Database, code: string): Promise<IndicatorSeriesDetail | null> {
	const [s] = await db.select().from(indicatorSeries).where(eq(indicatorSeries.code, code));
	if (!s) return null;
	const records = await allIndicatorRecords(db, [code]);
	return {
		...seriesFields(s),
		min_count: s.minCount,
		values: records.map((r) => ({
			territory_type: r.territory_type,
			territory_id: r.territory_id,
			territory_code: r.territory_code,
			territory_name: r.territory_name,
			year: r.year,
			value: r.value,
			suppressed: r.suppressed
		}))
	};
}
