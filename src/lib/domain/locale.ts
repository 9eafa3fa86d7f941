/** The interface languages. French is the source; Arabic is written right to left. */
export const LOCALES = ['fr', 'en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
	return locale === 'ar' ? 'rtl' : 'ltr';
}

/**
 * Text people wrote in French, with translations into other languages: the visitor's language
 * where it exists, French otherwise; `lang` says which, so the page can mark it for screen readers.
 */
export function pickTranslation<T extends object>(
	locale: Locale,
	source: T,
	translations: readonly (T & { locale: string })[]
): T & { lang: Locale } {
	const match = locale === 'fr' ? undefined : translations.find((t) => t.locale === locale);
	if (!match) return { ...source, lang: 'fr' };
	// A translation may cover only some fields (a title and summary, not the long description).
	const filled = Object.fromEntries(
		Object.entries(match).filter(([key, value]) => key !== 'locale' && value !== null && value !== '')
	);
	return { ...source, ...filled, lang: locale };
}
