import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	parsePracticeForm,
	parseReferenceLine,
	practiceFormValues,
	slugify,
	uniqueSlug,
	type RawForm
} from './practice-form.js';
import { MARKDOWN_MAX_LENGTH } from './markdown.js';

const valid: RawForm = {
	title: 'Crèche itinérante',
	summary: 'Un camion équipé et une salle prêtée, deux jours par quartier.',
	description: '## Comment ça marche\n\nUne salle de 40 m².',
	themes: ['JEU', 'INS'],
	publics: 'children_0_3',
	needsAnswered: 'Faire garder son enfant\n\n  Aller en cours de français  \n',
	minAreaM2: '40',
	kitchenLevel: 'reheating',
	childToilets: 'on',
	storageM2: '',
	outdoorM2: '0',
	sessionsPerWeek: '2',
	sessionMinutes: '660',
	preferredWindows: ['school_hours', 'morning'],
	staff: '4',
	volunteers: '0',
	setupCostMin: '60 000',
	setupCostMax: '120000',
	yearlyCostMin: '',
	yearlyCostMax: '',
	impactIndicators: 'Nombre d’enfants accueillis',
	references: 'Soli’mômes | Montreuil et Bondy | https://example.org | SCOP E2S'
};

describe('parsePracticeForm', () => {
	it('reads arrays from repeated checkboxes, lists from lines and numbers typed the French way', () => {
		const r = parsePracticeForm(valid);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.themes).toEqual(['JEU', 'INS']);
		expect(r.data.publics).toEqual(['children_0_3']);
		expect(r.data.needsAnswered).toEqual(['Faire garder son enfant', 'Aller en cours de français']);
		expect(r.data.childToilets).toBe(true);
		expect(r.data.changingTable).toBe(false);
		expect(r.data.storageM2).toBe(0);
		expect(r.data.setupCostMin).toBe(60000);
		expect(r.data.yearlyCostMin).toBeNull();
		expect(r.data.references).toEqual([
			{ name: 'Soli’mômes', place: 'Montreuil et Bondy', url: 'https://example.org', note: 'SCOP E2S' }
		]);
		expect(r.data.translations).toEqual({ en: null, ar: null });
	});

	it('asks for at least one theme and one public, and refuses codes that are not in the lists', () => {
		const r = parsePracticeForm({ ...valid, themes: undefined, publics: ['martians'] });
		expect(r).toEqual({
			ok: false,
			fieldErrors: { themes: 'PRACTICE.THEMES_REQUIRED', publics: 'PRACTICE.PUBLIC_UNKNOWN' }
		});
		expect(parsePracticeForm({ ...valid, themes: ['XYZ'] })).toMatchObject({
			fieldErrors: { themes: 'PRACTICE.THEME_UNKNOWN' }
		});
	});

	it('refuses a minimum cost above the maximum, for set-up and for the year', () => {
		const r = parsePracticeForm({
			...valid,
			setupCostMin: '5000',
			setupCostMax: '1000',
			yearlyCostMin: '9',
			yearlyCostMax: '8'
		});
		expect(r).toEqual({
			ok: false,
			fieldErrors: { setupCostMax: 'PRACTICE.COST_ORDER', yearlyCostMax: 'PRACTICE.COST_ORDER' }
		});
		expect(parsePracticeForm({ ...valid, setupCostMin: '1000', setupCostMax: '1000' }).ok).toBe(true);
	});

	it('refuses negative, fractional or absurd numbers with a message beside the field', () => {
		for (const v of ['-1', '2.5', 'beaucoup', '99999999'])
			expect(parsePracticeForm({ ...valid, minAreaM2: v })).toMatchObject({
				fieldErrors: { minAreaM2: 'PRACTICE.NUMBER_RANGE' }
			});
		expect(parsePracticeForm({ ...valid, sessionsPerWeek: '' })).toMatchObject({
			fieldErrors: { sessionsPerWeek: 'FIELD.REQUIRED' }
		});
	});

	it('limits the size of the Markdown description', () => {
		expect(parsePracticeForm({ ...valid, description: 'a'.repeat(MARKDOWN_MAX_LENGTH) }).ok).toBe(true);
		expect(parsePracticeForm({ ...valid, description: 'a'.repeat(MARKDOWN_MAX_LENGTH + 1) })).toMatchObject({
			fieldErrors: { description: 'PRACTICE.DESCRIPTION_TOO_LONG' }
		});
		expect(
			parsePracticeForm({
				...valid,
				description_ar: 'a'.repeat(MARKDOWN_MAX_LENGTH + 1),
				title_ar: 'حضانة',
				summary_ar: 'ملخص'
			})
		).toMatchObject({
			fieldErrors: { description_ar: 'PRACTICE.DESCRIPTION_TOO_LONG' }
		});
	});

	it('keeps a translation only with its title and summary', () => {
		const r = parsePracticeForm({
			...valid,
			title_en: 'Itinerant crèche',
			summary_en: 'A van and a room.',
			title_ar: 'حضانة متنقلة'
		});
		expect(r).toEqual({ ok: false, fieldErrors: { summary_ar: 'PRACTICE.TRANSLATION_INCOMPLETE' } });
		const ok = parsePracticeForm({ ...valid, title_en: 'Itinerant crèche', summary_en: 'A van and a room.' });
		expect(ok.ok && ok.data.translations.en).toEqual({
			title: 'Itinerant crèche',
			summary: 'A van and a room.',
			description: null
		});
	});

	it('refuses a reference without a place or with a link that is not a web address', () => {
		expect(parsePracticeForm({ ...valid, references: 'Seulement un nom' })).toMatchObject({
			fieldErrors: { references: 'PRACTICE.REFERENCE_INVALID' }
		});
		expect(parseReferenceLine('Nom | Lieu | javascript:alert(1)')).toBeNull();
		expect(parseReferenceLine('Repair Café | Amsterdam')).toEqual({ name: 'Repair Café', place: 'Amsterdam' });
	});

	it('gives back what it was given, through the edit form', () => {
		const r = parsePracticeForm({ ...valid, title_ar: 'حضانة متنقلة', summary_ar: 'شاحنة وقاعة.' });
		if (!r.ok) throw new Error('invalid');
		const again = parsePracticeForm(practiceFormValues(r.data));
		expect(again).toEqual(r);
	});
});

describe('slugs', () => {
	it('are made from the French title, without accents', () => {
		expect(slugify('Crèche itinérante')).toBe('creche-itinerante');
		expect(slugify('  Cœur de quartier : l’épicerie solidaire !')).toBe('coeur-de-quartier-l-epicerie-solidaire');
		expect(slugify('حضانة متنقلة')).toBe('fiche');
	});

	it('are unique and never the path of a page', () => {
		expect(uniqueSlug('Atelier', new Set())).toBe('atelier');
		expect(uniqueSlug('Atelier', new Set(['atelier', 'atelier-2']))).toBe('atelier-3');
		expect(uniqueSlug('New', new Set())).toBe('new-2');
	});

	it('are always short, lowercase words joined by dashes', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (title) => {
				expect(slugify(title)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
				expect(slugify(title).length).toBeLessThanOrEqual(60);
			})
		);
	});
});
