/**
 * The booking request form: an organisation asks for a room for one of its initiatives, once or
 * as a recurring series. The form speaks in the words people use ("every 2 weeks", "the 2nd
 * Tuesday of the month", "until 30 June"); it is read into the RFC 5545 rule and the SeriesSpec
 * that occurrences.ts expands.
 */
import { z } from 'zod';
import { idList, oneOf, text } from './form-fields.js';
import { parseTime, minutesOf } from './opening-hours.js';
import { addDays, isLocalDate, isLocalTime, weekdayOf, type LocalDate, type LocalTime } from './zoned-time.js';
import { parseRule, type RecurrenceRule, type Weekday } from './recurrence.js';
import type { SeriesSpec } from './occurrences.js';

export const REPEATS = ['none', 'weekly', 'every_n_weeks', 'monthly', 'daily'] as const;
export type Repeat = (typeof REPEATS)[number];
export const CALENDAR_FILTERS = ['all', 'school_periods', 'holidays'] as const;
export type CalendarFilter = (typeof CALENDAR_FILTERS)[number];
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const satisfies readonly Weekday[];
/** 1st … 4th, and -1 for "last" (a 5th weekday does not exist every month). */
export const MONTHLY_ORDINALS = ['1', '2', '3', '4', '-1'] as const;
export const END_MODES = ['until', 'count'] as const;

/** Fields sent as lists (checkbox groups). */
export const REQUEST_LIST_FIELDS = ['weekdays'] as const;

/** A series may run for at most two years and 520 occurrences: a request, not a lease. */
export const MAX_SERIES_DAYS = 731;
export const MAX_OCCURRENCES = 520;

/** The weekday code of a date ('TU' for a Tuesday). */
export function weekdayCode(date: LocalDate): Weekday {
	return WEEKDAY_CODES[weekdayOf(date) - 1]!;
}

/** Which "nth weekday of the month" a date is: 1…4, or -1 when it is the 5th (the last). */
export function monthlyOrdinalOf(date: LocalDate): number {
	const day = Number(date.slice(8, 10));
	const nth = Math.ceil(day / 7);
	return nth >= 5 ? -1 : nth;
}

const localDate = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.refine((v) => isLocalDate(v), 'DATE.INVALID');

const optionalLocalDate = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || null)
	.refine((v) => v === null || isLocalDate(v), 'DATE.INVALID');

const time = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.transform((v, ctx) => {
		const parsed = parseTime(v);
		if (!parsed) {
			ctx.addIssue({ code: 'custom', message: 'HOURS.TIME_INVALID' });
			return z.NEVER;
		}
		return parsed;
	});

const optionalInt = (min: number, max: number, code: string) =>
	z
		.string()
		.trim()
		.optional()
		.transform((v) => (v ? Number(v) : null))
		.refine((v) => v === null || (Number.isInteger(v) && v >= min && v <= max), code);

/** Dates typed one per line, or separated by commas or spaces. */
const excludedDates = z
	.string()
	.optional()
	.transform((v) => [
		...new Set(
			(v ?? '')
				.split(/[\s,;]+/)
				.map((s) => s.trim())
				.filter(Boolean)
		)
	])
	.refine((list) => list.every(isLocalDate), 'REQUESTS.EXCLUDED_INVALID')
	.transform((list) => list.sort());

/** A yes/no field that is "yes" unless said otherwise (an absent field keeps the default). */
const yesByDefault = z
	.string()
	.optional()
	.transform((v) => v === undefined || v === '' || ['yes', 'on', 'true', '1'].includes(v));

export const bookingRequestForm = z
	.object({
		roomId: z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED'),
		organisationId: z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED'),
		initiativeId: z
			.string()
			.trim()
			.optional()
			.transform((v) => v || null),
		title: text(120, { min: 3 }),
		/** A checkbox: shown with the organisation's name on public calendars when ticked. */
		isPublic: z
			.string()
			.optional()
			.transform((v) => v === 'on' || v === 'yes' || v === 'true'),
		date: localDate,
		start: time,
		end: time,
		repeat: oneOf(REPEATS).default('none'),
		interval: optionalInt(2, 52, 'REQUESTS.INTERVAL_INVALID'),
		weekdays: idList.refine(
			(list) => list.every((d) => (WEEKDAY_CODES as readonly string[]).includes(d)),
			'CHOICE.INVALID'
		),
		monthlyOrdinal: z
			.string()
			.trim()
			.optional()
			.transform((v) => v || null)
			.refine((v) => v === null || (MONTHLY_ORDINALS as readonly string[]).includes(v), 'CHOICE.INVALID'),
		endMode: oneOf(END_MODES).default('until'),
		until: optionalLocalDate,
		count: optionalInt(1, MAX_OCCURRENCES, 'REQUESTS.COUNT_INVALID'),
		excludedDates,
		calendarFilter: oneOf(CALENDAR_FILTERS).default('all'),
		skipPublicHolidays: yesByDefault
	})
	.superRefine((form, ctx) => {
		if (form.start && form.end && minutesOf(form.end) <= minutesOf(form.start))
			ctx.addIssue({ code: 'custom', path: ['end'], message: 'REQUESTS.END_BEFORE_START' });
		if (form.repeat === 'none') return;
		if (form.endMode === 'until') {
			if (!form.until) ctx.addIssue({ code: 'custom', path: ['until'], message: 'REQUESTS.UNTIL_REQUIRED' });
			else if (form.until < form.date)
				ctx.addIssue({ code: 'custom', path: ['until'], message: 'REQUESTS.UNTIL_BEFORE_START' });
			else if (form.until > addDays(form.date, MAX_SERIES_DAYS))
				ctx.addIssue({ code: 'custom', path: ['until'], message: 'REQUESTS.UNTIL_TOO_FAR' });
		} else if (form.count === null) {
			ctx.addIssue({ code: 'custom', path: ['count'], message: 'REQUESTS.COUNT_INVALID' });
		}
		if (form.repeat === 'every_n_weeks' && form.interval === null)
			ctx.addIssue({ code: 'custom', path: ['interval'], message: 'REQUESTS.INTERVAL_INVALID' });
	});

export type BookingRequestForm = z.infer<typeof bookingRequestForm>;

/** What a request asks for, before the room's time zone is known. */
export interface BookingRequest {
	roomId: string;
	organisationId: string;
	initiativeId: string | null;
	title: string;
	isPublic: boolean;
	/** A single date: stored as one booking without a series. */
	oneOff: boolean;
	spec: Omit<SeriesSpec, 'timeZone'>;
}

/** The RFC 5545 rule a form describes. */
export function ruleOf(form: BookingRequestForm): RecurrenceRule {
	const base = { byMonthDay: [], bySetPos: [] };
	const end =
		form.repeat === 'none'
			? { count: 1 }
			: form.endMode === 'count'
				? { count: form.count ?? 1 }
				: { until: form.until ?? form.date };
	const weekdays = (form.weekdays.length ? form.weekdays : [weekdayCode(form.date)]) as Weekday[];
	const ordered = WEEKDAY_CODES.filter((d) => weekdays.includes(d)).map((weekday) => ({ weekday }));
	switch (form.repeat) {
		case 'none':
			return { freq: 'DAILY', interval: 1, byDay: [], ...base, ...end };
		case 'daily':
			return { freq: 'DAILY', interval: 1, byDay: [], ...base, ...end };
		case 'weekly':
			return { freq: 'WEEKLY', interval: 1, byDay: ordered, ...base, ...end };
		case 'every_n_weeks':
			return { freq: 'WEEKLY', interval: form.interval ?? 2, byDay: ordered, ...base, ...end };
		case 'monthly': {
			const ordinal = form.monthlyOrdinal ? Number(form.monthlyOrdinal) : monthlyOrdinalOf(form.date);
			return { freq: 'MONTHLY', interval: 1, byDay: [{ weekday: weekdayCode(form.date), ordinal }], ...base, ...end };
		}
	}
}

/** The request a valid form describes. One-off requests ignore calendar filters: the date was chosen. */
export function bookingRequestOf(form: BookingRequestForm): BookingRequest {
	const oneOff = form.repeat === 'none';
	return {
		roomId: form.roomId,
		organisationId: form.organisationId,
		initiativeId: form.initiativeId,
		title: form.title,
		isPublic: form.isPublic,
		oneOff,
		spec: {
			rule: ruleOf(form),
			startsOn: form.date,
			startTime: form.start as LocalTime,
			endTime: form.end as LocalTime,
			excludedDates: oneOff ? [] : form.excludedDates,
			calendarFilter: oneOff ? 'all' : form.calendarFilter,
			skipPublicHolidays: oneOff ? false : form.skipPublicHolidays
		}
	};
}

/**
 * The form values that describe a request again (to prefill the form when a series is edited or
 * when the page is opened with query parameters).
 */
export function prefillFromQuery(params: URLSearchParams): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	const date = params.get('date');
	if (date && isLocalDate(date)) values.date = date;
	for (const name of ['start', 'end'] as const) {
		const t = parseTime(params.get(name) ?? '');
		if (t) values[name] = t;
	}
	const byday = (params.get('byday') ?? '')
		.split(',')
		.map((s) => s.trim().toUpperCase())
		.filter((s) => (WEEKDAY_CODES as readonly string[]).includes(s));
	if (byday.length) {
		values.weekdays = byday;
		values.repeat = 'weekly';
	}
	const until = params.get('until');
	if (until && isLocalDate(until)) {
		values.until = until;
		values.endMode = 'until';
		values.repeat ??= 'weekly';
	}
	const filter = params.get('filter');
	if (filter && (CALENDAR_FILTERS as readonly string[]).includes(filter)) values.calendarFilter = filter;
	const initiative = params.get('initiative');
	if (initiative) values.initiativeId = initiative;
	return values;
}

/**
 * The JSON body of POST /api/v1/bookings: the same request in the calendar's own words (an RRULE
 * instead of the form's choices). An absent rule means one date.
 */
export const apiBookingBody = z.object({
	roomId: z.string({ error: 'FIELD.REQUIRED' }).trim().min(1, 'FIELD.REQUIRED'),
	initiativeId: z.string().trim().min(1).nullish(),
	title: text(120, { min: 3 }),
	isPublic: z.boolean({ error: 'CHOICE.INVALID' }).optional(),
	date: localDate,
	start: z.string({ error: 'FIELD.REQUIRED' }).refine(isLocalTime, 'HOURS.TIME_INVALID'),
	end: z.string({ error: 'FIELD.REQUIRED' }).refine(isLocalTime, 'HOURS.TIME_INVALID'),
	rule: z.string({ error: 'RRULE.INVALID' }).max(500, 'RRULE.INVALID').optional(),
	until: z
		.string({ error: 'DATE.INVALID' })
		.refine((v) => isLocalDate(v), 'DATE.INVALID')
		.optional(),
	excludedDates: z
		.array(
			z.string().refine((v) => isLocalDate(v), 'REQUESTS.EXCLUDED_INVALID'),
			{ error: 'REQUESTS.EXCLUDED_INVALID' }
		)
		.max(MAX_OCCURRENCES, 'REQUESTS.EXCLUDED_INVALID')
		.optional(),
	calendarFilter: oneOf(CALENDAR_FILTERS).optional(),
	skipPublicHolidays: z.boolean({ error: 'CHOICE.INVALID' }).optional()
});

/** Reads an API body into a request for the calling organisation, or the problem of each field. */
export function bookingRequestFromApi(
	body: unknown,
	organisationId: string
): { ok: true; request: BookingRequest } | { ok: false; fieldErrors: Record<string, string> } {
	const parsed = apiBookingBody.safeParse(body ?? {});
	if (!parsed.success) {
		const fieldErrors: Record<string, string> = {};
		for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0] ?? 'body')] ??= issue.message;
		return { ok: false, fieldErrors };
	}
	const b = parsed.data;
	const fieldErrors: Record<string, string> = {};
	if (minutesOf(b.end) <= minutesOf(b.start)) fieldErrors.end = 'REQUESTS.END_BEFORE_START';
	let rule: RecurrenceRule = { freq: 'DAILY', interval: 1, byDay: [], byMonthDay: [], bySetPos: [], count: 1 };
	const oneOff = b.rule === undefined;
	if (b.rule !== undefined) {
		const r = parseRule(b.rule);
		if (!r.ok) fieldErrors.rule = 'RRULE.INVALID';
		else {
			rule = b.until ? { ...r.value, until: b.until, count: undefined } : r.value;
			if (rule.until === undefined && rule.count === undefined) fieldErrors.until = 'REQUESTS.UNTIL_REQUIRED';
			else if (rule.until !== undefined && rule.until < b.date) fieldErrors.until = 'REQUESTS.UNTIL_BEFORE_START';
			else if (rule.until !== undefined && rule.until > addDays(b.date, MAX_SERIES_DAYS))
				fieldErrors.until = 'REQUESTS.UNTIL_TOO_FAR';
		}
	}
	if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
	return {
		ok: true,
		request: {
			roomId: b.roomId,
			organisationId,
			initiativeId: b.initiativeId ?? null,
			title: b.title,
			isPublic: b.isPublic ?? false,
			oneOff,
			spec: {
				rule,
				startsOn: b.date,
				startTime: b.start,
				endTime: b.end,
				excludedDates: oneOff ? [] : [...new Set(b.excludedDates ?? [])].sort(),
				calendarFilter: oneOff ? 'all' : (b.calendarFilter ?? 'all'),
				skipPublicHolidays: oneOff ? false : (b.skipPublicHolidays ?? true)
			}
		}
	};
}

/** Which dates of a series a requester's change applies to. */
export const CHANGE_SCOPES = ['this', 'following', 'all'] as const;
export type ChangeScope = (typeof CHANGE_SCOPES)[number];
