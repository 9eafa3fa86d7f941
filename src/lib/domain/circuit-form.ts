/**
 * An itinerant circuit (tournée): one organisation's service — a crèche in a van, a mobile
 * library — visiting rooms with van access on given weekdays over a period, e.g. Monday and
 * Tuesday in one quartier, Thursday and Friday in another, 8:00–19:00. Each leg becomes a weekly
 * series; the circuit is requested, and decided, as one unit.
 *
 * The form is plain HTML without JavaScript: a fixed number of leg rows (LEG_ROWS), each a room,
 * weekday checkboxes and hours. Empty rows are ignored.
 */
import type { FieldErrors } from './account-forms.js';
import {
	addDays,
	daysBetween,
	isLocalDate,
	isLocalTime,
	weekdayOf,
	type LocalDate,
	type LocalTime
} from './zoned-time.js';

export const LEG_ROWS = 4;
/** Longest period one request may cover: a school year and a bit, so that a mistyped year is caught. */
export const MAX_PERIOD_DAYS = 400;
export const CALENDAR_FILTERS = ['all', 'school_periods', 'holidays'] as const;
export type CalendarFilter = (typeof CALENDAR_FILTERS)[number];
export const CIRCUIT_STATUSES = ['pending', 'partly_confirmed', 'confirmed', 'refused', 'cancelled'] as const;
export type CircuitStatus = (typeof CIRCUIT_STATUSES)[number];

/** RFC 5545 weekday codes, indexed by ISO weekday (1 = Monday). */
export const RRULE_DAYS = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface CircuitLeg {
	/** The form row it came from, so that a problem found later is shown beside it. */
	row: number;
	roomId: string;
	/** ISO weekdays, 1 = Monday … 7 = Sunday, ascending. */
	weekdays: number[];
	start: LocalTime;
	end: LocalTime;
}

export interface CircuitForm {
	organisationId: string;
	initiativeId: string | null;
	title: string;
	from: LocalDate;
	until: LocalDate;
	calendarFilter: CalendarFilter;
	/** Shown to residents on the quartier and initiative pages once confirmed. */
	isPublic: boolean;
	legs: CircuitLeg[];
}

/** Field names of one leg row, so that errors land beside the right input. */
export const legField = (row: number, name: 'roomId' | 'weekdays' | 'start' | 'end') => `leg${row}_${name}`;

/** The list fields (weekday checkboxes) for formValuesWithLists. */
export const LEG_LIST_FIELDS = Array.from({ length: LEG_ROWS }, (_, row) => legField(row, 'weekdays'));

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : typeof v === 'string' ? [v.trim()] : []);

/**
 * Reads the circuit form. Errors are stable codes keyed by field (`form` when about the whole),
 * turned into sentences by the interface.
 */
export function parseCircuitForm(
	values: Record<string, unknown>
): { ok: true; data: CircuitForm } | { ok: false; fieldErrors: FieldErrors } {
	const errors: FieldErrors = {};
	const organisationId = str(values.organisationId);
	if (!organisationId) errors.organisationId = 'FIELD.REQUIRED';
	const initiativeId = str(values.initiativeId) || null;
	const title = str(values.title);
	if (!title) errors.title = 'FIELD.REQUIRED';
	else if (title.length < 3) errors.title = 'TEXT.TOO_SHORT';
	else if (title.length > 120) errors.title = 'TEXT.TOO_LONG';

	const from = str(values.from);
	const until = str(values.until);
	if (!from) errors.from = 'FIELD.REQUIRED';
	else if (!isLocalDate(from)) errors.from = 'DATE.INVALID';
	if (!until) errors.until = 'FIELD.REQUIRED';
	else if (!isLocalDate(until)) errors.until = 'DATE.INVALID';
	else if (!errors.from && until < from) errors.until = 'CIRCUITS.UNTIL_BEFORE_FROM';
	else if (!errors.from && daysBetween(from, until) > MAX_PERIOD_DAYS) errors.until = 'CIRCUITS.PERIOD_TOO_LONG';

	const filter = str(values.calendarFilter) || 'all';
	if (!(CALENDAR_FILTERS as readonly string[]).includes(filter)) errors.calendarFilter = 'CHOICE.INVALID';

	const legs: CircuitLeg[] = [];
	const dayOwner = new Map<number, number>();
	for (let row = 0; row < LEG_ROWS; row += 1) {
		const roomId = str(values[legField(row, 'roomId')]);
		const rawDays = list(values[legField(row, 'weekdays')]).filter((d) => d !== '');
		const start = str(values[legField(row, 'start')]);
		const end = str(values[legField(row, 'end')]);
		// A row left as it came (no room, no day) is not a leg; hours alone are prefilled defaults.
		if (!roomId && rawDays.length === 0) continue;
		let rowOk = true;
		if (!roomId) {
			errors[legField(row, 'roomId')] = 'CIRCUITS.LEG_ROOM_REQUIRED';
			rowOk = false;
		}
		const weekdays = [...new Set(rawDays.map(Number))].sort((a, b) => a - b);
		if (weekdays.length === 0) {
			errors[legField(row, 'weekdays')] = 'CIRCUITS.LEG_WEEKDAYS_REQUIRED';
			rowOk = false;
		} else if (weekdays.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
			errors[legField(row, 'weekdays')] = 'CHOICE.INVALID';
			rowOk = false;
		} else {
			const taken = weekdays.find((d) => dayOwner.has(d));
			if (taken !== undefined) {
				// The van is in one place a day: a weekday belongs to one leg only.
				errors[legField(row, 'weekdays')] = 'CIRCUITS.WEEKDAY_TWICE';
				rowOk = false;
			}
			for (const d of weekdays) if (!dayOwner.has(d)) dayOwner.set(d, row);
		}
		if (!isLocalTime(start)) {
			errors[legField(row, 'start')] = start ? 'CIRCUITS.TIME_INVALID' : 'FIELD.REQUIRED';
			rowOk = false;
		}
		if (!isLocalTime(end)) {
			errors[legField(row, 'end')] = end ? 'CIRCUITS.TIME_INVALID' : 'FIELD.REQUIRED';
			rowOk = false;
		} else if (isLocalTime(start) && end <= start) {
			errors[legField(row, 'end')] = 'CIRCUITS.END_BEFORE_START';
			rowOk = false;
		}
		if (rowOk) legs.push({ row, roomId, weekdays, start, end });
	}
	if (legs.length === 0 && !Object.keys(errors).some((k) => k.startsWith('leg')))
		errors[legField(0, 'roomId')] = 'CIRCUITS.LEG_REQUIRED';

	if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
	return {
		ok: true,
		data: {
			organisationId,
			initiativeId,
			title,
			from,
			until,
			calendarFilter: filter as CalendarFilter,
			isPublic: values.isPublic === 'on' || values.isPublic === 'true',
			legs
		}
	};
}

/** What the use case knows of a leg's room, to check it can receive the van. */
export interface LegRoomFacts {
	id: string;
	vanAccess: boolean;
}

/**
 * Rooms the legs name must exist and have van access (the service arrives by van and unloads
 * at the door). Returns errors keyed by the leg's room field, or null.
 */
export function checkLegRooms(
	legs: readonly CircuitLeg[],
	rooms: ReadonlyMap<string, LegRoomFacts>
): FieldErrors | null {
	const errors: FieldErrors = {};
	legs.forEach((leg) => {
		const field = legField(leg.row, 'roomId');
		const facts = rooms.get(leg.roomId);
		if (!facts) errors[field] = 'CIRCUITS.ROOM_UNKNOWN';
		else if (!facts.vanAccess) errors[field] = 'CIRCUITS.ROOM_NO_VAN_ACCESS';
	});
	return Object.keys(errors).length > 0 ? errors : null;
}

/** The RRULE value of a leg: weekly on its weekdays until the circuit's last day. */
export function legRule(leg: Pick<CircuitLeg, 'weekdays'>, until: LocalDate): string {
	return `FREQ=WEEKLY;BYDAY=${leg.weekdays.map((d) => RRULE_DAYS[d]).join(',')};UNTIL=${until.replaceAll('-', '')}`;
}

/** Every date from `from` to `until` (inclusive) that falls on one of the leg's weekdays. */
export function legDates(weekdays: readonly number[], from: LocalDate, until: LocalDate): LocalDate[] {
	const dates: LocalDate[] = [];
	const wanted = new Set(weekdays);
	for (let d = from; d <= until; d = addDays(d, 1)) if (wanted.has(weekdayOf(d))) dates.push(d);
	return dates;
}

/** What a leg's bookings say: a leg is decided as one, so its bookings (still to come) share a status. */
export type LegStatus = 'pending' | 'confirmed' | 'refused' | 'cancelled';

export function legStatus(bookingStatuses: readonly string[]): LegStatus {
	if (bookingStatuses.includes('pending')) return 'pending';
	if (bookingStatuses.includes('confirmed')) return 'confirmed';
	if (bookingStatuses.length > 0 && bookingStatuses.every((s) => s === 'cancelled')) return 'cancelled';
	return 'refused';
}

/**
 * A circuit's status from its legs': confirmed or refused once every leg is; partly confirmed
 * while some legs are decided and others not (two managers), or when one manager confirmed and
 * another refused.
 */
export function circuitStatus(legs: readonly LegStatus[]): CircuitStatus {
	const live = legs.filter((s) => s !== 'cancelled');
	if (live.length === 0) return 'cancelled';
	if (live.every((s) => s === 'pending')) return 'pending';
	if (live.every((s) => s === 'confirmed')) return 'confirmed';
	if (live.every((s) => s === 'refused')) return 'refused';
	return 'partly_confirmed';
}

export const DECISIONS = ['confirm', 'refuse'] as const;
export type CircuitDecision = (typeof DECISIONS)[number];

/** A manager's decision on the legs they manage: refusing needs a reason the requester will read. */
export function parseDecision(
	values: Record<string, unknown>
): { ok: true; data: { decision: CircuitDecision; reason: string | null } } | { ok: false; fieldErrors: FieldErrors } {
	const decision = str(values.decision);
	const reason = str(values.reason);
	if (!(DECISIONS as readonly string[]).includes(decision))
		return { ok: false, fieldErrors: { decision: 'CHOICE.INVALID' } };
	if (reason.length > 1000) return { ok: false, fieldErrors: { reason: 'TEXT.TOO_LONG' } };
	if (decision === 'refuse' && !reason) return { ok: false, fieldErrors: { reason: 'CIRCUITS.REASON_REQUIRED' } };
	return { ok: true, data: { decision: decision as CircuitDecision, reason: reason || null } };
}
