import { describe, expect, it } from 'vitest';
import { THEME_CODES } from '#lib/domain/themes.js';
import { LOCALES } from '#lib/domain/locale.js';
import { overwriteGetLocale, getLocale } from '#lib/paraglide/runtime.js';
import { costRange, themeLabel } from './catalogue-labels.js';

function inLocale<T>(locale: string, run: () => T): T {
	const previous = getLocale;
	overwriteGetLocale(() => locale as ReturnType<typeof getLocale>);
	try {
		return run();
	} finally {
		overwriteGetLocale(previous);
	}
}

describe('themeLabel', () => {
	it('names each of the 40 codes of the Carrefour des innovations sociales, differently in each language', () => {
		expect(new Set(THEME_CODES).size).toBe(40);
		for (const locale of LOCALES) {
			const labels = inLocale(locale, () => THEME_CODES.map(themeLabel));
			labels.forEach((label, i) => expect(label, `${locale} ${THEME_CODES[i]}`).not.toBe(THEME_CODES[i]));
			// Two codes with one label would make the theme filter ambiguous.
			expect(new Set(labels).size, locale).toBe(40);
		}
		expect(inLocale('fr', () => themeLabel('INS'))).toBe('Insertion');
		expect(inLocale('ar', () => themeLabel('JEU'))).toMatch(/[\u0600-\u06ff]/);
	});

	it('shows an unknown code as it is', () => {
		expect(themeLabel('XYZ')).toBe('XYZ');
	});
});

describe('costRange', () => {
	it('writes amounts in euros the reader’s way', () => {
		const fr = inLocale('fr', () => costRange(80_000, 150_000, 'fr'));
		expect(fr.replace(/\s/g, ' ')).toBe('80 000 € à 150 000 €');
		expect(inLocale('en', () => costRange(500, null, 'en'))).toBe('from €500');
		expect(inLocale('en', () => costRange(null, null, 'en'))).toBe('not given');
		expect(inLocale('en', () => costRange(1000, 1000, 'en'))).toBe('€1,000');
	});
});
