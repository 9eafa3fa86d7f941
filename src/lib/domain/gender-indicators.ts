/** Small pure helpers for showing official indicators: their label, their value. */
import type { Locale } from './locale.js';

/** The label in the reader's language, else French, else any, else the measure's code. */
export function pickLabel(label: Record<string, string> | null | undefined, locale: Locale, fallback: string): string {
	const l = label ?? {};
	return l[locale] || l.fr || Object.values(l).find((v) => v) || fallback;
}

/** A value as printed: percentages with one decimal at most, counts whole, in the locale's digits. */
export function formatIndicator(value: number, unit: string, locale: Locale): string {
	const tag = locale === 'ar' ? 'ar-u-nu-latn' : locale;
	if (unit === 'percent')
		return new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value) + (locale === 'en' ? '%' : ' %');
	if (unit === 'euros')
		return new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
	return new Intl.NumberFormat(tag, { maximumFractionDigits: unit === 'ratio' ? 2 : 0 }).format(value);
}
