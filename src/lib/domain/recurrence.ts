/**
 * Recurrence rules, the subset of RFC 5545 §3.3.10 (RRULE) that room bookings need: FREQ DAILY,
 * WEEKLY or MONTHLY, INTERVAL, BYDAY (with ordinals such as 2TU or -1FR for MONTHLY only),
 * BYMONTHDAY (negative counts from the month's end), BYSETPOS, COUNT, UNTIL and WKST.
 *
 * Everything else (YEARLY, BYMONTH, BYHOUR, …) is rejected with RRULE.INVALID rather than
 * silently ignored: a rule we half-understand would book the wrong days.
 *
 * Rules expand to calendar dates only. The time of day is the series' wall-clock time, applied
 * afterwards in the commune's zone (occurrences.ts), so daylight saving never moves a date.
 *
 * One deliberate difference from RFC 5545: the first date (DTSTART) is an occurrence only when it
 * matches the rule (as in most implementations, e.g. python-dateutil); RFC 5545 would always
 * count it. A request "Tuesdays from Monday 1st" therefore starts on Tuesday 2nd.
 */
import { fail, ok, type Result } from './result.js';
import { addDays, daysInMonth, isLocalDate, weekdayOf, type LocalDate } from './zoned-time.js';

export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export interface RecurrenceRule {
	freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
	interval: number;
	/** ordinal (2TU, -1FR) only with MONTHLY */
	byDay: { weekday: Weekday; ordinal?: number }[];
	byMonthDay: number[];
	bySetPos: number[];
	count?: number;
	/** Last date that may be an occurrence (inclusive), a local date. */
	until?: LocalDate;
	weekStart?: Weekday;
}

/** Hard limits of one expansion: a series is at most two years or 750 occurrences. */
export const MAX_OCCURRENCES = 750;
export const MAX_SPAN_DAYS = 731;
/** Larger intervals are almost certainly typing mistakes, and would make iteration pointless. */
const MAX_INTERVAL = 1000;

const INVALID = 'RRULE.INVALID' as const;
type Invalid = typeof INVALID;

/** ISO weekday number (1 = Monday) of a weekday code. */
export function weekdayNumber(day: Weekday): number {
	return WEEKDAYS.indexOf(day) + 1;
}

export function weekdayCode(date: LocalDate): Weekday {
	return WEEKDAYS[weekdayOf(date) - 1]!;
}

const INTEGER = /^[+-]?\d{1,4}$/;

function parseIntegerList(value: string, min: number, max: number): number[] | null {
	const out: number[] = [];
	for (const item of value.split(',')) {
		if (!INTEGER.test(item)) return null;
		const n = Number(item);
		if (n === 0 || n < min || n > max) return null;
		if (!out.includes(n)) out.push(n);
	}
	return out;
}

/**
 * UNTIL is read as a local date. A date-time UNTIL at exactly midnight (the form most clients
 * write for "until the 24th", e.g. 19971224T000000Z) excludes that day: occurrences that start
 * during the day are after it. Any other time keeps its date.
 */
function parseUntil(value: string): LocalDate | null {
	const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
	if (!m) return null;
	const date = `${m[1]}-${m[2]}-${m[3]}`;
	if (!isLocalDate(date)) return null;
	if (m[4] !== undefined) {
		if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60) return null;
		if (m[4] === '00' && m[5] === '00' && m[6] === '00') return addDays(date, -1);
	}
	return date;
}

/** Parses an RRULE value ('FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270630', with or without 'RRULE:'). */
export function parseRule(text: string): Result<RecurrenceRule, Invalid> {
	const body = text.trim().replace(/^RRULE:/i, '');
	if (body === '' || body.length > 500) return fail(INVALID);
	const seen = new Map<string, string>();
	for (const part of body.split(';')) {
		const eq = part.indexOf('=');
		if (eq <= 0) return fail(INVALID);
		const key = part.slice(0, eq).toUpperCase();
		if (seen.has(key)) return fail(INVALID);
		seen.set(key, part.slice(eq + 1).toUpperCase());
	}
	const allowed = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST']);
	for (const key of seen.keys()) if (!allowed.has(key)) return fail(INVALID);

	const freq = seen.get('FREQ');
	if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') return fail(INVALID);
	const rule: RecurrenceRule = { freq, interval: 1, byDay: [], byMonthDay: [], bySetPos: [] };

	const interval = seen.get('INTERVAL');
	if (interval !== undefined) {
		if (!/^\d{1,4}$/.test(interval)) return fail(INVALID);
		rule.interval = Number(interval);
		if (rule.interval < 1 || rule.interval > MAX_INTERVAL) return fail(INVALID);
	}

	const byDay = seen.get('BYDAY');
	if (byDay !== undefined) {
		for (const item of byDay.split(',')) {
			const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
			if (!m) return fail(INVALID);
			const weekday = m[2] as Weekday;
			if (m[1] !== undefined) {
				const ordinal = Number(m[1]);
				// Ordinals only mean something within a month here (no YEARLY): 1..5 or -5..-1.
				if (freq !== 'MONTHLY' || ordinal === 0 || Math.abs(ordinal) > 5) return fail(INVALID);
				if (rule.byDay.some((d) => d.weekday === weekday && d.ordinal === ordinal)) continue;
				rule.byDay.push({ weekday, ordinal });
			} else {
				if (rule.byDay.some((d) => d.weekday === weekday && d.ordinal === undefined)) continue;
				rule.byDay.push({ weekday });
			}
		}
	}

	const byMonthDay = seen.get('BYMONTHDAY');
	if (byMonthDay !== undefined) {
		// RFC 5545: BYMONTHDAY MUST NOT be specified when FREQ is WEEKLY.
		if (freq === 'WEEKLY') return fail(INVALID);
		const list = parseIntegerList(byMonthDay, -31, 31);
		if (!list) return fail(INVALID);
		rule.byMonthDay = list;
	}

	const bySetPos = seen.get('BYSETPOS');
	if (bySetPos !== undefined) {
		// BYSETPOS only selects among what another BYxxx rule part produced.
		if (byDay === undefined && byMonthDay === undefined) return fail(INVALID);
		const list = parseIntegerList(bySetPos, -366, 366);
		if (!list) return fail(INVALID);
		rule.bySetPos = list;
	}

	const count = seen.get('COUNT');
	const until = seen.get('UNTIL');
	if (count !== undefined && until !== undefined) return fail(INVALID);
	if (count !== undefined) {
		if (!/^\d{1,6}$/.test(count) || Number(count) < 1) return fail(INVALID);
		rule.count = Number(count);
	}
	if (until !== undefined) {
		const date = parseUntil(until);
		if (!date) return fail(INVALID);
		rule.until = date;
	}

	const wkst = seen.get('WKST');
	if (wkst !== undefined) {
		if (!(WEEKDAYS as readonly string[]).includes(wkst)) return fail(INVALID);
		rule.weekStart = wkst as Weekday;
	}
	return ok(rule);
}

/** The canonical text of a rule: parseRule(formatRule(r)) gives r back. */
export function formatRule(rule: RecurrenceRule): string {
	const parts = [`FREQ=${rule.freq}`];
	if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
	if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${d.weekday}`).join(',')}`);
	if (rule.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
	if (rule.bySetPos.length > 0) parts.push(`BYSETPOS=${rule.bySetPos.join(',')}`);
	if (rule.weekStart) parts.push(`WKST=${rule.weekStart}`);
	if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
	if (rule.until !== undefined) parts.push(`UNTIL=${rule.until.replaceAll('-', '')}`);
	return parts.join(';');
}

function ymd(year: number, month: number, day: number): LocalDate {
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function applySetPos(candidates: LocalDate[], bySetPos: number[]): LocalDate[] {
	if (bySetPos.length === 0) return candidates;
	const picked = new Set<LocalDate>();
	for (const pos of bySetPos) {
		const index = pos > 0 ? pos - 1 : candidates.length + pos;
		const date = candidates[index];
		if (date !== undefined) picked.add(date);
	}
	return [...picked].sort();
}

function matchesMonthDay(date: LocalDate, byMonthDay: number[]): boolean {
	if (byMonthDay.length === 0) return true;
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const last = daysInMonth(y, m);
	return byMonthDay.some((n) => (n > 0 ? n === d : last + n + 1 === d));
}

/** Does a date of a month match a BYDAY entry (an ordinal counts that weekday within the month)? */
function matchesDay(date: LocalDate, entry: { weekday: Weekday; ordinal?: number }): boolean {
	if (weekdayCode(date) !== entry.weekday) return false;
	if (entry.ordinal === undefined) return true;
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	if (entry.ordinal > 0) return Math.ceil(d / 7) === entry.ordinal;
	return Math.ceil((daysInMonth(y, m) - d + 1) / 7) === -entry.ordinal;
}

/** The candidate dates of one period (a day, a week or a month), sorted, before BYSETPOS. */
function periodCandidates(
	rule: RecurrenceRule,
	startsOn: LocalDate,
	k: number
): { first: LocalDate; dates: LocalDate[] } {
	if (rule.freq === 'DAILY') {
		const day = addDays(startsOn, k * rule.interval);
		const keep =
			(rule.byDay.length === 0 || rule.byDay.some((d) => matchesDay(day, d))) && matchesMonthDay(day, rule.byMonthDay);
		return { first: day, dates: keep ? [day] : [] };
	}
	if (rule.freq === 'WEEKLY') {
		const wkst = weekdayNumber(rule.weekStart ?? 'MO');
		const weekOfStart = addDays(startsOn, -((weekdayOf(startsOn) - wkst + 7) % 7));
		const first = addDays(weekOfStart, 7 * k * rule.interval);
		const days = rule.byDay.length > 0 ? rule.byDay.map((d) => weekdayNumber(d.weekday)) : [weekdayOf(startsOn)];
		const dates = [...new Set(days.map((n) => addDays(first, (n - wkst + 7) % 7)))].sort();
		return { first, dates };
	}
	const [y0, m0, d0] = startsOn.split('-').map(Number) as [number, number, number];
	const monthIndex = y0 * 12 + (m0 - 1) + k * rule.interval;
	const year = Math.floor(monthIndex / 12);
	const month = (monthIndex % 12) + 1;
	const last = daysInMonth(year, month);
	const first = ymd(year, month, 1);
	const dates: LocalDate[] = [];
	if (rule.byMonthDay.length === 0 && rule.byDay.length === 0) {
		// Same day of the month as the first date; months without it (the 31st in April) are skipped.
		if (d0 <= last) dates.push(ymd(year, month, d0));
	} else {
		for (let day = 1; day <= last; day++) {
			const date = ymd(year, month, day);
			if (!matchesMonthDay(date, rule.byMonthDay)) continue;
			if (rule.byDay.length > 0 && !rule.byDay.some((d) => matchesDay(date, d))) continue;
			dates.push(date);
		}
	}
	return { first, dates };
}

/**
 * Dates of a rule from startsOn, in order, never after `to` (inclusive), at most `limit` of them.
 * Defaults: two years from startsOn and MAX_OCCURRENCES. COUNT counts every date the rule makes
 * (RFC 5545: excluded dates still count), UNTIL is inclusive.
 */
export function expandRule(
	rule: RecurrenceRule,
	startsOn: LocalDate,
	options: { to?: LocalDate; limit?: number } = {}
): LocalDate[] {
	const limit = options.limit ?? MAX_OCCURRENCES;
	let end = options.to ?? addDays(startsOn, MAX_SPAN_DAYS);
	if (rule.until !== undefined && rule.until < end) end = rule.until;
	const out: LocalDate[] = [];
	if (limit <= 0 || end < startsOn) return out;
	let produced = 0;
	for (let k = 0; ; k++) {
		const { first, dates } = periodCandidates(rule, startsOn, k);
		if (first > end) break;
		for (const date of applySetPos(dates, rule.bySetPos)) {
			if (date < startsOn) continue;
			if (date > end) return out;
			if (rule.count !== undefined && produced >= rule.count) return out;
			produced++;
			out.push(date);
			if (out.length >= limit) return out;
		}
		if (rule.count !== undefined && produced >= rule.count) break;
	}
	return out;
}
