/**
 * An initiative's monthly impact report: participants counted by sex and age band (never
 * people, only counts), hours of childcare given, people trained, people back in work, and a
 * free text. The form is a grid of number fields, one per sex and age band; an empty field is 0.
 */
import { z } from 'zod';
import { MARKDOWN_MAX_LENGTH } from './markdown.js';

/** The categories the database accepts (drizzle/0008_observatory.sql, impact_participants_check). */
export const IMPACT_SEXES = ['woman', 'man', 'other', 'unknown'] as const;
export const IMPACT_AGE_BANDS = ['0-2', '3-5', '6-14', '15-24', '25-34', '35-49', '50-64', '65+', 'unknown'] as const;
export type ImpactSex = (typeof IMPACT_SEXES)[number];
export type ImpactAgeBand = (typeof IMPACT_AGE_BANDS)[number];

/** A figure larger than this is a typing mistake rather than one month of one initiative. */
export const IMPACT_MAX_FIGURE = 100_000;

/** The form field of one cell of the grid: p_woman_25-34 (names may hold '-' and '+'). */
export const participantField = (sex: ImpactSex, band: ImpactAgeBand): string => `p_${sex}_${band}`;

export const PARTICIPANT_FIELDS: readonly { sex: ImpactSex; band: ImpactAgeBand; field: string }[] =
	IMPACT_SEXES.flatMap((sex) => IMPACT_AGE_BANDS.map((band) => ({ sex, band, field: participantField(sex, band) })));

/** "2026-10": the month a report is about, as a form sends it (input type=month). */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A whole number from 0 to IMPACT_MAX_FIGURE; an empty field counts 0. */
const figure = z.preprocess(
	(v) => (typeof v === 'string' ? (v.trim() === '' ? 0 : v.trim()) : (v ?? 0)),
	z
		.union([z.number(), z.string().regex(/^\d+$/, 'IMPACT.FIGURE_INVALID').transform(Number)], {
			error: 'IMPACT.FIGURE_INVALID'
		})
		.pipe(
			z
				.number()
				.int('IMPACT.FIGURE_INVALID')
				.min(0, 'IMPACT.FIGURE_INVALID')
				.max(IMPACT_MAX_FIGURE, 'IMPACT.FIGURE_TOO_LARGE')
		)
);

export const impactReportForm = z.object({
	month: z
		.string({ error: 'FIELD.REQUIRED' })
		.trim()
		.min(1, 'FIELD.REQUIRED')
		.regex(MONTH_PATTERN, 'IMPACT.MONTH_INVALID'),
	childcareHours: figure,
	peopleTrained: figure,
	peopleBackToWork: figure,
	note: z
		.string()
		.optional()
		.transform((v) => (v ?? '').trim())
		.pipe(z.string().max(MARKDOWN_MAX_LENGTH, 'IMPACT.NOTE_LENGTH')),
	...Object.fromEntries(PARTICIPANT_FIELDS.map((p) => [p.field, figure]))
});

export interface ImpactParticipantCount {
	sex: ImpactSex;
	ageBand: ImpactAgeBand;
	count: number;
}

export interface ImpactReportInput {
	/** The first day of the month: '2026-10-01'. */
	month: string;
	childcareHours: number;
	peopleTrained: number;
	peopleBackToWork: number;
	note: string;
	/** Only the cells above 0: a missing cell is 0. */
	participants: ImpactParticipantCount[];
}

export type ImpactFormResult =
	{ ok: true; data: ImpactReportInput } | { ok: false; fieldErrors: Record<string, string> };

/** The first day of a month given as '2026-10'. */
export const monthStart = (month: string): string => `${month}-01`;

/**
 * Reads the form; `currentMonth` ('2026-11') refuses a report on a month that has not begun:
 * what it counts has not happened yet.
 */
export function parseImpactReportForm(values: Record<string, unknown>, currentMonth: string): ImpactFormResult {
	const parsed = impactReportForm.safeParse(values);
	const fieldErrors: Record<string, string> = {};
	if (!parsed.success)
		for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'form')] ??= issue.message;
	const month = typeof values.month === 'string' ? values.month.trim() : '';
	if (!fieldErrors.month && MONTH_PATTERN.test(month) && month > currentMonth)
		fieldErrors.month = 'IMPACT.MONTH_FUTURE';
	if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
	const data = parsed.data as Record<string, unknown> & z.infer<typeof impactReportForm>;
	return {
		ok: true,
		data: {
			month: monthStart(data.month),
			childcareHours: data.childcareHours,
			peopleTrained: data.peopleTrained,
			peopleBackToWork: data.peopleBackToWork,
			note: data.note,
			participants: PARTICIPANT_FIELDS.map((p) => ({
				sex: p.sex,
				ageBand: p.band,
				count: data[p.field] as number
			})).filter((p) => p.count > 0)
		}
	};
}

/** A stored report as the form's values, to edit it. */
export function impactFormValues(report: {
	month: string;
	childcareHours: number;
	peopleTrained: number;
	peopleBackToWork: number;
	note: string;
	participants: readonly ImpactParticipantCount[];
}): Record<string, string> {
	const values: Record<string, string> = {
		month: report.month.slice(0, 7),
		childcareHours: String(report.childcareHours),
		peopleTrained: String(report.peopleTrained),
		peopleBackToWork: String(report.peopleBackToWork),
		note: report.note
	};
	for (const p of PARTICIPANT_FIELDS) values[p.field] = '0';
	for (const p of report.participants) values[participantField(p.sex, p.ageBand)] = String(p.count);
	return values;
}
