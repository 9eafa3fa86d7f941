/**
 * The official figures of a quartier that compare women with everyone: series sharing a
 * `measure`, one for women and one for all, at the latest year the women's series has a value.
 * Read straight from indicator_series / indicator_value (filled by the indicator import).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { indicatorSeries, indicatorValue } from '../db/schema.js';
import { pickLabel } from '#lib/domain/gender-indicators.js';
import type { Locale } from '#lib/domain/locale.js';

export interface GenderIndicator {
	measure: string;
	label: string;
	unit: string;
	year: number;
	women: number;
	all: number | null;
	source: string;
}

export async function genderIndicators(
	db: Database,
	quartierId: string,
	locale: Locale,
	limit = 5
): Promise<GenderIndicator[]> {
	const rows = await db
		.select({
			measure: indicatorSeries.measure,
			sex: indicatorSeries.sex,
			label: indicatorSeries.label,
			unit: indicatorSeries.unit,
			source: indicatorSeries.source,
			year: indicatorValue.year,
			value: indicatorValue.value
		})
		.from(indicatorValue)
		.innerJoin(indicatorSeries, eq(indicatorSeries.id, indicatorValue.seriesId))
		.where(
			and(
				eq(indicatorValue.territoryType, 'quartier'),
				eq(indicatorValue.territoryId, quartierId),
				inArray(indicatorSeries.sex, ['women', 'all'])
			)
		);
	const byMeasure = new Map<string, typeof rows>();
	for (const r of rows) byMeasure.set(r.measure, [...(byMeasure.get(r.measure) ?? []), r]);
	const out: GenderIndicator[] = [];
	for (const [measure, values] of byMeasure) {
		const women = values.filter((v) => v.sex === 'women').sort((a, b) => b.year - a.year)[0];
		if (!women) continue;
		const all = values.find((v) => v.sex === 'all' && v.year === women.year) ?? null;
		out.push({
			measure,
			label: pickLabel(all?.label ?? women.label, locale, measure),
			unit: women.unit,
			year: women.year,
			women: women.value,
			all: all?.value ?? null,
			source: women.source
		});
	}
	return out.sort((a, b) => a.measure.localeCompare(b.measure)).slice(0, limit);
}
