/**
 * Wall-clock time in an IANA zone, and the instants it stands for. Bookings are stored as
 * instants (timestamptz) but requested and shown in the commune's local time: "Tuesdays
 * 12:00–14:00" must stay 12:00–14:00 on both sides of a daylight-saving change.
 *
 * Calendar dates are 'YYYY-MM-DD' strings and times 'HH:MM'; arithmetic on dates goes through
 * UTC midnights, which have no daylight saving. Only Intl is used: no time-zone database of our own.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;
/** A wall-clock time of day, 'HH:MM' (24-hour). */
export type LocalTime = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalDate(value: string): boolean {
	const m = DATE_RE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value;
}

export function isLocalTime(value: string): boolean {
	return TIME_RE.test(value);
}

/** The UTC midnight of a date: a day number that ignores time zones. */
function utcDay(date: LocalDate): number {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d);
}

const DAY_MS = 86_400_000;

export function addDays(date: LocalDate, days: number): LocalDate {
	return new Date(utcDay(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from a to b (negative when b is before a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
	return Math.round((utcDay(b) - utcDay(a)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(date: LocalDate): number {
	const day = new Date(utcDay(date)).getUTCDay();
	return day === 0 ? 7 : day;
}

/** The Monday of the ISO week a date falls in. */
export function mondayOf(date: LocalDate): LocalDate {
	return addDays(date, 1 - weekdayOf(date));
}

export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-GB', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

/** True when Intl knows the zone (e.g. 'Europe/Paris', 'America/Cayenne'). */
export function isTimeZone(timeZone: string): boolean {
	try {
		partsFormatter(timeZone);
		return true;
	} catch {
		return false;
	}
}

/** The wall clock of an instant, read from Intl: exact for any date, but a few microseconds a call. */
function readWallClock(instant: Date, timeZone: string) {
	const parts = Object.fromEntries(
		partsFormatter(timeZone)
			.formatToParts(instant)
			.map((p) => [p.type, p.value])
	);
	return {
		date: `${parts.year}-${parts.month}-${parts.day}`,
		time: `${parts.hour}:${parts.minute}`,
		second: Number(parts.second)
	};
}

function readOffsetMinutes(instant: Date, timeZone: string): number {
	const { date, time, second } = readWallClock(instant, timeZone);
	const [h, m] = time.split(':').map(Number) as [number, number];
	const asUtc = utcDay(date) + (h * 60 + m) * 60_000 + second * 1000;
	return Math.round((asUtc - (instant.getTime() - instant.getUTCMilliseconds())) / 60_000);
}

/*
 * Offsets are remembered per zone and quarter of an hour. A calendar or an occupancy page turns
 * thousands of instants into wall-clock times, and Intl was most of their time at city scale
 * (issue 8). A quarter is kept only when its first and last millisecond have the same offset, so
 * no change of offset falls inside it (real zones change at most once in hours, and at whole
 * minutes since 1980; instants before that go to Intl every time, as do quarters with a change).
 */
const QUARTER_MS = 15 * 60_000;
const CACHED_FROM = Date.UTC(1980, 0, 1);
const quarterOffsets = new Map<string, number | null>();

function cachedOffsetMinutes(instant: Date, timeZone: string): number | null {
	const t = instant.getTime();
	if (!(t >= CACHED_FROM)) return null;
	const quarter = Math.floor(t / QUARTER_MS);
	const key = `${timeZone}|${quarter}`;
	let offset = quarterOffsets.get(key);
	if (offset === undefined) {
		const first = readOffsetMinutes(new Date(quarter * QUARTER_MS), timeZone);
		const last = readOffsetMinutes(new Date((quarter + 1) * QUARTER_MS - 1), timeZone);
		offset = first === last ? first : null;
		// About a year of quarters for a few zones; far beyond what the pages ask for at once.
		if (quarterOffsets.size >= 100_000) quarterOffsets.clear();
		quarterOffsets.set(key, offset);
	}
	return offset;
}

/** The local date and time an instant shows on a wall clock of the zone. */
export function toLocal(instant: Date, timeZone: string): { date: LocalDate; time: LocalTime } {
	const offset = cachedOffsetMinutes(instant, timeZone);
	if (offset === null) {
		const { date, time } = readWallClock(instant, timeZone);
		return { date, time };
	}
	const wall = new Date(instant.getTime() + offset * 60_000).toISOString();
	return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** Minutes the zone is ahead of UTC at an instant (+60 in Paris in winter, +120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
	return cachedOffsetMinutes(instant, timeZone) ?? readOffsetMinutes(instant, timeZone);
}

/**
 * The instant a wall-clock time stands for in a zone. A time that does not exist (skipped by the
 * spring change, e.g. 02:30 in Paris on the last Sunday of March) is moved forward by the gap,
 * as RFC 5545 §3.3.5 asks; a time that happens twice (autumn) takes its first occurrence.
 */
export function toInstant(date: LocalDate, time: LocalTime, timeZone: string): Date {
	const [h, m] = time.split(':').map(Number) as [number, number];
	const wall = utcDay(date) + (h * 60 + m) * 60_000;
	// Offsets an hour either side of the guess cover every real zone's transitions.
	const before = offsetMinutes(new Date(wall - 12 * 3_600_000), timeZone);
	const after = offsetMinutes(new Date(wall + 12 * 3_600_000), timeZone);
	const first = new Date(wall - before * 60_000);
	if (toLocal(first, timeZone).time === time && toLocal(first, timeZone).date === date) return first;
	const second = new Date(wall - after * 60_000);
	if (toLocal(second, timeZone).time === time && toLocal(second, timeZone).date === date) return second;
	// Skipped time: the wall clock jumped from before to after; keep the same elapsed time.
	return new Date(wall - before * 60_000);
}

/** A half-open range of instants [start, end). */
export interface Interval {
	start: Date;
	end: Date;
}

/** The instants of a local date between two wall-clock times (end after start, same day). */
export function localInterval(date: LocalDate, start: LocalTime, end: LocalTime, timeZone: string): Interval {
	return { start: toInstant(date, start, timeZone), end: toInstant(date, end, timeZone) };
}

export function overlaps(a: Interval, b: Interval): boolean {
	return a.start < b.end && b.start < a.end;
}

/** PostgreSQL's text form of a half-open tstzrange. */
export function toRangeLiteral(interval: Interval): string {
	return `[${interval.start.toISOString()},${interval.end.toISOString()})`;
}

/** Reads a tstzrange as either driver returns it ('["2026-09-01 09:00:00+02","…")'). */
export function fromRangeLiteral(literal: string): Interval {
	const m = /^[[(]"?([^",]+)"?,"?([^")]+)"?[)\]]$/.exec(literal.trim());
	if (!m) throw new Error(`not a closed range: ${literal}`);
	const parse = (s: string) => new Date(s.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
	return { start: parse(m[1]!), end: parse(m[2]!) };
}
