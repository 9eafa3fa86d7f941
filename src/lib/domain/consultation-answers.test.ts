import { describe, expect, it } from 'vitest';
import { readDemographics, validateAnswers, type AnswerableQuestion } from './consultation-answers.js';

const q = (id: string, kind: string, extra: Partial<AnswerableQuestion> = {}): AnswerableQuestion => ({
	id,
	kind,
	required: true,
	options: ['A', 'B', 'C'],
	scaleMin: null,
	scaleMax: null,
	...extra
});

const questions = [
	q('s', 'single'),
	q('m', 'multiple'),
	q('n', 'scale', { options: [], scaleMin: 1, scaleMax: 5 }),
	q('r', 'ranking'),
	q('t', 'text', { options: [], required: false })
];

const complete = {
	'q-s': '1',
	'q-m': ['2', '0'],
	'q-n': '5',
	'q-r-1': '2',
	'q-r-2': '0',
	'q-r-3': '1',
	'q-t': '  Plus de bancs à l’ombre.  '
};

describe('validateAnswers', () => {
	it('turns a complete form into the answers JSON', () => {
		expect(validateAnswers(questions, complete)).toEqual({
			ok: true,
			answers: { s: 1, m: [0, 2], n: 5, r: [2, 0, 1], t: 'Plus de bancs à l’ombre.' }
		});
	});

	it('accepts a single ticked checkbox sent as a plain string', () => {
		const r = validateAnswers(questions, { ...complete, 'q-m': '1' });
		expect(r.ok && r.answers.m).toEqual([1]);
	});

	it('leaves unanswered optional questions out and asks for the required ones', () => {
		const r = validateAnswers(questions, { ...complete, 'q-t': '   ', 'q-s': '' });
		expect(r).toEqual({ ok: false, fieldErrors: { 'q-s': 'FIELD.REQUIRED' } });
		const ok = validateAnswers(questions, { ...complete, 'q-t': '' });
		expect(ok.ok && 't' in ok.answers).toBe(false);
	});

	it('refuses an empty response even when nothing is required', () => {
		const optional = questions.map((x) => ({ ...x, required: false }));
		expect(validateAnswers(optional, {})).toEqual({
			ok: false,
			fieldErrors: { form: 'CONSULTATION.NOTHING_ANSWERED' }
		});
	});

	it('refuses option indexes out of range or not numbers', () => {
		for (const bad of ['3', '-1', '1.5', 'A', '01x']) {
			expect(validateAnswers(questions, { ...complete, 'q-s': bad })).toEqual({
				ok: false,
				fieldErrors: { 'q-s': 'CONSULTATION.ANSWER_INVALID' }
			});
		}
		expect(validateAnswers(questions, { ...complete, 'q-s': ['0', '1'] })).toMatchObject({
			fieldErrors: { 'q-s': 'CONSULTATION.ANSWER_INVALID' }
		});
	});

	it('refuses a multiple choice naming an option twice or out of range', () => {
		expect(validateAnswers(questions, { ...complete, 'q-m': ['1', '1'] })).toMatchObject({
			fieldErrors: { 'q-m': 'CONSULTATION.ANSWER_INVALID' }
		});
		expect(validateAnswers(questions, { ...complete, 'q-m': ['1', '7'] })).toMatchObject({
			fieldErrors: { 'q-m': 'CONSULTATION.ANSWER_INVALID' }
		});
	});

	it('keeps a scale answer within its bounds', () => {
		expect(validateAnswers(questions, { ...complete, 'q-n': '0' })).toMatchObject({
			fieldErrors: { 'q-n': 'CONSULTATION.ANSWER_INVALID' }
		});
		expect(validateAnswers(questions, { ...complete, 'q-n': '6' })).toMatchObject({
			fieldErrors: { 'q-n': 'CONSULTATION.ANSWER_INVALID' }
		});
		const r = validateAnswers(questions, { ...complete, 'q-n': '1' });
		expect(r.ok && r.answers.n).toBe(1);
	});

	it('asks a ranking to place every option exactly once', () => {
		expect(validateAnswers(questions, { ...complete, 'q-r-3': '' })).toMatchObject({
			fieldErrors: { 'q-r': 'CONSULTATION.RANKING_INCOMPLETE' }
		});
		expect(validateAnswers(questions, { ...complete, 'q-r-3': '0' })).toMatchObject({
			fieldErrors: { 'q-r': 'CONSULTATION.RANKING_DUPLICATE' }
		});
		expect(validateAnswers(questions, { ...complete, 'q-r-3': '5' })).toMatchObject({
			fieldErrors: { 'q-r': 'CONSULTATION.ANSWER_INVALID' }
		});
		const optional = [q('r', 'ranking', { required: false }), q('s', 'single')];
		const skipped = validateAnswers(optional, { 'q-s': '0', 'q-r-1': '', 'q-r-2': '', 'q-r-3': '' });
		expect(skipped).toEqual({ ok: true, answers: { s: 0 } });
	});

	it('limits a text answer to 2000 characters', () => {
		expect(validateAnswers(questions, { ...complete, 'q-t': 'x'.repeat(2001) })).toMatchObject({
			fieldErrors: { 'q-t': 'TEXT.TOO_LONG' }
		});
		expect(validateAnswers(questions, { ...complete, 'q-t': 'x'.repeat(2000) }).ok).toBe(true);
	});

	it('reports every faulty question at once', () => {
		const r = validateAnswers(questions, { 'q-m': ['9'] });
		expect(r.ok ? {} : r.fieldErrors).toEqual({
			'q-s': 'FIELD.REQUIRED',
			'q-m': 'CONSULTATION.ANSWER_INVALID',
			'q-n': 'FIELD.REQUIRED',
			'q-r': 'FIELD.REQUIRED'
		});
	});
});

describe('readDemographics', () => {
	const block = {
		gender: 'woman',
		ageBand: '35-49',
		singleParent: 'no',
		employment: '',
		childrenUnder3: '',
		childrenUnder12: 'yes'
	};

	it('keeps nothing without consent, and asks for it rather than dropping answers silently', () => {
		const askConsent = { ok: false, fieldErrors: { demographicsConsent: 'CONSULTATION.DEMOGRAPHICS_CONSENT' } };
		expect(readDemographics(block, true)).toEqual(askConsent);
		expect(readDemographics({ ...block, demographicsConsent: 'no' }, true)).toEqual(askConsent);
		expect(readDemographics({}, true)).toEqual({ ok: true, block: null });
	});

	it('keeps nothing when the consultation does not offer the block', () => {
		expect(readDemographics({ ...block, demographicsConsent: 'yes' }, false)).toEqual({ ok: true, block: null });
	});

	it('reads the block with consent, "prefer not to say" as null', () => {
		expect(readDemographics({ ...block, demographicsConsent: 'yes' }, true)).toEqual({
			ok: true,
			block: {
				gender: 'woman',
				ageBand: '35-49',
				singleParent: false,
				employment: null,
				childrenUnder3: null,
				childrenUnder12: true
			}
		});
	});

	it('stores no empty block, and refuses values outside the vocabulary', () => {
		expect(readDemographics({ demographicsConsent: 'yes', gender: '' }, true)).toEqual({ ok: true, block: null });
		expect(readDemographics({ demographicsConsent: 'yes', ageBand: '12-14' }, true)).toEqual({
			ok: false,
			fieldErrors: { ageBand: 'CHOICE.INVALID' }
		});
	});
});
