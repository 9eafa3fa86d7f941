/**
 * The mapping step as a plain HTML form (it works without JavaScript): field names, and reading
 * them back into a mapping. One fieldset per column of the file, `col-<i>-<field>`.
 */
import {
	DEFAULT_LICENCE,
	REFERENCE_KINDS,
	SEXES,
	THEMES,
	UNITS,
	type ColumnChoice,
	type IndicatorMapping,
	type ReferenceKind,
	type SeriesDraft,
	type Sex,
	type Theme,
	type Unit
} from './indicator-import.js';

/** The select's value for "no such column". */
export const NO_COLUMN = '';

const pick = <T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T =>
	allowed.includes(value as T) ? (value as T) : fallback;

const text = (v: string | undefined, max = 300) => (v ?? '').trim().slice(0, max);

/** What a column's select says: ignore it, a new series, or an existing one (`existing:<code>`). */
export function actionValue(choice: ColumnChoice): string {
	if (choice.action === 'ignore') return 'ignore';
	return choice.existing ? `existing:${choice.series.code}` : 'new';
}

/**
 * The form's values back into a mapping; checkMapping then says what is wrong. The form shows a
 * series' definition only for columns that feed a new series (to keep the page light: a file has
 * dozens of columns); a column switched from "ignore" to "new" has no definition yet, and takes
 * `drafted(column)` — the mapping step comes back with it when something is missing.
 */
export function mappingFromForm(
	values: Record<string, string>,
	header: readonly string[],
	preset: string | null,
	drafted: (column: string) => SeriesDraft | undefined = () => undefined
): IndicatorMapping {
	const column = (name: string) => {
		const v = values[name] ?? NO_COLUMN;
		return v === NO_COLUMN ? null : v;
	};
	const yearText = text(values.year, 10);
	const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
	const count = Math.min(Number(values.columnCount ?? 0) || 0, header.length);
	const columns: ColumnChoice[] = [];
	for (let i = 0; i < count; i++) {
		const at = (f: string) => values[`col-${i}-${f}`];
		const name = at('column') ?? '';
		if (!header.includes(name)) continue;
		const action = at('action') ?? 'ignore';
		const existingCode = action.startsWith('existing:') ? action.slice('existing:'.length) : null;
		const minCount = Number(text(at('minCount'), 6));
		const draft = at('code') === undefined && !existingCode ? drafted(name) : undefined;
		if (draft) {
			const reference = pick<ReferenceKind>(REFERENCE_KINDS, at('reference'), draft.reference);
			columns.push({
				column: name,
				action: action === 'ignore' ? 'ignore' : 'series',
				existing: false,
				series: { ...draft, reference }
			});
			continue;
		}
		columns.push({
			column: name,
			action: action === 'ignore' ? 'ignore' : 'series',
			existing: existingCode !== null,
			series: {
				code: existingCode ?? text(at('code'), 60).toLowerCase(),
				measure: text(at('measure'), 60).toLowerCase(),
				sex: pick<Sex>(SEXES, at('sex'), 'all'),
				unit: pick<Unit>(UNITS, at('unit'), 'ratio'),
				theme: pick<Theme>(THEMES, at('theme'), 'other'),
				label: { fr: text(at('label_fr'), 201), en: text(at('label_en'), 201), ar: text(at('label_ar'), 201) },
				source: text(at('source'), 301),
				sourceUrl: text(at('sourceUrl'), 501),
				licence: text(at('licence'), 121) || DEFAULT_LICENCE,
				minCount: Number.isInteger(minCount) ? minCount : 0,
				reference: pick<ReferenceKind>(REFERENCE_KINDS, at('reference'), 'none')
			}
		});
	}
	return {
		codeColumn: values.codeColumn ?? '',
		nameColumn: column('nameColumn'),
		communeColumn: column('communeColumn'),
		levelColumn: column('levelColumn'),
		yearColumn: column('yearColumn'),
		year,
		weightColumn: column('weightColumn'),
		columns,
		preset: preset && /^[a-z0-9-]{1,60}$/.test(preset) ? preset : null
	};
}
