/**
 * From the calendar to the planner's weekly grid: a room's opening hours and the bookings of a
 * reference week become weekly intervals in the commune's wall time. A booking over midnight is
 * cut at each midnight; the grid has no notion of a day longer than 24 hours.
 */
import { minutesOf } from '../opening-hours.js';
import type { OpeningPeriod } from '../vocabulary.js';
import { addDays, toLocal, weekdayOf, type Interval, type LocalDate } from '../zoned-time.js';
import type { WeeklyInterval, Weekday } from './problem.js';
import { mergeIntervals } from './windows.js';

/** Opening periods as weekly intervals; malformed periods are left out rather than trusted. */
export function weeklyOpening(periods: readonly OpeningPeriod[]): WeeklyInterval[] {
	return mergeIntervals(
		periods
			.filter((p) => Number.isInteger(p.weekday) && p.weekday >= 1 && p.weekday <= 7)
			.map((p) => ({ weekday: p.weekday as Weekday, start: minutesOf(p.start), end: minutesOf(p.end) }))
	);
}

/**
 * The parts of instants ranges that fall in the week starting on `monday` (local), as weekly
 * intervals. Read off the wall clock, so that a booking from 9:00 to 11:00 is 540–660 whether
 * the week has a daylight-saving change or not.
 */
export function weeklyBusy(intervals: readonly Interval[], monday: LocalDate, timeZone: string): WeeklyInterval[] {
	const out: WeeklyInterval[] = [];
	const lastDay = addDays(monday, 6);
	for (const interval of intervals) {
		const from = toLocal(interval.start, timeZone);
		// The end is exclusive: an end at 00:00 closes the day before.
		const to = toLocal(new Date(interval.end.getTime() - 60_000), timeZone);
		for (let day = from.date; day <= to.date; day = addDays(day, 1)) {
			if (day < monday || day > lastDay) continue;
			const start = day === from.date ? minutesOf(from.time) : 0;
			const end = day === to.date ? minutesOf(to.time) + 1 : 1440;
			if (end > start) out.push({ weekday: weekdayOf(day) as Weekday, start, end });
		}
	}
	return mergeIntervals(out);
}
