import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codeForm, deleteAccountForm, localeForm, parseForm, signUpForm } from './account-forms.js';

describe('account forms', () => {
	it('normalises the e-mail address and keeps the name as typed', () => {
		const r = parseForm(signUpForm, {
			name: '  Samira B. ',
			email: ' Samira@Exemple.FR ',
			password: 'une phrase facile'
		});
		expect(r).toEqual({
			ok: true,
			data: { name: 'Samira B.', email: 'samira@exemple.fr', password: 'une phrase facile' }
		});
	});

	it('reports one code per field, for every bad field at once', () => {
		const r = parseForm(signUpForm, { name: '', email: 'pas-une-adresse', password: 'court' });
		expect(r).toEqual({
			ok: false,
			fieldErrors: { name: 'FIELD.REQUIRED', email: 'EMAIL.INVALID', password: 'PASSWORD.TOO_SHORT' }
		});
	});

	it('says "required" rather than "invalid" for a missing field', () => {
		expect(parseForm(signUpForm, {})).toMatchObject({
			ok: false,
			fieldErrors: { name: 'FIELD.REQUIRED', email: 'FIELD.REQUIRED', password: 'FIELD.REQUIRED' }
		});
	});

	it('refuses overlong passwords, which would make hashing a denial-of-service lever', () => {
		expect(parseForm(signUpForm, { name: 'A', email: 'a@b.fr', password: 'x'.repeat(129) })).toMatchObject({
			ok: false,
			fieldErrors: { password: 'PASSWORD.TOO_LONG' }
		});
	});

	it('accepts only the three interface languages', () => {
		expect(parseForm(localeForm, { locale: 'ar' })).toEqual({ ok: true, data: { locale: 'ar' } });
		expect(parseForm(localeForm, { locale: 'de' })).toMatchObject({
			ok: false,
			fieldErrors: { locale: 'LOCALE.INVALID' }
		});
	});

	it('accepts six-digit codes typed with spaces, and backup codes', () => {
		expect(parseForm(codeForm, { code: ' 123 456 ' })).toEqual({ ok: true, data: { code: '123456' } });
		expect(parseForm(codeForm, { code: 'AbCdE-12345' })).toEqual({ ok: true, data: { code: 'AbCdE-12345' } });
		expect(parseForm(codeForm, { code: '12345' })).toMatchObject({ ok: false, fieldErrors: { code: 'CODE.INVALID' } });
	});

	it('requires the confirmation box before deleting an account', () => {
		expect(parseForm(deleteAccountForm, { password: 'x' })).toMatchObject({
			ok: false,
			fieldErrors: { confirm: 'CONFIRM.REQUIRED' }
		});
	});

	it('never throws, whatever the form contains', () => {
		fc.assert(
			fc.property(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(undefined))), (values) => {
				const r = parseForm(signUpForm, values);
				expect(typeof r.ok).toBe('boolean');
			})
		);
	});
});
