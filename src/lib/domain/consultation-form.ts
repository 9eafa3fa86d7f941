/**
 * The forms staff fill to prepare a consultation: the consultation itself (what, for which
 * quartiers, when, how answers are kept) and its questions, one form per question.
 *
 * Dates are calendar days in the commune's time zone: a consultation opens at the start of its
 * first day and closes at the end of its last day, wherever the server runs.
 */
import { z } from 'zod';
import { idList, oneOf, text } from './form-fields.js';
import { forbiddenTopicIn } from './demographics.js';
import { LOCALES } from './locale.js';
import { MARKDOWN_MAX_LENGTH } from './markdown.js';
import { addDays, isLocalDate, toInstant, toLocal, type LocalDate } from './zoned-time.js';

export const ANSWER_MODES = ['anonymous', 'signed'] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

export const QUESTION_KINDS = ['single', 'multiple', 'scale', 'ranking', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Kinds whose answers are picked from a list of options. */
export const KINDS_WITH_OPTIONS: readonly QuestionKind[] = ['single', 'multiple', 'ranking'];

export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 12;
export const OPTION_MAX_LENGTH = 120;
export const SCALE_BOUNDS = { min: 0, max: 10 } as const;

export const LIST_FIELDS = ['quartierIds'] as const;

const requiredDate = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.refine((v) => isLocalDate(v), 'DATE.INVALID');

/** An unticked checkbox sends nothing: absent means no, 'yes' / 'on' / 'true' mean yes. */
const checkbox = z
	.union([z.string(), z.boolean()])
	.optional()
	.transform((v) => v === true || v === 'yes' || v === 'on' || v === 'true');

export const consultationForm = z
	.object({
		title: text(160, { min: 3 }),
		description: text(MARKDOWN_MAX_LENGTH, { optional: true }),
		language: oneOf(LOCALES),
		quartierIds: idList.refine((ids) => ids.length > 0, 'CONSULTATION.QUARTIER_REQUIRED'),
		opensOn: requiredDate,
		closesOn: requiredDate,
		answerMode: oneOf(ANSWER_MODES),
		asksDemographics: checkbox
	})
	.superRefine((form, ctx) => {
		if (isLocalDate(form.opensOn) && isLocalDate(form.closesOn) && form.closesOn < form.opensOn)
			ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'CONSULTATION.CLOSES_BEFORE_OPENS' });
	});

export type ConsultationForm = z.infer<typeof consultationForm>;

/** The instants a consultation is open between: [start of its first day, end of its last day). */
export function consultationPeriod(
	opensOn: LocalDate,
	closesOn: LocalDate,
	timeZone: string
): { opensAt: Date; closesAt: Date } {
	return {
		opensAt: toInstant(opensOn, '00:00', timeZone),
		closesAt: toInstant(addDays(closesOn, 1), '00:00', timeZone)
	};
}

/** The calendar days shown in the form for stored instants (the inverse of consultationPeriod). */
export function periodDates(
	opensAt: Date,
	closesAt: Date,
	timeZone: string
): { opensOn: LocalDate; closesOn: LocalDate } {
	const closing = toLocal(closesAt, timeZone);
	// A closing instant at midnight is the end of the day before; any other time is within its day.
	const closesOn = closing.time === '00:00' ? addDays(closing.date, -1) : closing.date;
	return { opensOn: toLocal(opensAt, timeZone).date, closesOn };
}

export type Phase = 'draft' | 'upcoming' | 'open' | 'closed';

/** Where a consultation stands at an instant. */
export function phaseOf(c: { status: string; opensAt: Date; closesAt: Date }, now: Date): Phase {
	if (c.status !== 'published') return 'draft';
	if (now.getTime() < c.opensAt.getTime()) return 'upcoming';
	if (now.getTime() >= c.closesAt.getTime()) return 'closed';
	return 'open';
}

/** Options typed one per line: trimmed, blank lines dropped. */
export function optionLines(raw: unknown): string[] {
	const textValue = typeof raw === 'string' ? raw : Array.isArray(raw) ? raw.join('\n') : '';
	return textValue
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

const scaleBound = (fallback: number) =>
	z.preprocess(
		(v) => (v === undefined || v === '' ? fallback : typeof v === 'string' ? Number(v.trim()) : v),
		z
			.number({ error: 'CONSULTATION.SCALE_RANGE' })
			.int('CONSULTATION.SCALE_RANGE')
			.min(SCALE_BOUNDS.min, 'CONSULTATION.SCALE_RANGE')
			.max(SCALE_BOUNDS.max, 'CONSULTATION.SCALE_RANGE')
	);

/** One question, as typed in its own form. Fields that do not apply to its kind are ignored. */
export const questionForm = z
	.object({
		kind: oneOf(QUESTION_KINDS),
		prompt: text(300, { min: 3 }),
		help: text(500, { optional: true }),
		required: checkbox,
		options: z.unknown().optional().transform(optionLines),
		scaleMin: scaleBound(1),
		scaleMax: scaleBound(5),
		scaleMinLabel: text(60, { optional: true }),
		scaleMaxLabel: text(60, { optional: true })
	})
	.superRefine((form, ctx) => {
		const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
		// French law: no question may ask about ethnicity, nationality, religion or origin. A clear
		// refusal names the rule, rather than a filter that would quietly drop words.
		if (forbiddenTopicIn(`${form.prompt}\n${form.help}`)) issue('prompt', 'CONSULTATION.FORBIDDEN_TOPIC');
		if (KINDS_WITH_OPTIONS.includes(form.kind)) {
			if (form.options.some((o) => forbiddenTopicIn(o))) issue('options', 'CONSULTATION.FORBIDDEN_TOPIC');
			else if (form.options.length < MIN_OPTIONS || form.options.length > MAX_OPTIONS)
				issue('options', 'CONSULTATION.OPTION_COUNT');
			else if (form.options.some((o) => o.length > OPTION_MAX_LENGTH)) issue('options', 'CONSULTATION.OPTION_TOO_LONG');
			else if (new Set(form.options.map((o) => o.toLowerCase())).size !== form.options.length)
				issue('options', 'CONSULTATION.OPTION_DUPLICATE');
		}
		if (form.kind === 'scale') {
			if (forbiddenTopicIn(`${form.scaleMinLabel}\n${form.scaleMaxLabel}`))
				issue('scaleMinLabel', 'CONSULTATION.FORBIDDEN_TOPIC');
			if (form.scaleMin >= form.scaleMax) issue('scaleMax', 'CONSULTATION.SCALE_ORDER');
		}
	});

export type QuestionForm = z.infer<typeof questionForm>;

/** The stored shape of a question (consultation_question's columns), from its parsed form. */
export interface QuestionFields {
	kind: QuestionKind;
	prompt: string;
	help: string;
	required: boolean;
	options: string[];
	scaleMin: number | null;
	scaleMax: number | null;
	scaleMinLabel: string | null;
	scaleMaxLabel: string | null;
}

/** Keeps only what the question's kind uses, so a scale never carries stray options and so on. */
export function questionFields(form: QuestionForm): QuestionFields {
	const isScale = form.kind === 'scale';
	return {
		kind: form.kind,
		prompt: form.prompt,
		help: form.help,
		required: form.required,
		options: KINDS_WITH_OPTIONS.includes(form.kind) ? form.options : [],
		scaleMin: isScale ? form.scaleMin : null,
		scaleMax: isScale ? form.scaleMax : null,
		scaleMinLabel: isScale ? form.scaleMinLabel || null : null,
		scaleMaxLabel: isScale ? form.scaleMaxLabel || null : null
	};
}
