import { describe, expect, it } from 'vitest';
import {
	consultationForm,
	consultationPeriod,
	periodDates,
	phaseOf,
	optionLines,
	questionFields,
	questionForm
} from './consultation-form.js';
import { parseForm } from './account-forms.js';

const consultation = {
	title: 'Aménager la place Mendès-France',
	description: 'Donnez votre avis.',
	language: 'fr',
	quartierIds: ['q1'],
	opensOn: '2026-03-01',
	closesOn: '2026-03-31',
	answerMode: 'anonymous',
	asksDemographics: 'yes'
};

describe('consultationForm', () => {
	it('reads a complete form', () => {
		const parsed = parseForm(consultationForm, consultation);
		expect(parsed).toEqual({
			ok: true,
			data: { ...consultation, asksDemographics: true }
		});
	});

	it('treats an unticked demographics box as no', () => {
		const parsed = parseForm(consultationForm, { ...consultation, asksDemographics: undefined });
		expect(parsed.ok && parsed.data.asksDemographics).toBe(false);
	});

	it('asks for at least one quartier, a title, valid dates and a known answer mode', () => {
		const parsed = parseForm(consultationForm, {
			...consultation,
			title: '',
			quartierIds: [],
			opensOn: '2026-02-30',
			answerMode: 'public'
		});
		expect(parsed).toEqual({
			ok: false,
			fieldErrors: {
				title: 'FIELD.REQUIRED',
				quartierIds: 'CONSULTATION.QUARTIER_REQUIRED',
				opensOn: 'DATE.INVALID',
				answerMode: 'CHOICE.INVALID'
			}
		});
	});

	it('refuses a consultation that closes before it opens, but allows a single day', () => {
		expect(parseForm(consultationForm, { ...consultation, closesOn: '2026-02-28' })).toEqual({
			ok: false,
			fieldErrors: { closesOn: 'CONSULTATION.CLOSES_BEFORE_OPENS' }
		});
		expect(parseForm(consultationForm, { ...consultation, closesOn: '2026-03-01' }).ok).toBe(true);
	});
});

describe('consultationPeriod', () => {
	it('opens at local midnight and closes at the end of the last day, across a DST change', () => {
		const { opensAt, closesAt } = consultationPeriod('2026-03-01', '2026-03-31', 'Europe/Paris');
		expect(opensAt.toISOString()).toBe('2026-02-28T23:00:00.000Z');
		// Summer time started on 29 March: the end of 31 March is 22:00 UTC.
		expect(closesAt.toISOString()).toBe('2026-03-31T22:00:00.000Z');
		expect(periodDates(opensAt, closesAt, 'Europe/Paris')).toEqual({ opensOn: '2026-03-01', closesOn: '2026-03-31' });
	});

	it('uses the commune’s own zone overseas', () => {
		const { opensAt } = consultationPeriod('2026-03-01', '2026-03-01', 'America/Cayenne');
		expect(opensAt.toISOString()).toBe('2026-03-01T03:00:00.000Z');
	});
});

describe('phaseOf', () => {
	const c = { status: 'published', opensAt: new Date('2026-03-01T00:00Z'), closesAt: new Date('2026-04-01T00:00Z') };
	it('follows the dates once published', () => {
		expect(phaseOf({ ...c, status: 'draft' }, new Date('2026-03-10T00:00Z'))).toBe('draft');
		expect(phaseOf(c, new Date('2026-02-28T23:59Z'))).toBe('upcoming');
		expect(phaseOf(c, new Date('2026-03-01T00:00Z'))).toBe('open');
		expect(phaseOf(c, new Date('2026-04-01T00:00Z'))).toBe('closed');
	});
});

const question = {
	kind: 'single',
	prompt: 'Quel aménagement préférez-vous ?',
	help: '',
	required: 'on',
	options: 'Des bancs\n\n  Des arbres  \r\nUne aire de jeux\n',
	scaleMin: '',
	scaleMax: '',
	scaleMinLabel: '',
	scaleMaxLabel: ''
};

describe('questionForm', () => {
	it('reads options one per line, trimmed, blank lines dropped', () => {
		expect(optionLines(question.options)).toEqual(['Des bancs', 'Des arbres', 'Une aire de jeux']);
		const parsed = parseForm(questionForm, question);
		expect(parsed.ok && questionFields(parsed.data)).toEqual({
			kind: 'single',
			prompt: 'Quel aménagement préférez-vous ?',
			help: '',
			required: true,
			options: ['Des bancs', 'Des arbres', 'Une aire de jeux'],
			scaleMin: null,
			scaleMax: null,
			scaleMinLabel: null,
			scaleMaxLabel: null
		});
	});

	it('asks for 2 to 12 distinct options on choice and ranking questions', () => {
		for (const kind of ['single', 'multiple', 'ranking']) {
			expect(parseForm(questionForm, { ...question, kind, options: 'Seule' })).toEqual({
				ok: false,
				fieldErrors: { options: 'CONSULTATION.OPTION_COUNT' }
			});
		}
		const thirteen = Array.from({ length: 13 }, (_, i) => `Choix ${i + 1}`).join('\n');
		expect(parseForm(questionForm, { ...question, options: thirteen })).toEqual({
			ok: false,
			fieldErrors: { options: 'CONSULTATION.OPTION_COUNT' }
		});
		expect(parseForm(questionForm, { ...question, options: 'Oui\noui' })).toEqual({
			ok: false,
			fieldErrors: { options: 'CONSULTATION.OPTION_DUPLICATE' }
		});
		expect(parseForm(questionForm, { ...question, options: `Oui\n${'x'.repeat(121)}` })).toEqual({
			ok: false,
			fieldErrors: { options: 'CONSULTATION.OPTION_TOO_LONG' }
		});
	});

	it('ignores options on text and scale questions', () => {
		const parsed = parseForm(questionForm, { ...question, kind: 'text', options: undefined });
		expect(parsed.ok && questionFields(parsed.data).options).toEqual([]);
	});

	it('keeps a scale within 0–10, its minimum below its maximum, with its end labels', () => {
		const parsed = parseForm(questionForm, {
			...question,
			kind: 'scale',
			options: 'stray',
			scaleMin: '0',
			scaleMax: '10',
			scaleMinLabel: 'Pas du tout',
			scaleMaxLabel: 'Tout à fait'
		});
		expect(parsed.ok && questionFields(parsed.data)).toMatchObject({
			options: [],
			scaleMin: 0,
			scaleMax: 10,
			scaleMinLabel: 'Pas du tout',
			scaleMaxLabel: 'Tout à fait'
		});
		expect(parseForm(questionForm, { ...question, kind: 'scale', scaleMin: '0', scaleMax: '11' })).toEqual({
			ok: false,
			fieldErrors: { scaleMax: 'CONSULTATION.SCALE_RANGE' }
		});
		expect(parseForm(questionForm, { ...question, kind: 'scale', scaleMin: '5', scaleMax: '5' })).toEqual({
			ok: false,
			fieldErrors: { scaleMax: 'CONSULTATION.SCALE_ORDER' }
		});
		expect(parseForm(questionForm, { ...question, kind: 'scale', scaleMin: 'deux' }).ok).toBe(false);
		// Empty bounds default to a 1–5 scale.
		const defaults = parseForm(questionForm, { ...question, kind: 'scale' });
		expect(defaults.ok && [defaults.data.scaleMin, defaults.data.scaleMax]).toEqual([1, 5]);
	});

	describe('refuses questions on ethnicity, nationality, religion or origin (French law)', () => {
		it.each([
			['fr', 'Quelle est votre nationalité ?'],
			['fr', 'Quelle est votre religion ?'],
			['fr', "D'où viennent vos origines ?"],
			['en', 'What is your ethnicity?'],
			['en', 'Your country of birth'],
			['ar', 'ما هي جنسيتك؟ الجنسية'],
			['ar', 'ما هو الدين الذي تمارسه؟']
		])('%s: %s', (_lang, prompt) => {
			expect(parseForm(questionForm, { ...question, prompt })).toEqual({
				ok: false,
				fieldErrors: { prompt: 'CONSULTATION.FORBIDDEN_TOPIC' }
			});
		});

		it('in the help text, the options and the scale labels too', () => {
			expect(parseForm(questionForm, { ...question, help: 'Précisez votre origine' })).toMatchObject({
				fieldErrors: { prompt: 'CONSULTATION.FORBIDDEN_TOPIC' }
			});
			expect(parseForm(questionForm, { ...question, options: 'Française\nAutre nationalité' })).toEqual({
				ok: false,
				fieldErrors: { options: 'CONSULTATION.FORBIDDEN_TOPIC' }
			});
			expect(parseForm(questionForm, { ...question, options: 'Chrétienne\nالدين' })).toEqual({
				ok: false,
				fieldErrors: { options: 'CONSULTATION.FORBIDDEN_TOPIC' }
			});
			expect(
				parseForm(questionForm, { ...question, kind: 'scale', scaleMinLabel: 'Religious', scaleMaxLabel: '' })
			).toMatchObject({ fieldErrors: { scaleMinLabel: 'CONSULTATION.FORBIDDEN_TOPIC' } });
		});

		it('but not words that merely contain one (“originale”, “racine”)', () => {
			expect(
				parseForm(questionForm, { ...question, prompt: 'Une idée originale pour la place des Racines ?' }).ok
			).toBe(true);
		});
	});
});
