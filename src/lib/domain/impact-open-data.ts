/**
 * The impact of a quartier's initiatives as open data — the JSON of /api/v1/quartiers/{code}/impact
 * and the CSV beside the page — both written from the protected tables of impact-indicators.ts,
 * never from the raw reports: a figure hidden on the page is hidden (null, empty) in both.
 */
import { toCsv, type CsvValue } from './csv.js';
import { IMPACT_AGE_BANDS, IMPACT_SEXES } from './impact-report.js';
import { IMPACT_OUTCOMES_MIN_COUNT, IMPACT_PARTICIPANTS_MIN_COUNT, type YearImpact } from './impact-indicators.js';
import type { Published } from './disclosure-control.js';

export const IMPACT_LICENCE = 'Licence Ouverte / Open Licence 2.0';

export interface ImpactCsvLine {
	quartier: string;
	year: number;
	table: 'participants' | 'months' | 'outcomes';
	row: string;
	column: string;
	value: Published;
	minCount: number | null;
}

/** The CSV's columns, each with what it holds (shown on the page under the download link). */
export const IMPACT_CSV_COLUMNS: readonly { name: string; value: (l: ImpactCsvLine) => CsvValue; doc: string }[] = [
	{ name: 'quartier', value: (l) => l.quartier, doc: 'QPV code of the quartier (or its id when it has none).' },
	{ name: 'year', value: (l) => l.year, doc: 'Calendar year of the monthly reports added up.' },
	{
		name: 'table',
		value: (l) => l.table,
		doc: '"participants" (by sex and age band), "months" (participants per month) or "outcomes".'
	},
	{
		name: 'row',
		value: (l) => l.row,
		doc: 'participants: woman, man, other, unknown or total; months: YYYY-MM or total; outcomes: people_trained, people_back_to_work or childcare_hours.'
	},
	{
		name: 'column',
		value: (l) => l.column,
		doc: 'participants: age band 0-2, 3-5, 6-14, 15-24, 25-34, 35-49, 50-64, 65+, unknown or total; months and outcomes: value.'
	},
	{ name: 'value', value: (l) => l.value, doc: 'The figure; empty when it is hidden (disclosure control).' },
	{ name: 'suppressed', value: (l) => l.value === null, doc: 'true when the figure is hidden.' },
	{
		name: 'min_count',
		value: (l) => l.minCount,
		doc: 'Counts from 1 to min_count − 1 are hidden, with others so that none can be worked out; empty for hours.'
	}
];

export function impactCsvLines(quartier: string, years: readonly YearImpact[]): ImpactCsvLine[] {
	const lines: ImpactCsvLine[] = [];
	for (const y of years) {
		const line = (
			table: ImpactCsvLine['table'],
			row: string,
			column: string,
			value: Published,
			minCount: number | null
		) => lines.push({ quartier, year: y.year, table, row, column, value, minCount });
		const k = IMPACT_PARTICIPANTS_MIN_COUNT;
		IMPACT_SEXES.forEach((sex, s) => {
			IMPACT_AGE_BANDS.forEach((band, b) => line('participants', sex, band, y.participants.cells[s]![b]!, k));
			line('participants', sex, 'total', y.participants.rowTotals[s]!, k);
		});
		IMPACT_AGE_BANDS.forEach((band, b) => line('participants', 'total', band, y.participants.columnTotals[b]!, k));
		line('participants', 'total', 'total', y.participants.total, k);
		y.months.cells.forEach((cells, m) =>
			line('months', `${y.year}-${String(m + 1).padStart(2, '0')}`, 'value', cells[0]!, k)
		);
		line('months', 'total', 'value', y.months.total, k);
		line('outcomes', 'people_trained', 'value', y.peopleTrained, IMPACT_OUTCOMES_MIN_COUNT);
		line('outcomes', 'people_back_to_work', 'value', y.peopleBackToWork, IMPACT_OUTCOMES_MIN_COUNT);
		line('outcomes', 'childcare_hours', 'value', y.childcareHours, null);
	}
	return lines;
}

export function impactCsv(quartier: string, years: readonly YearImpact[]): string {
	return toCsv(IMPACT_CSV_COLUMNS, impactCsvLines(quartier, years));
}

/** The API's answer: the same tables, hidden figures as null. */
export function impactJson(quartier: { code: string; name: string }, years: readonly YearImpact[]) {
	return {
		data: {
			quartier,
			licence: IMPACT_LICENCE,
			min_count: { participants: IMPACT_PARTICIPANTS_MIN_COUNT, outcomes: IMPACT_OUTCOMES_MIN_COUNT },
			sexes: [...IMPACT_SEXES],
			age_bands: [...IMPACT_AGE_BANDS],
			years: years.map((y) => ({
				year: y.year,
				reports: y.reportCount,
				participants: {
					cells: y.participants.cells,
					sex_totals: y.participants.rowTotals,
					age_band_totals: y.participants.columnTotals,
					total: y.participants.total
				},
				months: y.months.cells.map((cells, m) => ({
					month: `${y.year}-${String(m + 1).padStart(2, '0')}`,
					participants: cells[0]!
				})),
				people_trained: y.peopleTrained,
				people_back_to_work: y.peopleBackToWork,
				childcare_hours: y.childcareHours
			}))
		}
	};
}

/** The JSON Schema of that answer, for the OpenAPI document. */
const published = { type: ['integer', 'null'], minimum: 0, description: 'null when hidden (disclosure control).' };
export const IMPACT_RESPONSE_SCHEMA = {
	type: 'object',
	properties: {
		data: {
			type: 'object',
			required: ['quartier', 'licence', 'min_count', 'sexes', 'age_bands', 'years'],
			properties: {
				quartier: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
				licence: { type: 'string' },
				min_count: {
					type: 'object',
					properties: { participants: { type: 'integer' }, outcomes: { type: 'integer' } }
				},
				sexes: { type: 'array', items: { type: 'string', enum: [...IMPACT_SEXES] } },
				age_bands: { type: 'array', items: { type: 'string', enum: [...IMPACT_AGE_BANDS] } },
				years: {
					type: 'array',
					description: 'The latest year first.',
					items: {
						type: 'object',
						properties: {
							year: { type: 'integer' },
							reports: { type: 'integer', description: 'Monthly reports filed that year.' },
							participants: {
								type: 'object',
								description: 'cells[sex][age_band], in the order of sexes and age_bands.',
								properties: {
									cells: { type: 'array', items: { type: 'array', items: published } },
									sex_totals: { type: 'array', items: published },
									age_band_totals: { type: 'array', items: published },
									total: published
								}
							},
							months: {
								type: 'array',
								items: {
									type: 'object',
									properties: { month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, participants: published }
								}
							},
							people_trained: published,
							people_back_to_work: published,
							childcare_hours: { type: 'integer', minimum: 0 }
						}
					}
				}
			}
		}
	}
} as const;
