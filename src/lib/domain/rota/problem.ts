/**
 * Team rotas: an organisation plans its team's weekly shifts. The week is a grid (30 minutes by
 * default) from `dayStart` to `dayEnd`; times are minutes since local midnight, intervals
 * half-open [start, end). Each member states her own constraints; the organiser states how many
 * people are needed per weekday and time block. Pure data and the rules that read it: which
 * minutes a member can work, and the weekly figures a rota is judged on.
 */
import type { Weekday } from '../planner/problem.js';

export type { Weekday };
export const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** Why a member cannot work at some time: school runs are told apart so that reasons can name them. */
export const UNAVAILABILITY_KINDS = ['school_dropoff', 'school_pickup', 'other'] as const;
export type UnavailabilityKind = (typeof UNAVAILABILITY_KINDS)[number];

/** A part-time choice of *when*: mornings end by 14:00, afternoons start at 12:00 or later. */
export const WORK_PATTERNS = ['any', 'mornings', 'afternoons'] as const;
export type WorkPattern = (typeof WORK_PATTERNS)[number];
export const MORNINGS_END = 14 * 60;
export const AFTERNOONS_START = 12 * 60;

export interface Unavailability {
	weekday: Weekday;
	start: number;
	end: number;
	kind: UnavailabilityKind;
}

export interface MemberConstraints {
	memberId: string;
	unavailable: readonly Unavailability[];
	daysOff: readonly Weekday[];
	/** Hard weekly maximum, in minutes. */
	maxMinutes: number;
	/** What she would like to work, in minutes a week: the fairness target. */
	wishedMinutes: number;
	/** A part-time contract (e.g. 60): caps the week at this share of the full-time week. */
	partTimePercent: number | null;
	pattern: WorkPattern;
}

export interface StaffingNeed {
	weekday: Weekday;
	start: number;
	end: number;
	people: number;
}

export interface RotaSettings {
	slotMinutes: number;
	dayStart: number;
	dayEnd: number;
	minShiftMinutes: number;
	maxShiftMinutes: number;
	/** The full-time week a part-time percentage is a share of (35 h in France). */
	fullTimeMinutes: number;
	/** School days and hours: shifts inside them are preferred (children are at school). */
	schoolDays: readonly Weekday[];
	schoolStart: number;
	schoolEnd: number;
	timeLimitSeconds: number;
}

export interface RotaProblem {
	settings: RotaSettings;
	needs: readonly StaffingNeed[];
	members: readonly MemberConstraints[];
}

export interface Shift {
	memberId: string;
	weekday: Weekday;
	start: number;
	end: number;
}

/** French school days (no school on Wednesday afternoon for most primary schools: Wednesday is left out). */
export const DEFAULT_SETTINGS: RotaSettings = {
	slotMinutes: 30,
	dayStart: 7 * 60,
	dayEnd: 21 * 60,
	minShiftMinutes: 2 * 60,
	maxShiftMinutes: 7 * 60,
	fullTimeMinutes: 35 * 60,
	schoolDays: [1, 2, 4, 5],
	schoolStart: 8 * 60 + 30,
	schoolEnd: 16 * 60 + 30,
	timeLimitSeconds: 10
};

/** The most a member may work in a week: her maximum, capped by her part-time share. */
export function effectiveMaxMinutes(m: MemberConstraints, s: RotaSettings): number {
	const share =
		m.partTimePercent === null
			? Infinity
			: Math.floor((s.fullTimeMinutes * m.partTimePercent) / 100 / s.slotMinutes) * s.slotMinutes;
	return Math.max(0, Math.min(m.maxMinutes, share));
}

/** Her fairness target: what she wishes, never above what she may work. */
export function targetMinutes(m: MemberConstraints, s: RotaSettings): number {
	return Math.max(0, Math.min(m.wishedMinutes, effectiveMaxMinutes(m, s)));
}

/** The hours her part-time pattern allows on any day, before unavailability. */
export function patternWindow(m: MemberConstraints, s: RotaSettings): [number, number] {
	const start = m.pattern === 'afternoons' ? Math.max(s.dayStart, AFTERNOONS_START) : s.dayStart;
	const end = m.pattern === 'mornings' ? Math.min(s.dayEnd, MORNINGS_END) : s.dayEnd;
	return [start, end];
}

/**
 * The stretches of a day she can work, on the grid: the pattern's window minus every stated
 * unavailability, each stretch shrunk to whole slots (a pick-up at 16:15 closes the 16:00 slot).
 */
export function availableSegments(m: MemberConstraints, weekday: Weekday, s: RotaSettings): [number, number][] {
	if (m.daysOff.includes(weekday)) return [];
	const [from, to] = patternWindow(m, s);
	const blocked = m.unavailable
		.filter((u) => u.weekday === weekday && u.end > from && u.start < to)
		.map((u) => [u.start, u.end] as const)
		.sort((a, b) => a[0] - b[0]);
	const segments: [number, number][] = [];
	let cursor = from;
	for (const [start, end] of [...blocked, [to, to] as const]) {
		const a = Math.ceil((cursor - s.dayStart) / s.slotMinutes) * s.slotMinutes + s.dayStart;
		const b = Math.floor((Math.min(start, to) - s.dayStart) / s.slotMinutes) * s.slotMinutes + s.dayStart;
		if (b > a) segments.push([a, b]);
		cursor = Math.max(cursor, end);
	}
	return segments;
}

export const overlapsInterval = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/** Minutes of a shift outside school hours (all of it on a day without school). */
export function minutesOutsideSchool(shift: Omit<Shift, 'memberId'>, s: RotaSettings): number {
	const length = shift.end - shift.start;
	if (!s.schoolDays.includes(shift.weekday)) return length;
	const inside = Math.max(0, Math.min(shift.end, s.schoolEnd) - Math.max(shift.start, s.schoolStart));
	return length - inside;
}

/** People needed in each slot of each day: needs that overlap add up. Index: weekday − 1, slot. */
export function demandGrid(problem: Pick<RotaProblem, 'needs' | 'settings'>): number[][] {
	const s = problem.settings;
	const slots = (s.dayEnd - s.dayStart) / s.slotMinutes;
	const grid = WEEK.map(() => new Array<number>(slots).fill(0));
	for (const n of problem.needs)
		for (let i = 0; i < slots; i++) {
			const t = s.dayStart + i * s.slotMinutes;
			if (t >= n.start && t + s.slotMinutes <= n.end) grid[n.weekday - 1]![i]! += n.people;
		}
	return grid;
}

/** People at work in each slot of each day. */
export function coverageGrid(problem: Pick<RotaProblem, 'settings'>, shifts: readonly Shift[]): number[][] {
	const s = problem.settings;
	const slots = (s.dayEnd - s.dayStart) / s.slotMinutes;
	const grid = WEEK.map(() => new Array<number>(slots).fill(0));
	for (const sh of shifts)
		for (let t = Math.max(sh.start, s.dayStart); t < Math.min(sh.end, s.dayEnd); t += s.slotMinutes)
			grid[sh.weekday - 1]![(t - s.dayStart) / s.slotMinutes]! += 1;
	return grid;
}

export interface RotaScore {
	/** Person-slots of need covered, and asked for. */
	covered: number;
	demand: number;
	/** The largest gap between a member's hours and her target, relative to that target. */
	maxDeviation: number;
	outsideSchoolMinutes: number;
	shifts: number;
}

export function scoreRota(problem: RotaProblem, shifts: readonly Shift[]): RotaScore {
	const demand = demandGrid(problem);
	const cover = coverageGrid(problem, shifts);
	let covered = 0;
	let total = 0;
	demand.forEach((day, d) =>
		day.forEach((need, i) => {
			total += need;
			covered += Math.min(need, cover[d]![i]!);
		})
	);
	let maxDeviation = 0;
	for (const m of problem.members) {
		const target = targetMinutes(m, problem.settings);
		if (target === 0) continue;
		const worked = shifts.filter((x) => x.memberId === m.memberId).reduce((sum, x) => sum + x.end - x.start, 0);
		maxDeviation = Math.max(maxDeviation, Math.abs(worked - target) / target);
	}
	return {
		covered,
		demand: total,
		maxDeviation,
		outsideSchoolMinutes: shifts.reduce((sum, x) => sum + minutesOutsideSchool(x, problem.settings), 0),
		shifts: shifts.length
	};
}

/** Negative when a is the better rota: coverage first, then fairness, then school hours, then fewer shifts. */
export function compareRotaScores(a: RotaScore, b: RotaScore): number {
	if (a.covered !== b.covered) return b.covered - a.covered;
	if (Math.abs(a.maxDeviation - b.maxDeviation) > 1e-6) return a.maxDeviation - b.maxDeviation;
	if (a.outsideSchoolMinutes !== b.outsideSchoolMinutes) return a.outsideSchoolMinutes - b.outsideSchoolMinutes;
	return a.shifts - b.shifts;
}

export function workedMinutes(shifts: readonly Shift[], memberId: string): number {
	return shifts.filter((x) => x.memberId === memberId).reduce((sum, x) => sum + x.end - x.start, 0);
}
