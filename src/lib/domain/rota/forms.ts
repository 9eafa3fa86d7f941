/**
 * The rota's forms: a member's constraints, an organiser's staffing need, a week to plan.
 * Times are typed "HH:MM" and kept as minutes since midnight; hours are typed as numbers of
 * hours ("24" or "24,5") and kept as minutes. Errors are stable codes (ROTA.*), turned into the
 * reader's language by the interface, each attached to its field.
 */
import { z } from 'zod';
import { parseForm, type FieldErrors } from '../account-forms.js';
import { isLocalDate, mondayOf } from '../zoned-time.js';
import {
	UNAVAILABILITY_KINDS,
	WORK_PATTERNS,
	type StaffingNeed,
	type Unavailability,
	type UnavailabilityKind,
	type Weekday,
	type WorkPattern
} from './problem.js';

/** Rows of the unavailability table on the form: enough for two school runs a day on four days, and more. */
export const UNAVAILABILITY_ROWS = 12;
export const MAX_WEEK_HOURS = 70;

export function parseClock(raw: string): number | null {
	const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(raw.trim());
	return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function formatClock(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Hours as people type them (a comma or a point), to whole minutes; null when it is not a number. */
export function parseHours(raw: string): number | null {
	const text = raw.trim().replace(',', '.');
	if (!/^\d{1,3}(\.\d{1,2})?$/.test(text)) return null;
	return Math.round(Number(text) * 60);
}

export const formatHours = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

const weekday = z
	.string({ error: 'FIELD.REQUIRED' })
	.regex(/^[1-7]$/, 'ROTA.WEEKDAY_INVALID')
	.transform((v) => Number(v) as Weekday);
const hours = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.transform((v, ctx) => {
		const minutes = parseHours(v);
		if (minutes === null || minutes > MAX_WEEK_HOURS * 60) {
			ctx.addIssue({ code: 'custom', message: 'ROTA.HOURS_INVALID' });
			return z.NEVER;
		}
		return minutes;
	});
const clock = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.transform((v, ctx) => {
		const minutes = parseClock(v);
		if (minutes === null) {
			ctx.addIssue({ code: 'custom', message: 'ROTA.TIME_INVALID' });
			return z.NEVER;
		}
		return minutes;
	});

export interface ConstraintsInput {
	maxMinutes: number;
	wishedMinutes: number;
	partTimePercent: number | null;
	pattern: WorkPattern;
	daysOff: Weekday[];
	unavailable: Omit<Unavailability, never>[];
}

const constraintsSchema = z
	.object({
		maxHours: hours,
		wishedHours: hours,
		partTimePercent: z
			.string()
			.trim()
			.optional()
			.transform((v, ctx) => {
				if (!v) return null;
				if (!/^\d{1,3}$/.test(v) || Number(v) < 1 || Number(v) > 100) {
					ctx.addIssue({ code: 'custom', message: 'ROTA.PERCENT_INVALID' });
					return z.NEVER;
				}
				return Number(v);
			}),
		pattern: z.enum(WORK_PATTERNS, { error: 'ROTA.PATTERN_INVALID' })
	})
	.refine((v) => v.wishedHours <= v.maxHours, { message: 'ROTA.WISHED_OVER_MAX', path: ['wishedHours'] });

/**
 * The "my constraints" form. Unavailability comes as numbered rows (weekday_i, start_i, end_i,
 * kind_i); a row left empty is ignored, a row half filled is an error on that row's field.
 */
export function parseConstraintsForm(
	values: Record<string, string | string[]>
): { ok: true; data: ConstraintsInput } | { ok: false; fieldErrors: FieldErrors } {
	const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string) : '');
	const parsed = parseForm(constraintsSchema, {
		maxHours: str('maxHours'),
		wishedHours: str('wishedHours'),
		partTimePercent: str('partTimePercent'),
		pattern: str('pattern')
	});
	const fieldErrors: FieldErrors = parsed.ok ? {} : { ...parsed.fieldErrors };
	const rawDays = values.daysOff;
	const days = (Array.isArray(rawDays) ? rawDays : rawDays ? [rawDays] : []).filter((d) => /^[1-7]$/.test(d));
	const unavailable: Unavailability[] = [];
	for (let i = 0; i < UNAVAILABILITY_ROWS; i++) {
		const [d, s, e, k] = [str(`weekday_${i}`), str(`start_${i}`), str(`end_${i}`), str(`kind_${i}`)];
		if (!d && !s.trim() && !e.trim()) continue;
		if (!/^[1-7]$/.test(d)) {
			fieldErrors[`weekday_${i}`] = 'ROTA.WEEKDAY_INVALID';
			continue;
		}
		const start = parseClock(s);
		const end = parseClock(e);
		if (start === null) fieldErrors[`start_${i}`] = 'ROTA.TIME_INVALID';
		if (end === null) fieldErrors[`end_${i}`] = 'ROTA.TIME_INVALID';
		if (start === null || end === null) continue;
		if (end <= start) {
			fieldErrors[`end_${i}`] = 'ROTA.END_BEFORE_START';
			continue;
		}
		const kind = (UNAVAILABILITY_KINDS as readonly string[]).includes(k) ? (k as UnavailabilityKind) : 'other';
		unavailable.push({ weekday: Number(d) as Weekday, start, end, kind });
	}
	if (!parsed.ok || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
	return {
		ok: true,
		data: {
			maxMinutes: parsed.data.maxHours,
			wishedMinutes: parsed.data.wishedHours,
			partTimePercent: parsed.data.partTimePercent,
			pattern: parsed.data.pattern,
			daysOff: [...new Set(days.map((d) => Number(d) as Weekday))].sort(),
			unavailable
		}
	};
}

const needSchema = z
	.object({
		weekday,
		start: clock,
		end: clock,
		people: z
			.string({ error: 'FIELD.REQUIRED' })
			.trim()
			.regex(/^\d{1,3}$/, 'ROTA.PEOPLE_INVALID')
			.transform(Number)
			.refine((n) => n >= 1 && n <= 100, 'ROTA.PEOPLE_INVALID'),
		label: z
			.string()
			.trim()
			.max(80, 'TEXT.TOO_LONG')
			.optional()
			.transform((v) => v ?? '')
	})
	.refine((v) => v.end > v.start, { message: 'ROTA.END_BEFORE_START', path: ['end'] })
	.refine((v) => v.start % 30 === 0 && v.end % 30 === 0, { message: 'ROTA.HALF_HOURS', path: ['start'] });

export function parseNeedForm(
	values: Record<string, string>
): { ok: true; data: StaffingNeed & { label: string } } | { ok: false; fieldErrors: FieldErrors } {
	return parseForm(needSchema, values);
}

/** The week to plan: any date of it; its Monday is kept. */
export function parseWeek(raw: string): string | null {
	return isLocalDate(raw) ? mondayOf(raw) : null;
}
