/**
 * Applying a plan: each weekly session held in an existing room becomes a weekly booking series
 * request, from a start date to an end date the planner chooses, with the request form's
 * calendar options (school periods only, public holidays skipped). This file holds the pure part:
 * the form, its defaults, and the series a session stands for.
 */
import { z } from 'zod';
import { oneOf } from '../form-fields.js';
import { MAX_SERIES_DAYS, WEEKDAY_CODES } from '../booking-request-form.js';
import type { SeriesSpec } from '../occurrences.js';
import { addDays, isLocalDate, weekdayOf, type LocalDate, type LocalTime } from '../zoned-time.js';
import type { PlannedSession } from './problem.js';

/** The two calendar choices of the request form that make sense for a whole school year's timetable. */
export const APPLY_CALENDARS = ['all', 'school_periods'] as const;
export type ApplyCalendar = (typeof APPLY_CALENDARS)[number];

export interface ApplyDates {
	from: LocalDate;
	until: LocalDate;
	calendarFilter: ApplyCalendar;
	skipPublicHolidays: boolean;
}

/**
 * A timetable is planned for a school year: from the next Monday on or after today to the next
 * 30 June after it (the end of the French school year), public holidays skipped.
 */
export function defaultApplyDates(today: LocalDate): ApplyDates {
	const from = addDays(today, (8 - weekdayOf(today)) % 7);
	const juneThirtieth = `${from.slice(0, 4)}-06-30`;
	const until = juneThirtieth >= from ? juneThirtieth : `${Number(from.slice(0, 4)) + 1}-06-30`;
	return { from, until, calendarFilter: 'all', skipPublicHolidays: true };
}

const date = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.refine((v) => isLocalDate(v), 'DATE.INVALID');

/** The apply form; `today` is the commune's date, so that a series never starts in the past. */
export function applyForm(today: LocalDate) {
	return z
		.object({
			from: date,
			until: date,
			calendarFilter: oneOf(APPLY_CALENDARS).default('all'),
			skipPublicHolidays: oneOf(['yes', 'no']).default('yes')
		})
		.superRefine((form, ctx) => {
			if (form.from && isLocalDate(form.from) && form.from < today)
				ctx.addIssue({ code: 'custom', path: ['from'], message: 'PLANNER.APPLY_FROM_PAST' });
			if (!isLocalDate(form.from) || !isLocalDate(form.until)) return;
			if (form.until < form.from)
				ctx.addIssue({ code: 'custom', path: ['until'], message: 'REQUESTS.UNTIL_BEFORE_START' });
			else if (form.until > addDays(form.from, MAX_SERIES_DAYS))
				ctx.addIssue({ code: 'custom', path: ['until'], message: 'REQUESTS.UNTIL_TOO_FAR' });
		})
		.transform((form): ApplyDates => ({
			from: form.from,
			until: form.until,
			calendarFilter: form.calendarFilter,
			skipPublicHolidays: form.skipPublicHolidays === 'yes'
		}));
}

/** Minutes since midnight as 'HH:MM'. */
export function clockTime(minutes: number): LocalTime {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The first date on or after `from` that falls on the weekday (1 = Monday … 7 = Sunday). */
export function firstOnWeekday(from: LocalDate, weekday: number): LocalDate {
	return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** The weekly series a session stands for between the two dates, in the form the booking flow expands. */
export function sessionSeries(
	session: Pick<PlannedSession, 'weekday' | 'start' | 'end'>,
	dates: ApplyDates
): Omit<SeriesSpec, 'timeZone'> {
	return {
		rule: {
			freq: 'WEEKLY',
			interval: 1,
			byDay: [{ weekday: WEEKDAY_CODES[session.weekday - 1]! }],
			byMonthDay: [],
			bySetPos: [],
			until: dates.until
		},
		startsOn: firstOnWeekday(dates.from, session.weekday),
		startTime: clockTime(session.start),
		endTime: clockTime(session.end),
		excludedDates: [],
		calendarFilter: dates.calendarFilter,
		skipPublicHolidays: dates.skipPublicHolidays
	};
}
