/**
 * Words and sentences of the observatory's official indicators, in the reader's language (or in
 * the one asked for: the sentence builder takes a locale so that it is tested in all three).
 */
import * as m from '#lib/paraglide/messages.js';
import { getLocale, type Locale } from '#lib/paraglide/runtime.js';
import {
	COMPUTED_REFERENCES,
	type ReferenceKind,
	type Sex,
	type Theme,
	type Unit
} from '#lib/domain/indicator-import.js';

type Options = { locale?: Locale };

export const sexLabel = (s: string, o: Options = {}) =>
	s === 'women'
		? m.observatory_sex_women({}, o)
		: s === 'men'
			? m.observatory_sex_men({}, o)
			: m.observatory_sex_all({}, o);

export function unitLabel(u: string): string {
	const labels: Record<Unit, () => string> = {
		percent: m.observatory_unit_percent,
		count: m.observatory_unit_count,
		euros: m.observatory_unit_euros,
		ratio: m.observatory_unit_ratio
	};
	return (labels[u as Unit] ?? m.observatory_unit_ratio)();
}

export function themeLabel(t: string): string {
	const labels: Record<Theme, () => string> = {
		population: m.observatory_theme_population,
		employment: m.observatory_theme_employment,
		income: m.observatory_theme_income,
		education: m.observatory_theme_education,
		services: m.observatory_theme_services,
		platform: m.observatory_theme_platform,
		other: m.observatory_theme_other
	};
	return (labels[t as Theme] ?? m.observatory_theme_other)();
}

export function referenceKindLabel(k: ReferenceKind): string {
	return k === 'mean'
		? m.observatory_reference_kind_mean()
		: k === 'weighted_mean'
			? m.observatory_reference_kind_weighted()
			: m.observatory_reference_kind_none();
}

/** Arabic pages write Western digits, as the rest of the product does. */
const numberLocale = (locale: Locale) => (locale === 'ar' ? 'ar-u-nu-latn' : locale);

/** A figure as the reader writes it: 36,3 % in French, 36.3% in English. */
export function formatValue(value: number, unit: string, locale: Locale = getLocale()): string {
	const l = numberLocale(locale);
	if (unit === 'percent')
		return new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
	if (unit === 'euros')
		return new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
	if (unit === 'count') return new Intl.NumberFormat(l, { maximumFractionDigits: 0 }).format(value);
	return new Intl.NumberFormat(l, { maximumFractionDigits: 2 }).format(value);
}

/** What a territory is called in a chart or a table. */
export function territoryLabel(
	t: { type: string; id: string; name?: string | null },
	locale: Locale = getLocale()
): string {
	if (t.type === 'quartier') return m.observatory_territory_quartier({}, { locale });
	if (t.type === 'commune') return m.observatory_territory_commune({ name: t.name ?? t.id }, { locale });
	if (t.id === COMPUTED_REFERENCES.mean) return m.observatory_reference_file_mean({}, { locale });
	if (t.id === COMPUTED_REFERENCES.weighted_mean) return m.observatory_reference_file_weighted_mean({}, { locale });
	return m.observatory_territory_reference({ name: t.name ?? t.id }, { locale });
}

export interface SentenceInput {
	measure: string;
	unit: string;
	/** The series' own label (in the reader's language), for measures without a sentence of their own. */
	label: string;
	/** This quartier's latest values by sex; null when hidden by disclosure control, absent when unknown. */
	values: Partial<Record<Sex, number | null>>;
}

/**
 * One sentence comparing women with everyone (or with men) in the quartier, built from the
 * series that share a measure: "Dans ce quartier, 36 % des femmes de 15 à 64 ans ont un emploi,
 * contre 40 % de l'ensemble". Null when there is nothing to compare, or when a figure is hidden.
 */
export function indicatorSentence(input: SentenceInput, locale: Locale = getLocale()): string | null {
	const { women, men, all } = input.values;
	const f = (v: number) => formatValue(v, input.unit, locale);
	const o = { locale };
	if (typeof women !== 'number') return null;
	const w = f(women);
	if (typeof all === 'number') {
		const a = f(all);
		switch (input.measure) {
			case 'employment_rate_15_64':
				return m.observatory_sentence_employment({ women: w, all: a }, o);
			case 'precarious_employment_share':
				return m.observatory_sentence_precarious({ women: w, all: a }, o);
			case 'job_seekers':
				return m.observatory_sentence_job_seekers({ women: w, all: a }, o);
			default:
				return m.observatory_sentence_women_all({ label: input.label, women: w, all: a }, o);
		}
	}
	if (typeof men === 'number')
		return m.observatory_sentence_women_men({ label: input.label, women: w, men: f(men) }, o);
	return null;
}

/** "Taux d'emploi des femmes : 36,3 % dans ce quartier, contre 45,1 % dans la commune de Foix." */
export function comparisonSentence(
	input: { label: string; unit: string; quartier: number; other: number; where: string },
	locale: Locale = getLocale()
): string {
	return m.observatory_sentence_compare(
		{
			label: input.label,
			quartier: formatValue(input.quartier, input.unit, locale),
			other: formatValue(input.other, input.unit, locale),
			where: input.where
		},
		{ locale }
	);
}
