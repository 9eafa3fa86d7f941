/**
 * The occurrences of a series: the rule's dates, minus excluded dates, public holidays (when the
 * series skips them) and the weeks its school-calendar filter leaves out, each turned into the
 * instants of its wall-clock times in the series' zone. "Tuesdays 12:00–14:00" stays 12:00–14:00
 * local on both sides of a daylight-saving change; only the UTC instants move.
 *
 * Every date left out is reported with its reason, so the form can say "3 dates skipped: school
 * calendar for 2026-2027 not loaded" instead of silently booking fewer days.
 */
import { classifyDate, schoolYearOf, type SchoolCalendar } from './school-calendar.js';
import { publicHoliday } from './public-holidays.js';
import { expandRule, MAX_OCCURRENCES, MAX_SPAN_DAYS, type RecurrenceRule } from './recurrence.js';
import { addDays, localInterval, type Interval, type LocalDate, type LocalTime } from './zoned-time.js';

export type CalendarFilter = 'all' | 'school_periods' | 'holidays';

export interface SeriesSpec {
	rule: RecurrenceRule;
	startsOn: LocalDate;
	startTime: LocalTime;
	endTime: LocalTime;
	timeZone: string;
	excludedDates: LocalDate[];
	calendarFilter: CalendarFilter;
	skipPublicHolidays: boolean;
}

export interface Occurrence {
	date: LocalDate;
	interval: Interval;
}

export type SkipReason = 'excluded' | 'public_holiday' | 'school_holiday' | 'school_period' | 'calendar_unknown';

export interface OccurrencesResult {
	occurrences: Occurrence[];
	skipped: { date: LocalDate; reason: SkipReason }[];
	/** True when the rule goes on past the hard limits (two years, 750 dates) and was cut there. */
	truncated: boolean;
}

export function occurrencesOf(
	spec: SeriesSpec,
	context: { calendar: SchoolCalendar; alsaceMoselle: boolean; to?: LocalDate; limit?: number }
): OccurrencesResult {
	const horizon = addDays(spec.startsOn, MAX_SPAN_DAYS);
	const to = context.to !== undefined && context.to < horizon ? context.to : horizon;
	const limit = Math.min(context.limit ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
	// One date more than the limit tells whether the rule was cut.
	const dates = expandRule(spec.rule, spec.startsOn, { to, limit: limit + 1 });
	let truncated = dates.length > limit;
	if (truncated) dates.length = limit;
	else if (context.to === undefined || context.to > horizon) {
		// Cut by the two-year horizon when the rule would still make a date after it.
		truncated =
			expandRule(spec.rule, spec.startsOn, { to: addDays(horizon, 400), limit: dates.length + 1 }).length >
			dates.length;
	}

	const excluded = new Set(spec.excludedDates);
	const occurrences: Occurrence[] = [];
	const skipped: { date: LocalDate; reason: SkipReason }[] = [];
	for (const date of dates) {
		const reason = skipReason(date, spec, context, excluded);
		if (reason) skipped.push({ date, reason });
		else occurrences.push({ date, interval: localInterval(date, spec.startTime, spec.endTime, spec.timeZone) });
	}
	return { occurrences, skipped, truncated };
}

function skipReason(
	date: LocalDate,
	spec: SeriesSpec,
	context: { calendar: SchoolCalendar; alsaceMoselle: boolean },
	excluded: Set<LocalDate>
): SkipReason | null {
	if (excluded.has(date)) return 'excluded';
	if (spec.skipPublicHolidays && publicHoliday(date, { alsaceMoselle: context.alsaceMoselle })) return 'public_holiday';
	if (spec.calendarFilter === 'all') return null;
	const kind = classifyDate(date, context.calendar);
	if (kind === 'unknown') return 'calendar_unknown';
	if (spec.calendarFilter === 'school_periods' && kind === 'holiday') return 'school_holiday';
	if (spec.calendarFilter === 'holidays' && kind === 'school') return 'school_period';
	return null;
}

/**
 * The school years whose calendar is missing for the dates skipped as 'calendar_unknown', in
 * order, so a form can say "school calendar 2026-2027 not loaded" rather than list every date.
 */
export function unknownSchoolYears(skipped: OccurrencesResult['skipped']): string[] {
	return [...new Set(skipped.filter((s) => s.reason === 'calendar_unknown').map((s) => schoolYearOf(s.date)))].sort();
}
