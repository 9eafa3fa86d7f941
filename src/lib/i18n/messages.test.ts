import { describe, expect, it } from 'vitest';
import * as m from '#lib/paraglide/messages.js';
import { LOCALES } from '#lib/domain/locale.js';

import { loadMessages as load } from '../../../tests/support/messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('messages', () => {
	const source = load('fr');
	const keys = Object.keys(source).filter((k) => !k.startsWith('$'));

	it.each(LOCALES)('%s has every message, with the same placeholders, and none empty', (locale) => {
		const messages = load(locale);
		const missing = keys.filter((k) => !(k in messages));
		expect(missing, `missing in ${locale}`).toEqual([]);
		const extra = Object.keys(messages).filter((k) => !k.startsWith('$') && !(k in source));
		expect(extra, `unknown in ${locale}`).toEqual([]);
		for (const k of keys) {
			expect(messages[k]!.trim(), `${locale}.${k} is empty`).not.toBe('');
			expect(placeholders(messages[k]!), `${locale}.${k}`).toEqual(placeholders(source[k]!));
		}
	});

	it('are compiled with real translations for each language (an offline build can silently emit none)', () => {
		expect(m.sign_in_title({}, { locale: 'fr' })).toBe(source.sign_in_title);
		expect(m.sign_in_title({}, { locale: 'en' })).toBe(load('en').sign_in_title);
		expect(m.sign_in_title({}, { locale: 'ar' })).toBe(load('ar').sign_in_title);
		expect(m.sign_in_title({}, { locale: 'ar' })).not.toBe(m.sign_in_title({}, { locale: 'fr' }));
		expect(m.err_rate_limited({ minutes: '7' }, { locale: 'en' })).toContain('7');
	});
});
