/**
 * One person's answers to a consultation, checked against its questions and turned into the
 * `answers` JSON of consultation_response: single → option index, multiple → distinct option
 * indexes (ascending), scale → number, ranking → every option index once, in the order given,
 * text → string. Unanswered optional questions are left out.
 *
 * Form field names: `q-{questionId}` for every kind but ranking (checkboxes repeat the name);
 * a ranking sends one select per rank, `q-{questionId}-{rank}` with rank 1…n, each naming the
 * option index put at that rank — a plain form that works without JavaScript.
 */
import { parseForm, type FieldErrors } from './account-forms.js';
import type { QuestionKind } from './consultation-form.js';
import { demographicBlockForm, isEmptyBlock } from './demographics.js';
import { CONSENT_FIELD, type DemographicBlock } from './demographic-choices.js';
import { answerField, rankField, TEXT_ANSWER_MAX_LENGTH } from './consultation-fields.js';

export interface AnswerableQuestion {
	id: string;
	kind: QuestionKind | string;
	required: boolean;
	options: readonly string[];
	scaleMin: number | null;
	scaleMax: number | null;
}

export type AnswerValue = number | number[] | string;
export type Answers = Record<string, AnswerValue>;

function list(raw: unknown): string[] {
	const values = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
	return values.map((v) => String(v).trim()).filter((v) => v !== '');
}

function single(raw: unknown): string {
	const values = list(raw);
	return values.length === 1 ? values[0]! : values.length === 0 ? '' : '\u0000';
}

/** A whole number written in plain digits, or null. */
function integer(value: string): number | null {
	return /^\d{1,3}$/.test(value) ? Number(value) : null;
}

type Checked = { answer: AnswerValue } | { error: string } | { skip: true };

function check(q: AnswerableQuestion, values: Record<string, unknown>): Checked {
	const missing = (): Checked => (q.required ? { error: 'FIELD.REQUIRED' } : { skip: true });
	const field = answerField(q.id);
	const inOptions = (n: number | null): n is number => n !== null && n < q.options.length;
	switch (q.kind) {
		case 'single': {
			const raw = single(values[field]);
			if (raw === '') return missing();
			const n = integer(raw);
			return inOptions(n) ? { answer: n } : { error: 'CONSULTATION.ANSWER_INVALID' };
		}
		case 'multiple': {
			const raw = list(values[field]);
			if (raw.length === 0) return missing();
			const picked = raw.map(integer);
			if (!picked.every(inOptions)) return { error: 'CONSULTATION.ANSWER_INVALID' };
			if (new Set(picked).size !== picked.length) return { error: 'CONSULTATION.ANSWER_INVALID' };
			return { answer: [...picked].sort((a, b) => a - b) };
		}
		case 'scale': {
			const raw = single(values[field]);
			if (raw === '') return missing();
			const n = integer(raw);
			const min = q.scaleMin ?? 0;
			const max = q.scaleMax ?? 10;
			return n !== null && n >= min && n <= max ? { answer: n } : { error: 'CONSULTATION.ANSWER_INVALID' };
		}
		case 'ranking': {
			const ranks = q.options.map((_, i) => single(values[rankField(q.id, i + 1)]));
			if (ranks.every((r) => r === '')) return missing();
			// Every option ranked once: a partial ranking would weigh the unranked options as last.
			if (ranks.some((r) => r === '')) return { error: 'CONSULTATION.RANKING_INCOMPLETE' };
			const order = ranks.map(integer);
			if (!order.every(inOptions)) return { error: 'CONSULTATION.ANSWER_INVALID' };
			if (new Set(order).size !== order.length) return { error: 'CONSULTATION.RANKING_DUPLICATE' };
			return { answer: order };
		}
		case 'text': {
			const raw = typeof values[field] === 'string' ? (values[field] as string).trim() : '';
			if (raw === '') return missing();
			return raw.length > TEXT_ANSWER_MAX_LENGTH ? { error: 'TEXT.TOO_LONG' } : { answer: raw };
		}
		default:
			return { error: 'CONSULTATION.ANSWER_INVALID' };
	}
}

/** Checks every question; the errors are keyed by each question's field name (`q-{id}`). */
export function validateAnswers(
	questions: readonly AnswerableQuestion[],
	values: Record<string, unknown>
): { ok: true; answers: Answers } | { ok: false; fieldErrors: FieldErrors } {
	const answers: Answers = {};
	const fieldErrors: FieldErrors = {};
	for (const q of questions) {
		const result = check(q, values);
		if ('error' in result) fieldErrors[answerField(q.id)] = result.error;
		else if ('answer' in result) answers[q.id] = result.answer;
	}
	if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
	if (Object.keys(answers).length === 0) return { ok: false, fieldErrors: { form: 'CONSULTATION.NOTHING_ANSWERED' } };
	return { ok: true, answers };
}

/**
 * The demographic block sent with a response: nothing when every field says "prefer not to
 * say". Answers given without the consent box ticked are not kept, and not silently dropped
 * either: the person is asked to tick the box or to leave them empty (the block may come
 * prefilled from her profile, and she should know whether it goes with this response).
 */
export function readDemographics(
	values: Record<string, unknown>,
	offered: boolean
): { ok: true; block: DemographicBlock | null } | { ok: false; fieldErrors: FieldErrors } {
	if (!offered) return { ok: true, block: null };
	const consent = values[CONSENT_FIELD];
	const consented = consent === 'yes' || consent === 'on' || consent === true;
	const parsed = parseForm(demographicBlockForm, values);
	if (!parsed.ok) return consented ? parsed : { ok: true, block: null };
	const block = parsed.data as DemographicBlock;
	if (isEmptyBlock(block)) return { ok: true, block: null };
	if (!consented) return { ok: false, fieldErrors: { [CONSENT_FIELD]: 'CONSULTATION.DEMOGRAPHICS_CONSENT' } };
	return { ok: true, block };
}
