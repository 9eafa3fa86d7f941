/**
 * The availability search form: "a room that fits practice X in quartier Y, Tuesdays 9:00–12:00,
 * school periods, from September". It is a GET form (a search can be bookmarked and works without
 * JavaScript), read here into a weekly rule; a problem is reported on its field and the form comes
 * back as typed.
 */
import { z } from 'zod';
import { parseForm, type FieldErrors } from './account-forms.js';
import type { CalendarFilter } from './occurrences.js';
import { minutesOf, parseTime } from './opening-hours.js';
import { WEEKDAYS, type RecurrenceRule, type Weekday } from './recurrence.js';
import { addDays, isLocalDate, type LocalDate, type LocalTime } from './zoned-time.js';

export const SEARCH_CALENDAR_FILTERS = ['all', 'school_periods', 'holidays'] as const;
/** A search covers at most a year of dates: enough for a school year, bounded in cost. */
export const MAX_SEARCH_DAYS = 366;
/** Ids and slugs are generated or typed in lower-case words: anything else names nothing. */
const ID = /^[A-Za-z0-9_-]{1,80}$/;

export interface AvailabilitySearch {
	practice: string | null;
	quartier: string | null;
	initiative: string | null;
	weekdays: Weekday[];
	start: LocalTime;
	end: LocalTime;
	filter: CalendarFilter;
	from: LocalDate;
	until: LocalDate;
}

const optionalId = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || null)
	.refine((v) => v === null || ID.test(v), 'CHOICE.INVALID');

const time = z
	.string({ error: 'FIELD.REQUIRED' })
	.trim()
	.min(1, 'FIELD.REQUIRED')
	.transform((v, ctx) => {
		const t = parseTime(v);
		if (!t) ctx.addIssue({ code: 'custom', message: 'AVAILABILITY.TIME_INVALID' });
		return t ?? '';
	});

const date = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || null)
	.refine((v) => v === null || isLocalDate(v), 'AVAILABILITY.DATE_INVALID');

const searchForm = z
	.object({
		practice: optionalId,
		quartier: optionalId,
		initiative: optionalId,
		weekdays: z
			.array(z.string())
			.transform((list) => list.map((d) => d.trim().toUpperCase()).filter(Boolean))
			.refine((list) => list.length > 0, 'AVAILABILITY.WEEKDAYS_REQUIRED')
			.refine((list) => list.every((d) => (WEEKDAYS as readonly string[]).includes(d)), 'CHOICE.INVALID'),
		start: time,
		end: time,
		filter: z
			.string()
			.optional()
			.transform((v) => v || 'all')
			.pipe(z.enum(SEARCH_CALENDAR_FILTERS, { error: 'CHOICE.INVALID' })),
		from: date,
		until: date
	})
	.superRefine((form, ctx) => {
		if (form.start && form.end && minutesOf(form.end) <= minutesOf(form.start))
			ctx.addIssue({ code: 'custom', path: ['end'], message: 'AVAILABILITY.END_BEFORE_START' });
	});

/** The 30 June that ends the school year a date falls in: the default end of a search. */
export function endOfSchoolYear(date: LocalDate): LocalDate {
	const year = Number(date.slice(0, 4));
	return date <= `${year}-06-30` ? `${year}-06-30` : `${year + 1}-06-30`;
}

/** Form values from the query string; weekdays may come as repeated fields or "MO,TU" (the booking links' byday). */
export function searchValues(params: URLSearchParams): Record<string, string | string[]> {
	const values: Record<string, string | string[]> = {};
	for (const name of ['practice', 'quartier', 'initiative', 'start', 'end', 'filter', 'from', 'until'])
		values[name] = params.get(name) ?? '';
	values.weekdays = [...params.getAll('weekdays'), ...params.getAll('byday')].flatMap((v) => v.split(','));
	return values;
}

/** True when the form was sent (the page opened bare only shows the form). */
export function isSearchSent(params: URLSearchParams): boolean {
	return params.has('start') || params.has('weekdays') || params.has('byday');
}

export function parseAvailabilitySearch(
	values: Record<string, unknown>,
	today: LocalDate
): { ok: true; search: AvailabilitySearch } | { ok: false; fieldErrors: FieldErrors } {
	const parsed = parseForm(searchForm, values);
	if (!parsed.ok) return parsed;
	const form = parsed.data;
	const from = form.from ?? today;
	const until = form.until ?? endOfSchoolYear(from);
	if (form.from && form.from < today) return { ok: false, fieldErrors: { from: 'AVAILABILITY.FROM_PAST' } };
	if (until < from) return { ok: false, fieldErrors: { until: 'AVAILABILITY.UNTIL_BEFORE_FROM' } };
	if (until > addDays(from, MAX_SEARCH_DAYS))
		return { ok: false, fieldErrors: { until: 'AVAILABILITY.RANGE_TOO_LONG' } };
	const weekdays = WEEKDAYS.filter((d) => form.weekdays.includes(d));
	return {
		ok: true,
		search: {
			practice: form.practice,
			quartier: form.quartier,
			initiative: form.initiative,
			weekdays,
			start: form.start,
			end: form.end,
			filter: form.filter,
			from,
			until
		}
	};
}

/** The weekly rule a search stands for. */
export function searchRule(search: AvailabilitySearch): RecurrenceRule {
	return {
		freq: 'WEEKLY',
		interval: 1,
		byDay: search.weekdays.map((weekday) => ({ weekday })),
		byMonthDay: [],
		bySetPos: [],
		until: search.until
	};
}

/** Query parameters that prefill the booking form (/rooms/[id]/book) with a search's pattern. */
export function bookingLinkParams(search: AvailabilitySearch, firstDate: LocalDate): URLSearchParams {
	const params = new URLSearchParams({
		date: firstDate,
		start: search.start,
		end: search.end,
		byday: search.weekdays.join(','),
		until: search.until,
		filter: search.filter
	});
	if (search.initiative) params.set('initiative', search.initiative);
	return params;
}
