/**
 * Checks any rota against the members' stated constraints, independently of how it was made:
 * the solver's rota and the greedy one alike are checked here before anyone sees them, and a
 * swap is checked here before it is accepted. It reads the constraints as stated (intervals,
 * days off, pattern), not the grid segments the candidate shifts are built from.
 */
import {
	AFTERNOONS_START,
	effectiveMaxMinutes,
	MORNINGS_END,
	overlapsInterval,
	type RotaProblem,
	type Shift
} from './problem.js';

export type RotaViolationCode =
	| 'UNKNOWN_MEMBER'
	| 'OFF_GRID'
	| 'OUTSIDE_DAY'
	| 'TOO_SHORT'
	| 'TOO_LONG'
	| 'DAY_OFF'
	| 'UNAVAILABLE'
	| 'PATTERN'
	| 'TWO_SHIFTS_A_DAY'
	| 'MAX_HOURS';

export interface RotaViolation {
	code: RotaViolationCode;
	memberId: string;
	weekday?: number;
	/** For UNAVAILABLE: the kind of unavailability crossed (school_pickup…). */
	detail?: string;
}

export function validateRota(problem: RotaProblem, shifts: readonly Shift[]): RotaViolation[] {
	const s = problem.settings;
	const out: RotaViolation[] = [];
	const members = new Map(problem.members.map((m) => [m.memberId, m]));
	const perDay = new Set<string>();
	const minutes = new Map<string, number>();
	for (const sh of shifts) {
		const v = (code: RotaViolationCode, detail?: string) =>
			out.push({ code, memberId: sh.memberId, weekday: sh.weekday, ...(detail ? { detail } : {}) });
		const m = members.get(sh.memberId);
		if (!m) {
			v('UNKNOWN_MEMBER');
			continue;
		}
		if ((sh.start - s.dayStart) % s.slotMinutes !== 0 || (sh.end - s.dayStart) % s.slotMinutes !== 0) v('OFF_GRID');
		if (sh.start < s.dayStart || sh.end > s.dayEnd) v('OUTSIDE_DAY');
		if (sh.end - sh.start < s.minShiftMinutes) v('TOO_SHORT');
		if (sh.end - sh.start > s.maxShiftMinutes) v('TOO_LONG');
		if (m.daysOff.includes(sh.weekday)) v('DAY_OFF');
		for (const u of m.unavailable)
			if (u.weekday === sh.weekday && overlapsInterval(u, sh)) {
				v('UNAVAILABLE', u.kind);
				break;
			}
		if (
			(m.pattern === 'mornings' && sh.end > MORNINGS_END) ||
			(m.pattern === 'afternoons' && sh.start < AFTERNOONS_START)
		)
			v('PATTERN');
		const day = `${sh.memberId}|${sh.weekday}`;
		if (perDay.has(day)) v('TWO_SHIFTS_A_DAY');
		perDay.add(day);
		minutes.set(sh.memberId, (minutes.get(sh.memberId) ?? 0) + sh.end - sh.start);
	}
	for (const [memberId, worked] of minutes) {
		const m = members.get(memberId)!;
		if (worked > effectiveMaxMinutes(m, s)) out.push({ code: 'MAX_HOURS', memberId });
	}
	return out;
}
