/**
 * Availability: which rooms are free for a pattern of dates, and which other times would be free
 * in a room. The database counts the conflicts (one query, the GiST index of the exclusion
 * constraint); this file holds the rules around it: the times worth proposing instead of a
 * taken one, and the order the results are shown in.
 */
import { compareVerdicts, upgradeEffort, type Fit } from './fit.js';
import { minutesOf } from './opening-hours.js';
import type { OpeningPeriod } from './vocabulary.js';
import { addDays, weekdayOf, type LocalDate, type LocalTime } from './zoned-time.js';

/** When a room has no opening hours ("on request"), times are proposed within these. */
export const ON_REQUEST_DAY = { start: '08:00', end: '20:00' } as const;
/** Step between proposed start times, in minutes. */
export const SHIFT_STEP_MINUTES = 30;

export function timeOf(minutes: number): LocalTime {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Whether [start, end) lies within one opening period of the weekday (any time when no hours are set). */
export function isWithinOpeningHours(
	periods: readonly OpeningPeriod[],
	weekday: number,
	start: LocalTime,
	end: LocalTime
): boolean {
	const [s, e] = [minutesOf(start), minutesOf(end)];
	if (periods.length === 0) return s >= minutesOf(ON_REQUEST_DAY.start) && e <= minutesOf(ON_REQUEST_DAY.end);
	return periods.some((p) => p.weekday === weekday && minutesOf(p.start) <= s && e <= minutesOf(p.end));
}

/** Another time for the same pattern of dates: shifted within the day, or moved to other weekdays. */
export interface TimeCandidate {
	startTime: LocalTime;
	endTime: LocalTime;
	/** Days added to every date (0: the same days). */
	dayOffset: number;
	/** The weekday (1 = Monday) every moved date falls on, when they all fall on one. */
	weekday?: number;
}

/**
 * Times worth proposing instead of `start`–`end` on `dates`: first the same days a little earlier
 * or later (nearest first), then the same times on other weekdays of the week (soonest first);
 * each only where the room is open on every weekday it touches.
 */
export function candidateTimes(
	dates: readonly LocalDate[],
	start: LocalTime,
	end: LocalTime,
	periods: readonly OpeningPeriod[],
	options: { maxShifts?: number; maxDays?: number } = {}
): TimeCandidate[] {
	if (dates.length === 0) return [];
	const duration = minutesOf(end) - minutesOf(start);
	if (duration <= 0) return [];
	const weekdays = [...new Set(dates.map(weekdayOf))];
	const fitsEvery = (days: readonly number[], s: LocalTime, e: LocalTime) =>
		days.every((w) => isWithinOpeningHours(periods, w, s, e));

	const shifts: TimeCandidate[] = [];
	const origin = minutesOf(start);
	for (let k = 1; k * SHIFT_STEP_MINUTES < 24 * 60; k += 1) {
		for (const sign of [-1, 1]) {
			const s = origin + sign * k * SHIFT_STEP_MINUTES;
			const e = s + duration;
			if (s < 0 || e > 24 * 60) continue;
			const [st, et] = [timeOf(s), timeOf(e)];
			if (fitsEvery(weekdays, st, et)) shifts.push({ startTime: st, endTime: et, dayOffset: 0 });
		}
	}

	const days: TimeCandidate[] = [];
	for (let offset = 1; offset < 7; offset += 1) {
		const moved = weekdays.map((w) => ((w - 1 + offset) % 7) + 1);
		if (!fitsEvery(moved, start, end)) continue;
		const candidate: TimeCandidate = { startTime: start, endTime: end, dayOffset: offset };
		if (moved.length === 1) candidate.weekday = moved[0]!;
		days.push(candidate);
	}
	return [...shifts.slice(0, options.maxShifts ?? 6), ...days.slice(0, options.maxDays ?? 6)];
}

/** The dates of a pattern moved by a number of days. */
export function shiftDates(dates: readonly LocalDate[], dayOffset: number): LocalDate[] {
	return dates.map((d) => addDays(d, dayOffset));
}

/** A room as the availability lists rank it. */
export interface AvailabilityCandidate<T> {
	item: T;
	/** Null when no practice was given: every room is then as good as the others on fit. */
	fit: Fit | null;
	/** How many of the dates asked about are taken (a held booking or a closure). */
	conflicts: number;
	/** In the quartier asked about (or the same quartier as the room first asked for). */
	sameQuartier: boolean;
	name: string;
}

const verdictOf = (c: AvailabilityCandidate<unknown>) => c.fit?.verdict ?? 'fits';

/**
 * Order of the lists. A search puts the rooms that fit first and, among them, the freest; the
 * alternatives to a taken room put the freest first (the room asked for already fitted). Then the
 * quartier asked about, then the least work, then by name.
 */
export function rankAvailability<T>(
	candidates: readonly AvailabilityCandidate<T>[],
	order: 'fit_first' | 'free_first' = 'fit_first'
): AvailabilityCandidate<T>[] {
	const byFit = (a: AvailabilityCandidate<T>, b: AvailabilityCandidate<T>) =>
		compareVerdicts(verdictOf(a), verdictOf(b));
	const byConflicts = (a: AvailabilityCandidate<T>, b: AvailabilityCandidate<T>) => a.conflicts - b.conflicts;
	const [first, second] = order === 'fit_first' ? [byFit, byConflicts] : [byConflicts, byFit];
	return [...candidates].sort(
		(a, b) =>
			first(a, b) ||
			second(a, b) ||
			Number(b.sameQuartier) - Number(a.sameQuartier) ||
			upgradeEffort(a.fit?.gaps ?? []) - upgradeEffort(b.fit?.gaps ?? []) ||
			a.name.localeCompare(b.name, 'fr')
	);
}
