import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import { initiativeForm, translationsOf } from './initiative-form.js';

const valid = {
	organisationId: 'org',
	practiceId: 'p',
	title: 'Crèche itinérante des Buers',
	status: 'running',
	quartierIds: ['q1'],
	schedule: 'Lundi et mardi, 8 h – 19 h'
};

describe('initiative form', () => {
	it('accepts a complete initiative and keeps the English version', () => {
		const form = parseForm(initiativeForm, { ...valid, title_en: 'Les Buers itinerant crèche', summary_en: 'A van' });
		expect(form.ok).toBe(true);
		if (!form.ok) return;
		expect(form.data.contactEmail).toBeNull();
		expect(translationsOf(form.data)).toEqual([
			{ locale: 'en', title: 'Les Buers itinerant crèche', summary: 'A van', schedule: '', howToJoin: '' }
		]);
	});

	it('says which fields are wrong, each with its own code', () => {
		const form = parseForm(initiativeForm, {
			...valid,
			title: 'ab',
			status: 'flying',
			quartierIds: [],
			contactEmail: 'nope',
			website: 'ftp://x'
		});
		expect(form).toEqual({
			ok: false,
			fieldErrors: {
				title: 'TEXT.TOO_SHORT',
				status: 'CHOICE.INVALID',
				quartierIds: 'INITIATIVE.QUARTIER_REQUIRED',
				contactEmail: 'EMAIL.INVALID',
				website: 'URL.INVALID'
			}
		});
	});

	it('asks for a title when a translation has other fields', () => {
		expect(parseForm(initiativeForm, { ...valid, summary_ar: 'ملخص' })).toEqual({
			ok: false,
			fieldErrors: { title_ar: 'TRANSLATION.TITLE_REQUIRED' }
		});
	});
});
