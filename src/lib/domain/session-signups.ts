/**
 * Sign-ups for an initiative's sessions: who holds a place, who waits, and who moves up when a
 * place frees. Pure rules: the use cases apply the changes they return inside one transaction
 * that holds the session's lock, so the same rules hold under concurrent requests.
 */
import { z } from 'zod';
import { optionalPhone, text } from './form-fields.js';

export const SIGNUP_STATUSES = ['confirmed', 'waiting', 'cancelled', 'attended', 'absent'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/** Attendance, as the organiser records it for each place after the session. */
export const ATTENDANCE_MARKS = ['attended', 'absent'] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];

export interface SignupState {
	id: string;
	status: SignupStatus;
	/** Order in the waiting list; null unless waiting. */
	position: number | null;
}

/** A place is held by a confirmed sign-up, and still after the organiser marked attendance. */
export const holdsPlace = (status: SignupStatus): boolean =>
	status === 'confirmed' || status === 'attended' || status === 'absent';

export const isLive = (status: SignupStatus): boolean => status !== 'cancelled';

export function placesTaken(signups: readonly SignupState[]): number {
	return signups.filter((s) => holdsPlace(s.status)).length;
}

export function placesLeft(signups: readonly SignupState[], capacity: number): number {
	return Math.max(0, capacity - placesTaken(signups));
}

export function waitingList(signups: readonly SignupState[]): SignupState[] {
	return signups.filter((s) => s.status === 'waiting').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

/** Where a new sign-up goes: a place if one is left, otherwise the end of the waiting list. */
export function placeFor(
	signups: readonly SignupState[],
	capacity: number
): { status: 'confirmed'; position: null } | { status: 'waiting'; position: number } {
	// Nobody jumps the queue: while people wait, a newcomer waits too (a place freed is theirs).
	if (placesLeft(signups, capacity) > 0 && waitingList(signups).length === 0)
		return { status: 'confirmed', position: null };
	const last = signups.reduce((max, s) => (s.position !== null && s.position > max ? s.position : max), 0);
	return { status: 'waiting', position: last + 1 };
}

/**
 * The people who move from the waiting list to a place, first come first served, as many as
 * there are free places (after a cancellation, or when the capacity grows).
 */
export function promotions(signups: readonly SignupState[], capacity: number): string[] {
	return waitingList(signups)
		.slice(0, placesLeft(signups, capacity))
		.map((s) => s.id);
}

/** Applies a cancellation and the promotions it frees, returning the new states and who moved up. */
export function cancel(
	signups: readonly SignupState[],
	id: string,
	capacity: number
): { signups: SignupState[]; promoted: string[] } {
	const after = signups.map((s) => (s.id === id ? { ...s, status: 'cancelled' as const, position: null } : s));
	const promoted = promotions(after, capacity);
	const moved = new Set(promoted);
	return {
		signups: after.map((s) => (moved.has(s.id) ? { ...s, status: 'confirmed' as const, position: null } : s)),
		promoted
	};
}

/** Who may be cancelled: a live sign-up whose session has not started. */
export const isCancellable = (status: SignupStatus): boolean => status === 'confirmed' || status === 'waiting';

/** A name as the person gave it at the counter, and a phone number if she gave one (no e-mail). */
export const counterSignupForm = z.object({
	displayName: text(100),
	phone: optionalPhone
});
export type CounterSignup = z.infer<typeof counterSignupForm>;

export const SESSION_CAPACITY_MAX = 500;

/** A number of places, 1 to SESSION_CAPACITY_MAX; empty means "the initiative's default". */
export const capacityField = z
	.string()
	.trim()
	.optional()
	.transform((v) => v || null)
	.refine((v) => v === null || /^\d+$/.test(v), 'SESSION.CAPACITY_INVALID')
	.transform((v) => (v === null ? null : Number(v)))
	.refine((v) => v === null || (v >= 1 && v <= SESSION_CAPACITY_MAX), 'SESSION.CAPACITY_INVALID');

/** The field of one sign-up in the attendance form: `a_<signup id>` = attended | absent. */
export const attendanceField = (signupId: string): string => `a_${signupId}`;

/**
 * Reads the attendance form for the given sign-ups: every listed place must be marked, and only
 * with attended or absent; a missing or unknown mark is an error on that field.
 */
export function parseAttendance(
	values: Record<string, unknown>,
	signupIds: readonly string[]
): { ok: true; marks: Map<string, AttendanceMark> } | { ok: false; fieldErrors: Record<string, string> } {
	const marks = new Map<string, AttendanceMark>();
	const fieldErrors: Record<string, string> = {};
	for (const id of signupIds) {
		const v = values[attendanceField(id)];
		if (v === 'attended' || v === 'absent') marks.set(id, v);
		else fieldErrors[attendanceField(id)] = 'SESSION.ATTENDANCE_REQUIRED';
	}
	return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, marks };
}
