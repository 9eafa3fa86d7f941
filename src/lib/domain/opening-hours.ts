/**
 * A room's weekly opening hours: periods per weekday in the commune's local wall time.
 * The editor is a plain form (it must work without JavaScript): each weekday has up to
 * MAX_PERIODS_PER_DAY periods, each a start and an end field. Times may be typed the French
 * way ("9h", "9h30") or the international way ("09:30"); they are kept as 'HH:MM'.
 */
import type { OpeningPeriod } from './vocabulary.js';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const MAX_PERIODS_PER_DAY = 2;

export type HoursProblem = 'HOURS.TIME_INVALID' | 'HOURS.INCOMPLETE' | 'HOURS.START_AFTER_END' | 'HOURS.OVERLAP';

/** 'HH:MM' from what a person typed: "9", "9h", "9h30", "9:30", "09.30"; null when it is not a time of day. */
export function parseTime(raw: string): string | null {
	const match = /^(\d{1,2})(?:\s*[h:.]\s*(\d{2})?)?$/i.exec(raw.trim());
	if (!match) return null;
	const hours = Number(match[1]);
	const minutes = Number(match[2] ?? '0');
	if (hours > 23 || minutes > 59) return null;
	return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Minutes since midnight of an 'HH:MM' time. */
export function minutesOf(time: string): number {
	const [h = '0', m = '0'] = time.split(':');
	return Number(h) * 60 + Number(m);
}

/** The name of one field of the editor, e.g. hours_1_0_start for Monday's first period. */
export function hoursField(weekday: number, slot: number, edge: 'start' | 'end'): string {
	return `hours_${weekday}_${slot}_${edge}`;
}

/** Orders periods by weekday, then by start. */
export function sortPeriods(periods: readonly OpeningPeriod[]): OpeningPeriod[] {
	return [...periods].sort((a, b) => a.weekday - b.weekday || minutesOf(a.start) - minutesOf(b.start));
}

/**
 * Reads the editor's fields. Each problem is reported on the field a person has to fix, so the
 * form can show it there; nothing is returned half-read.
 */
export function openingHoursFromForm(
	values: Record<string, unknown>
): { ok: true; periods: OpeningPeriod[] } | { ok: false; fieldErrors: Record<string, HoursProblem> } {
	const periods: OpeningPeriod[] = [];
	const fieldErrors: Record<string, HoursProblem> = {};
	const text = (name: string) => {
		const v = values[name];
		return typeof v === 'string' ? v.trim() : '';
	};
	for (const weekday of WEEKDAYS) {
		const day: { period: OpeningPeriod; startField: string }[] = [];
		for (let slot = 0; slot < MAX_PERIODS_PER_DAY; slot++) {
			const startField = hoursField(weekday, slot, 'start');
			const endField = hoursField(weekday, slot, 'end');
			const [rawStart, rawEnd] = [text(startField), text(endField)];
			if (!rawStart && !rawEnd) continue;
			if (!rawStart || !rawEnd) {
				fieldErrors[rawStart ? endField : startField] = 'HOURS.INCOMPLETE';
				continue;
			}
			const [start, end] = [parseTime(rawStart), parseTime(rawEnd)];
			if (!start || !end) {
				fieldErrors[start ? endField : startField] = 'HOURS.TIME_INVALID';
				continue;
			}
			if (minutesOf(start) >= minutesOf(end)) {
				fieldErrors[endField] = 'HOURS.START_AFTER_END';
				continue;
			}
			day.push({ period: { weekday, start, end }, startField });
		}
		day.sort((a, b) => minutesOf(a.period.start) - minutesOf(b.period.start));
		for (let i = 1; i < day.length; i++) {
			// Half-open periods: 12:00 ending one period and 12:00 starting the next do not overlap.
			if (minutesOf(day[i]!.period.start) < minutesOf(day[i - 1]!.period.end))
				fieldErrors[day[i]!.startField] = 'HOURS.OVERLAP';
		}
		periods.push(...day.map((d) => d.period));
	}
	if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
	return { ok: true, periods: sortPeriods(periods) };
}

/** The editor's field values for stored periods (the first MAX_PERIODS_PER_DAY of each day). */
export function openingHoursToForm(periods: readonly OpeningPeriod[]): Record<string, string> {
	const values: Record<string, string> = {};
	for (const day of periodsByWeekday(periods))
		day.periods.slice(0, MAX_PERIODS_PER_DAY).forEach((p, slot) => {
			values[hoursField(day.weekday, slot, 'start')] = p.start;
			values[hoursField(day.weekday, slot, 'end')] = p.end;
		});
	return values;
}

/** Every weekday, Monday first, with its periods in order (an empty list: closed that day). */
export function periodsByWeekday(
	periods: readonly OpeningPeriod[]
): { weekday: number; periods: { start: string; end: string }[] }[] {
	const sorted = sortPeriods(periods);
	return WEEKDAYS.map((weekday) => ({
		weekday,
		periods: sorted.filter((p) => p.weekday === weekday).map(({ start, end }) => ({ start, end }))
	}));
}

/** A problem with a whole list of periods (as stored), or null when it is a valid week. */
export function checkOpeningHours(periods: readonly OpeningPeriod[]): HoursProblem | null {
	for (const p of periods) {
		if (!Number.isInteger(p.weekday) || p.weekday < 1 || p.weekday > 7) return 'HOURS.TIME_INVALID';
		if (parseTime(p.start) !== p.start || parseTime(p.end) !== p.end) return 'HOURS.TIME_INVALID';
		if (minutesOf(p.start) >= minutesOf(p.end)) return 'HOURS.START_AFTER_END';
	}
	const sorted = sortPeriods(periods);
	for (let i = 1; i < sorted.length; i++) {
		const [a, b] = [sorted[i - 1]!, sorted[i]!];
		if (a.weekday === b.weekday && minutesOf(b.start) < minutesOf(a.end)) return 'HOURS.OVERLAP';
	}
	return null;
}

/**
 * Periods read back from the database's jsonb column. Anything that is not a valid week (a
 * hand-edited row, an older shape) is treated as "on request" rather than shown wrong.
 */
export function openingHoursFromStorage(raw: unknown): OpeningPeriod[] {
	if (!Array.isArray(raw)) return [];
	const periods = raw.filter(
		(p): p is OpeningPeriod =>
			typeof p === 'object' &&
			p !== null &&
			typeof (p as OpeningPeriod).weekday === 'number' &&
			typeof (p as OpeningPeriod).start === 'string' &&
			typeof (p as OpeningPeriod).end === 'string'
	);
	if (periods.length !== raw.length || checkOpeningHours(periods)) return [];
	return sortPeriods(periods.map(({ weekday, start, end }) => ({ weekday, start, end })));
}
