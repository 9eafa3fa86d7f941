/**
 * What the catalogue's named time windows mean on a weekly timetable. School hours are those of
 * a French primary school (no class on Wednesdays); "school_holidays" is not a weekly pattern,
 * so on a typical school week it allows nothing by itself and is ignored when other windows are set.
 */
import type { TimeWindow } from '../vocabulary.js';
import type { WeeklyInterval, Weekday } from './problem.js';

const span = (days: readonly Weekday[], start: number, end: number): WeeklyInterval[] =>
	days.map((weekday) => ({ weekday, start, end }));

const H = 60;

export const WINDOW_INTERVALS: Record<Exclude<TimeWindow, 'school_holidays'>, WeeklyInterval[]> = {
	school_hours: span([1, 2, 4, 5], 8 * H + 30, 16 * H + 30),
	wednesday: span([3], 8 * H, 19 * H),
	evening: span([1, 2, 3, 4, 5], 18 * H, 22 * H),
	weekend: span([6, 7], 9 * H, 19 * H),
	morning: span([1, 2, 3, 4, 5, 6], 8 * H, 12 * H + 30),
	afternoon: span([1, 2, 3, 4, 5, 6], 13 * H + 30, 18 * H + 30)
};

/** The union of the named windows as weekly intervals (overlaps merged); null means "any time". */
export function allowedIntervals(windows: readonly TimeWindow[]): WeeklyInterval[] | null {
	const weekly = windows.filter((w): w is Exclude<TimeWindow, 'school_holidays'> => w !== 'school_holidays');
	if (weekly.length === 0) return null;
	return mergeIntervals(weekly.flatMap((w) => WINDOW_INTERVALS[w]));
}

/** Sorted by weekday then start, with overlapping or touching intervals of a day joined. */
export function mergeIntervals(intervals: readonly WeeklyInterval[]): WeeklyInterval[] {
	const sorted = [...intervals]
		.filter((i) => i.end > i.start)
		.sort((a, b) => a.weekday - b.weekday || a.start - b.start);
	const merged: WeeklyInterval[] = [];
	for (const i of sorted) {
		const last = merged.at(-1);
		if (last && last.weekday === i.weekday && i.start <= last.end) last.end = Math.max(last.end, i.end);
		else merged.push({ ...i });
	}
	return merged;
}

/** Whether [start, end) on that day lies inside one of the intervals. */
export function within(intervals: readonly WeeklyInterval[], weekday: Weekday, start: number, end: number): boolean {
	return intervals.some((i) => i.weekday === weekday && i.start <= start && end <= i.end);
}

/** Whether [start, end) on that day meets one of the intervals. */
export function overlaps(intervals: readonly WeeklyInterval[], weekday: Weekday, start: number, end: number): boolean {
	return intervals.some((i) => i.weekday === weekday && i.start < end && start < i.end);
}
