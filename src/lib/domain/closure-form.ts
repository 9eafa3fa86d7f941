/**
 * The form a manager fills to close a room: from and to as local date-times (the commune's wall
 * clock, as <input type="datetime-local"> sends them) and a reason the requesters will read.
 */
import { isLocalDate, isLocalTime, toInstant, type Interval, type LocalDate, type LocalTime } from './zoned-time.js';

export const CLOSURE_REASON_MAX = 300;
/** Longer closures are almost surely a typing mistake in the year. */
export const CLOSURE_MAX_DAYS = 3 * 366;

export interface ClosureInput {
	from: { date: LocalDate; time: LocalTime };
	to: { date: LocalDate; time: LocalTime };
	interval: Interval;
	reason: string;
}

/** '2027-03-01T08:00' (seconds, if a browser adds them, are dropped). */
export function parseLocalDateTime(value: string): { date: LocalDate; time: LocalTime } | null {
	const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
	if (!m || !isLocalDate(m[1]!) || !isLocalTime(m[2]!)) return null;
	return { date: m[1]!, time: m[2]! };
}

export function parseClosureForm(
	values: Record<string, unknown>,
	timeZone: string,
	now: Date
): { ok: true; value: ClosureInput } | { ok: false; fieldErrors: Record<string, string> } {
	const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string).trim() : '');
	const fieldErrors: Record<string, string> = {};
	const from = text('from') ? parseLocalDateTime(text('from')) : null;
	const to = text('to') ? parseLocalDateTime(text('to')) : null;
	const reason = text('reason').replace(/\s+/g, ' ');
	if (!text('from')) fieldErrors.from = 'FIELD.REQUIRED';
	else if (!from) fieldErrors.from = 'TIME.DATETIME_INVALID';
	if (!text('to')) fieldErrors.to = 'FIELD.REQUIRED';
	else if (!to) fieldErrors.to = 'TIME.DATETIME_INVALID';
	if (!reason) fieldErrors.reason = 'FIELD.REQUIRED';
	else if (reason.length > CLOSURE_REASON_MAX) fieldErrors.reason = 'TIME.CLOSURE_REASON_LENGTH';
	if (from && to) {
		const interval = { start: toInstant(from.date, from.time, timeZone), end: toInstant(to.date, to.time, timeZone) };
		if (interval.end <= interval.start) fieldErrors.to = 'TIME.CLOSURE_END_BEFORE_START';
		else if (interval.end <= now) fieldErrors.to = 'TIME.CLOSURE_PAST';
		else if (interval.end.getTime() - interval.start.getTime() > CLOSURE_MAX_DAYS * 86_400_000)
			fieldErrors.to = 'TIME.CLOSURE_TOO_LONG';
		if (Object.keys(fieldErrors).length === 0) return { ok: true, value: { from, to, interval, reason } };
	}
	return { ok: false, fieldErrors };
}
