import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import { honeypotFilled, initialStatus, isNearQuartier, needForm, placeOf } from './need-form.js';

const valid = {
	kind: 'need',
	quartierId: 'q1',
	theme: 'EDU',
	title: 'Une garde pendant les cours',
	body: 'Les cours de français sont le mardi matin et je n’ai pas de garde.',
	language: 'fr'
};

describe('needForm', () => {
	it('accepts a complete post, without place nor name', () => {
		const form = parseForm(needForm, valid);
		expect(form).toMatchObject({ ok: true, data: { lon: null, lat: null, authorName: '', photoAlt: '' } });
	});

	it('says which field is wrong, with stable codes', () => {
		const form = parseForm(needForm, { ...valid, kind: 'rant', theme: 'XYZ', title: 'ab', body: '', language: 'de' });
		expect(form).toEqual({
			ok: false,
			fieldErrors: {
				kind: 'CHOICE.INVALID',
				theme: 'CHOICE.INVALID',
				title: 'TEXT.TOO_SHORT',
				body: 'FIELD.REQUIRED',
				language: 'CHOICE.INVALID'
			}
		});
	});

	it('refuses a title or a text that is too long', () => {
		const form = parseForm(needForm, { ...valid, title: 'x'.repeat(121), body: 'y'.repeat(2001) });
		expect(form).toEqual({ ok: false, fieldErrors: { title: 'TEXT.TOO_LONG', body: 'TEXT.TOO_LONG' } });
	});

	it('keeps Arabic text as typed (trimmed)', () => {
		const form = parseForm(needForm, { ...valid, title: '  مكان للنساء  ', language: 'ar' });
		expect(form.ok && form.data.title).toBe('مكان للنساء');
	});

	it('reads a place from the two hidden fields, and refuses half a place or nonsense', () => {
		const form = parseForm(needForm, { ...valid, lon: '4.9072', lat: '45.7836' });
		expect(form.ok && placeOf(form.data)).toEqual({ lon: 4.9072, lat: 45.7836 });
		expect(parseForm(needForm, { ...valid, lon: '4.9', lat: '' })).toEqual({
			ok: false,
			fieldErrors: { place: 'NEED.PLACE_INVALID' }
		});
		expect(parseForm(needForm, { ...valid, lon: 'abc', lat: '95' })).toMatchObject({
			ok: false,
			fieldErrors: { lon: 'NEED.PLACE_INVALID', lat: 'NEED.PLACE_INVALID' }
		});
	});
});

describe('isNearQuartier', () => {
	const centre = { lon: 4.9072, lat: 45.7836 };
	it('accepts a place in or beside the quartier and refuses one across the city', () => {
		expect(isNearQuartier({ lon: 4.91, lat: 45.785 }, centre)).toBe(true);
		expect(isNearQuartier({ lon: 4.83, lat: 45.76 }, centre)).toBe(false); // Lyon, 6 km away
	});
	it('accepts any place when the quartier has no known centre', () => {
		expect(isNearQuartier({ lon: 2.35, lat: 48.85 }, null)).toBe(true);
	});
});

describe('honeypotFilled', () => {
	it('is set off by anything typed in the hidden field, not by an empty one', () => {
		expect(honeypotFilled({ homepage: 'http://spam.example' })).toBe(true);
		expect(honeypotFilled({ homepage: '  ' })).toBe(false);
		expect(honeypotFilled({})).toBe(false);
	});
});

describe('initialStatus', () => {
	it('holds a first post and posts without an account for moderation, and publishes the others', () => {
		expect(initialStatus({ signedIn: true, hasPublished: false })).toBe('submitted');
		expect(initialStatus({ signedIn: true, hasPublished: true })).toBe('published');
		expect(initialStatus({ signedIn: false, hasPublished: true })).toBe('submitted');
	});
});
