import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { idList, optionalDate, optionalEmail, optionalPhone, optionalUrl, text } from './form-fields.js';

const problem = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message ?? null;

describe('form fields', () => {
	it('trims text, requires it unless optional, and limits its length', () => {
		expect(text(10).parse('  crèche ')).toBe('crèche');
		expect(problem(text(10), '   ')).toBe('FIELD.REQUIRED');
		expect(problem(text(5), 'beaucoup trop long')).toBe('TEXT.TOO_LONG');
		expect(text(10, { optional: true }).parse(undefined)).toBe('');
	});

	it('reads empty contact fields as none and checks the others', () => {
		expect(optionalEmail.parse('')).toBeNull();
		expect(optionalEmail.parse(' contact@asso.fr ')).toBe('contact@asso.fr');
		expect(problem(optionalEmail, 'pas-une-adresse')).toBe('EMAIL.INVALID');
		expect(optionalUrl.parse('https://asso.fr/crèche')).toBe('https://asso.fr/crèche');
		expect(problem(optionalUrl, 'javascript:alert(1)')).toBe('URL.INVALID');
		expect(optionalPhone.parse('04 78 00 00 00')).toBe('04 78 00 00 00');
		expect(optionalPhone.parse('+33 (0)4 78 00 00 00')).toBe('+33 (0)4 78 00 00 00');
		expect(problem(optionalPhone, '12')).toBe('PHONE.INVALID');
	});

	it('accepts only real calendar dates', () => {
		expect(optionalDate.parse('2024-02-29')).toBe('2024-02-29');
		expect(problem(optionalDate, '2023-02-29')).toBe('DATE.INVALID');
		expect(problem(optionalDate, '29/02/2024')).toBe('DATE.INVALID');
	});

	it('reads ticked checkboxes as a list without duplicates', () => {
		expect(idList.parse(undefined)).toEqual([]);
		expect(idList.parse('a')).toEqual(['a']);
		expect(idList.parse(['a', 'b', 'a', ''])).toEqual(['a', 'b']);
	});
});
