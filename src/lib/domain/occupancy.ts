/**
 * Occupancy and mutualisation of rooms, per ISO week: how many of the open hours confirmed
 * bookings fill, how many organisations share the room, and which publics those hours serve
 * (the publics of the practice each booking's initiative runs). Pure interval arithmetic in
 * real elapsed time: a week with a daylight-saving change has one hour more or less.
 */
import type { OpeningPeriod } from './vocabulary.js';
import { addDays, localInterval, toInstant, weekdayOf, type Interval, type LocalDate } from './zoned-time.js';

export interface OccupancyBooking {
	interval: Interval;
	organisationId: string | null;
	/** Publics served (women, children_0_3, …); empty when the booking names no initiative. */
	publics: readonly string[];
}

export interface RoomWeekInput {
	/** Monday of the ISO week. */
	weekStart: LocalDate;
	timeZone: string;
	/** Empty: the room opens "on request" and has no open hours to compare with. */
	openingHours: readonly OpeningPeriod[];
	closures: readonly Interval[];
	/** Confirmed bookings only: pending ones may still be refused. */
	bookings: readonly OccupancyBooking[];
}

export interface WeekOccupancy {
	weekStart: LocalDate;
	/** Open minutes in the week (opening hours less closures); null for rooms open on request. */
	openMinutes: number | null;
	/** Booked minutes, within open hours when there are any. */
	bookedMinutes: number;
	/** bookedMinutes / openMinutes, 0..1; null when there are no open minutes to divide by. */
	rate: number | null;
	organisationIds: string[];
	/** Booked minutes serving each public: a session for two publics counts for both. */
	minutesByPublic: Record<string, number>;
	/** Booked minutes whose initiative (and so public) is unknown. */
	minutesWithoutPublic: number;
}

const MINUTE = 60_000;

/** Sorted, merged intervals. */
export function union(intervals: readonly Interval[]): Interval[] {
	const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start.getTime() - b.start.getTime());
	const merged: Interval[] = [];
	for (const i of sorted) {
		const last = merged[merged.length - 1];
		if (last && i.start <= last.end) {
			if (i.end > last.end) last.end = i.end;
		} else merged.push({ start: i.start, end: i.end });
	}
	return merged;
}

/** The parts of `a` inside `b` (both merged first, then walked side by side: linear, not quadratic). */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
	const xs = union(a);
	const ys = union(b);
	const out: Interval[] = [];
	for (let i = 0, j = 0; i < xs.length && j < ys.length;) {
		const x = xs[i]!;
		const y = ys[j]!;
		const start = x.start > y.start ? x.start : y.start;
		const end = x.end < y.end ? x.end : y.end;
		if (end > start) out.push({ start, end });
		// Whichever ends first can meet nothing further in the other list.
		if (x.end < y.end) i++;
		else j++;
	}
	return out;
}

/** The parts of `a` outside `b`. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
	let rest = union(a);
	for (const cut of union(b)) {
		const next: Interval[] = [];
		for (const x of rest) {
			if (cut.end <= x.start || cut.start >= x.end) {
				next.push(x);
				continue;
			}
			if (cut.start > x.start) next.push({ start: x.start, end: cut.start });
			if (cut.end < x.end) next.push({ start: cut.end, end: x.end });
		}
		rest = next;
	}
	return rest;
}

export function minutesIn(intervals: readonly Interval[]): number {
	return union(intervals).reduce((sum, i) => sum + (i.end.getTime() - i.start.getTime()) / MINUTE, 0);
}

/** The week's instants, from Monday's local midnight to the next Monday's. */
export function weekInterval(weekStart: LocalDate, timeZone: string): Interval {
	return { start: toInstant(weekStart, '00:00', timeZone), end: toInstant(addDays(weekStart, 7), '00:00', timeZone) };
}

/** The week's opening periods as instants. */
export function openIntervals(
	weekStart: LocalDate,
	openingHours: readonly OpeningPeriod[],
	timeZone: string
): Interval[] {
	const out: Interval[] = [];
	for (let i = 0; i < 7; i++) {
		const date = addDays(weekStart, i);
		for (const p of openingHours)
			if (p.weekday === weekdayOf(date)) out.push(localInterval(date, p.start, p.end, timeZone));
	}
	return union(out);
}

export function roomWeekOccupancy(input: RoomWeekInput): WeekOccupancy {
	const week = [weekInterval(input.weekStart, input.timeZone)];
	const onRequest = input.openingHours.length === 0;
	// Rooms open on request count every booked minute of the week (less closures); others only open ones.
	const window = subtract(
		onRequest ? week : intersect(openIntervals(input.weekStart, input.openingHours, input.timeZone), week),
		input.closures
	);
	const counted = (bookings: readonly OccupancyBooking[]) =>
		minutesIn(
			intersect(
				bookings.map((b) => b.interval),
				window
			)
		);
	const bookedMinutes = counted(input.bookings);
	const openMinutes = onRequest ? null : minutesIn(window);
	const inWeek = input.bookings.filter((b) => counted([b]) > 0);
	const publics = [...new Set(inWeek.flatMap((b) => b.publics))].sort();
	return {
		weekStart: input.weekStart,
		openMinutes,
		bookedMinutes,
		rate: openMinutes ? bookedMinutes / openMinutes : null,
		organisationIds: [...new Set(inWeek.map((b) => b.organisationId).filter((id): id is string => id !== null))].sort(),
		minutesByPublic: Object.fromEntries(publics.map((p) => [p, counted(inWeek.filter((b) => b.publics.includes(p)))])),
		minutesWithoutPublic: counted(inWeek.filter((b) => b.publics.length === 0))
	};
}

/**
 * Several rooms' figures for the same week, added up (a facility, a quartier). Open minutes
 * count only rooms with opening hours; booked minutes of rooms open on request are then left
 * out of the rate, which would otherwise exceed what the open hours allow.
 */
export function combineRooms(
	weekStart: LocalDate,
	rooms: readonly WeekOccupancy[]
): WeekOccupancy & { roomsOnRequest: number } {
	const withHours = rooms.filter((r) => r.openMinutes !== null);
	const openMinutes = withHours.length ? withHours.reduce((s, r) => s + (r.openMinutes ?? 0), 0) : null;
	const bookedInOpen = withHours.reduce((s, r) => s + r.bookedMinutes, 0);
	const minutesByPublic: Record<string, number> = {};
	for (const r of rooms)
		for (const [p, minutes] of Object.entries(r.minutesByPublic))
			minutesByPublic[p] = (minutesByPublic[p] ?? 0) + minutes;
	return {
		weekStart,
		openMinutes,
		bookedMinutes: rooms.reduce((s, r) => s + r.bookedMinutes, 0),
		rate: openMinutes ? bookedInOpen / openMinutes : null,
		organisationIds: [...new Set(rooms.flatMap((r) => r.organisationIds))].sort(),
		minutesByPublic,
		minutesWithoutPublic: rooms.reduce((s, r) => s + r.minutesWithoutPublic, 0),
		roomsOnRequest: rooms.length - withHours.length
	};
}

/** The Mondays of `count` weeks from the week of `from`. */
export function weeksFrom(from: LocalDate, count: number): LocalDate[] {
	const monday = addDays(from, 1 - weekdayOf(from));
	return Array.from({ length: count }, (_, i) => addDays(monday, 7 * i));
}

/** A rate as a whole percentage, for a bar and its label (never above 100). */
export function percent(rate: number | null): number | null {
	return rate === null ? null : Math.min(100, Math.round(rate * 100));
}
