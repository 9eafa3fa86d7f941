/**
 * Week and month calendars in the commune's time zone: which days a view shows, where to go
 * next, and on which days (and at which wall-clock times) a booking or a closure appears. A
 * booking over midnight, or a closure of several weeks, is split into one piece per day.
 */
import {
	addDays,
	daysInMonth,
	isLocalDate,
	mondayOf,
	toInstant,
	toLocal,
	type Interval,
	type LocalDate
} from './zoned-time.js';

export type CalendarView = 'week' | 'month';

export interface ViewRequest {
	view: CalendarView;
	/** A date inside the week or month shown. */
	date: LocalDate;
}

/** Reads ?view= and ?date=, falling back to this week (today in the commune's zone) on anything else. */
export function parseViewRequest(view: string | null, date: string | null, today: LocalDate): ViewRequest {
	return {
		view: view === 'month' ? 'month' : 'week',
		// Years outside 1900–2200 are refused: nobody books there, and a huge range would be costly.
		date: date && isLocalDate(date) && date >= '1900-01-01' && date <= '2200-12-31' ? date : today
	};
}

export function firstOfMonth(date: LocalDate): LocalDate {
	return `${date.slice(0, 7)}-01`;
}

/** The first day of the month `delta` months away (delta may be negative). */
export function addMonths(date: LocalDate, delta: number): LocalDate {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7)) - 1 + delta;
	const y = year + Math.floor(month / 12);
	const m = ((month % 12) + 12) % 12;
	return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
}

/** The 7 days of the ISO week (Monday first) a date falls in. */
export function weekDays(date: LocalDate): LocalDate[] {
	const monday = mondayOf(date);
	return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * The weeks a month grid shows: Monday to Sunday, from the week of the 1st to the week of the
 * last day, so leading and trailing days of the neighbouring months fill the first and last rows.
 */
export function monthWeeks(date: LocalDate): LocalDate[][] {
	const first = firstOfMonth(date);
	const last = `${date.slice(0, 7)}-${String(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).padStart(2, '0')}`;
	const weeks: LocalDate[][] = [];
	for (let monday = mondayOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDays(monday));
	return weeks;
}

/** Every day a view shows, in order. */
export function viewDays(request: ViewRequest): LocalDate[] {
	return request.view === 'week' ? weekDays(request.date) : monthWeeks(request.date).flat();
}

/** The instants a view covers: from the first day's local midnight to the day after the last's. */
export function viewInterval(request: ViewRequest, timeZone: string): Interval {
	const days = viewDays(request);
	return {
		start: toInstant(days[0]!, '00:00', timeZone),
		end: toInstant(addDays(days[days.length - 1]!, 1), '00:00', timeZone)
	};
}

/** Previous, next and today's view: the links of the navigation. */
export function neighbours(request: ViewRequest, today: LocalDate): Record<'previous' | 'next' | 'today', ViewRequest> {
	const { view, date } = request;
	return view === 'week'
		? {
				previous: { view, date: mondayOf(addDays(date, -7)) },
				next: { view, date: mondayOf(addDays(date, 7)) },
				today: { view, date: today }
			}
		: {
				previous: { view, date: addMonths(date, -1) },
				next: { view, date: addMonths(date, 1) },
				today: { view, date: today }
			};
}

/** The query string of a view: `?view=month&date=2027-03-01`. */
export function viewQuery(request: ViewRequest): string {
	return `?view=${request.view}&date=${request.date}`;
}

/** One day's piece of something placed on the calendar, in local wall-clock time. */
export interface DayPiece<T> {
	item: T;
	date: LocalDate;
	/** 'HH:MM' local; '00:00' when the item began on an earlier day. */
	startTime: string;
	/** 'HH:MM' local; '24:00' when the item goes on past midnight. */
	endTime: string;
	/** Minutes since local midnight (wall clock), for placing the piece on a grid. */
	startMinute: number;
	endMinute: number;
	continuesFromPreviousDay: boolean;
	continuesToNextDay: boolean;
}

function minuteOfDay(time: string): number {
	const [h, m] = time.split(':').map(Number) as [number, number];
	return h * 60 + m;
}

/**
 * Places items (bookings, closures) on the days they touch, in the zone's wall-clock time,
 * split at each local midnight. Returns the pieces per day, each day's ordered by start.
 * Half-open: an item ending exactly at midnight does not appear on the next day.
 */
export function placeOnDays<T extends { interval: Interval }>(
	items: readonly T[],
	days: readonly LocalDate[],
	timeZone: string
): Map<LocalDate, DayPiece<T>[]> {
	const result = new Map<LocalDate, DayPiece<T>[]>(days.map((d) => [d, []]));
	for (const date of days) {
		const dayStart = toInstant(date, '00:00', timeZone);
		const dayEnd = toInstant(addDays(date, 1), '00:00', timeZone);
		const pieces = result.get(date)!;
		for (const item of items) {
			const { start, end } = item.interval;
			if (!(start < dayEnd && dayStart < end)) continue;
			const fromPrevious = start < dayStart;
			const toNext = end > dayEnd;
			const startTime = fromPrevious ? '00:00' : toLocal(start, timeZone).time;
			const endTime = toNext || end.getTime() === dayEnd.getTime() ? '24:00' : toLocal(end, timeZone).time;
			pieces.push({
				item,
				date,
				startTime,
				endTime,
				startMinute: minuteOfDay(startTime),
				endMinute: minuteOfDay(endTime),
				continuesFromPreviousDay: fromPrevious,
				continuesToNextDay: toNext
			});
		}
		pieces.sort((a, b) => a.startMinute - b.startMinute || a.endMinute - b.endMinute);
	}
	return result;
}
