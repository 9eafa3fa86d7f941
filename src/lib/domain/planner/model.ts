/**
 * The planner's mixed-integer model, built from a PlanProblem as plain arrays (HiGHS reads them
 * as they are), and the way back from a solution to a timetable.
 *
 * Two formulations share everything but the timetable's variables:
 *
 * - 'aggregated' (the one used): a binary per *placement* — activity a in room r on day d within
 *   one window [from, to) where a may run and r is free (an allowed window of a, cut by r's
 *   opening hours and bookings). The start time is not a variable: "energy" rows say that, in
 *   every span [t1, t2) of a free stretch of a room-day, the sessions whose window lies inside it
 *   fit in its minutes. Those rows are necessary, not sufficient (sessions do not split), so a
 *   solution is checked room-day by room-day by an exact sequencing (dynamic programming over
 *   subsets, `sequence`): a set that cannot be sequenced becomes a cut Σ y ≤ |S| − 1 and the
 *   model is solved again (logic-based Benders; HiGHS in WebAssembly has no lazy-constraint
 *   callback, so the loop is outside, with a warm start).
 * - 'time-indexed' (the plain one, kept for the benchmark and as a cross-check): a binary per
 *   start time, with one row per room and slot.
 *
 * Upgrades are chosen per room as one *configuration* (a subset of the room's candidate upgrades)
 * among those not dominated (another as cheap that lets at least the same activities in); an
 * activity may use a room only when the configuration chosen lets it in, asked of `fitsAfter`,
 * the one definition of fit the validator uses too.
 *
 * The objective is lexicographic, solved in two stages (`objectives`): first served weight and
 * upgrade cost together — served weight × (C + 1) − cost, where C bounds any plan's cost, so that
 * one more unit of weight always outweighs every euro — then rooms per activity and, last,
 * sessions on consecutive days (weighted the same way). Weighting all four at once would need
 * factors near 10¹⁰, beyond what the solver's tolerances keep exact.
 */
import { fitsAfter } from './upgrades.js';
import { allowedIntervals, mergeIntervals } from './windows.js';
import {
	sessionLength,
	WEEK,
	type CandidateUpgrade,
	type PlannedSession,
	type PlanProblem,
	type Weekday,
	type WeeklyInterval
} from './problem.js';
import type { Rows, Terms } from '../sparse-model.js';

export type { Rows, Terms };

export type Formulation = 'aggregated' | 'time-indexed';

/** Activity a may run in room r on `weekday`, starting anywhere in [from, to − length] on the grid. */
export interface Placement {
	activity: number;
	room: number;
	weekday: Weekday;
	segment: number;
	from: number;
	to: number;
	length: number;
	column: number;
}

/** A free stretch of one room on one day (open, not booked), on the grid. */
export interface Segment {
	room: number;
	weekday: Weekday;
	from: number;
	to: number;
	placements: number[];
}

export interface Configuration {
	room: number;
	upgrades: CandidateUpgrade[];
	cost: number;
	column: number;
}

export interface PlannerModel {
	formulation: Formulation;
	numCols: number;
	colLower: number[];
	colUpper: number[];
	/** true for binaries, false for the continuous helpers. */
	integer: boolean[];
	rows: Rows;
	placements: Placement[];
	segments: Segment[];
	configurations: Configuration[];
	/**
	 * The objectives, each to be minimised: served weight (negated), upgrade cost, the first stage
	 * (−served × costScale + cost) and the second (continuity, then spread).
	 */
	objectives: { served: Terms; cost: Terms; primary: Terms; continuity: Terms };
	/** C + 1, C being the most any plan can spend: the first stage's weight of served weight. */
	costScale: number;
	/** Placements by activity, to write warm starts and read plans. */
	placementsOf: number[][];
	/** Helper columns: activity a uses room r (z), a is served at all (s), a runs on days d and d+1 (c). */
	uses: { activity: number; room: number; column: number; placements: number[] }[];
	servedFlags: { activity: number; column: number; uses: number[] }[];
	spread: { activity: number; column: number; days: [number[], number[]] }[];
}

/** Rows as they are built, before packing. */
class RowBuilder {
	rows: Rows = { lower: [], upper: [], starts: [0], indices: [], values: [] };
	add(indices: number[], values: number[], lower: number, upper: number) {
		if (indices.length === 0) return;
		this.rows.indices.push(...indices);
		this.rows.values.push(...values);
		this.rows.starts.push(this.rows.indices.length);
		this.rows.lower.push(lower);
		this.rows.upper.push(upper);
	}
}

const INF = Infinity;

/** Free stretches of a room on a day: open hours (or the grid day) minus bookings, on the grid. */
export function freeSegments(problem: PlanProblem, roomIndex: number, weekday: Weekday): [number, number][] {
	const { grid } = problem;
	const room = problem.rooms[roomIndex]!;
	const open =
		room.open.length === 0
			? [{ weekday, start: grid.dayStart, end: grid.dayEnd }]
			: mergeIntervals(room.open.filter((i) => i.weekday === weekday));
	const busy = mergeIntervals(room.busy.filter((i) => i.weekday === weekday));
	const out: [number, number][] = [];
	for (const o of open) {
		let start = Math.max(o.start, grid.dayStart);
		const end = Math.min(o.end, grid.dayEnd);
		for (const b of busy) {
			if (b.end <= start || b.start >= end) continue;
			if (b.start > start) out.push([start, b.start]);
			start = Math.max(start, b.end);
		}
		if (end > start) out.push([start, end]);
	}
	return out.map(([s, e]) => onGrid(problem, s, e)).filter((x): x is [number, number] => x !== null);
}

/**
 * [start, end) shrunk to the grid (multiples of the slot since midnight, as the validator reads
 * "on a slot") and to the grid day; null when less than a slot remains.
 */
function onGrid(problem: PlanProblem, start: number, end: number): [number, number] | null {
	const { slotMinutes: s, dayStart, dayEnd } = problem.grid;
	const from = Math.ceil(Math.max(start, dayStart) / s) * s;
	const to = Math.floor(Math.min(end, dayEnd) / s) * s;
	return to - from >= s ? [from, to] : null;
}

/** The windows an activity may use on a day, on the grid; the whole grid day when it has none. */
export function activityDayWindows(problem: PlanProblem, activityIndex: number, weekday: Weekday): [number, number][] {
	const allowed = allowedIntervals(problem.activities[activityIndex]!.windows);
	const { dayStart, dayEnd } = problem.grid;
	const day: WeeklyInterval[] = allowed
		? allowed.filter((i) => i.weekday === weekday)
		: [{ weekday, start: dayStart, end: dayEnd }];
	return day
		.map((i) => onGrid(problem, Math.max(i.start, dayStart), Math.min(i.end, dayEnd)))
		.filter((x): x is [number, number] => x !== null);
}

/** Each room's configurations worth considering, with the activities each lets in. */
function roomConfigurations(problem: PlanProblem): { upgrades: CandidateUpgrade[]; cost: number; fits: boolean[] }[][] {
	return problem.rooms.map((room) => {
		const candidates = problem.upgrades.filter((u) => u.roomId === room.id && u.cost <= problem.settings.budget);
		// Beyond 12 candidates a room's subsets are too many to list; keep the 12 cheapest.
		const list = [...candidates].sort((a, b) => a.cost - b.cost || a.id.localeCompare(b.id)).slice(0, 12);
		const all: { upgrades: CandidateUpgrade[]; cost: number; fits: boolean[] }[] = [];
		for (let mask = 0; mask < 1 << list.length; mask++) {
			const upgrades = list.filter((_, k) => mask & (1 << k));
			const cost = upgrades.reduce((s, u) => s + u.cost, 0);
			if (cost > problem.settings.budget) continue;
			const fits = problem.activities.map((a) => fitsAfter(room.equipment, upgrades, a.requirements));
			all.push({ upgrades, cost, fits });
		}
		// Dominance: drop a configuration when another costs no more and lets in at least the same
		// activities (ties go to the one listed first, i.e. fewer and cheaper upgrades).
		const kept = all.filter(
			(c, i) =>
				!all.some(
					(d, j) =>
						j !== i &&
						d.cost <= c.cost &&
						c.fits.every((f, k) => !f || d.fits[k]) &&
						(d.cost < c.cost || d.fits.some((f, k) => f && !c.fits[k]) || j < i)
				)
		);
		return kept;
	});
}

export function buildModel(problem: PlanProblem, formulation: Formulation = 'aggregated'): PlannerModel {
	const { grid, rooms, activities } = problem;
	let numCols = 0;
	const colLower: number[] = [];
	const colUpper: number[] = [];
	const integer: boolean[] = [];
	const addCol = (upper: number, isInteger: boolean) => {
		colLower.push(0);
		colUpper.push(upper);
		integer.push(isInteger);
		return numCols++;
	};
	const rb = new RowBuilder();

	// Upgrade configurations: exactly one per room, within the budget overall.
	const configsByRoom = roomConfigurations(problem);
	const configurations: Configuration[] = [];
	const configCols: number[][] = [];
	configsByRoom.forEach((list, room) => {
		const cols = list.map((c) => {
			const column = addCol(1, true);
			configurations.push({ room, upgrades: c.upgrades, cost: c.cost, column });
			return column;
		});
		configCols.push(cols);
		rb.add(
			cols,
			cols.map(() => 1),
			1,
			1
		);
	});
	const costTerms: Terms = { indices: [], values: [] };
	for (const c of configurations)
		if (c.cost > 0) {
			costTerms.indices.push(c.column);
			costTerms.values.push(c.cost);
		}
	rb.add(costTerms.indices, costTerms.values, -INF, problem.settings.budget);

	// Free stretches of every room-day.
	const segments: Segment[] = [];
	const segmentsOf: number[][][] = rooms.map((_, r) =>
		WEEK.map((weekday) =>
			freeSegments(problem, r, weekday).map(([from, to]) => {
				segments.push({ room: r, weekday, from, to, placements: [] });
				return segments.length - 1;
			})
		)
	);

	// Placements, and the room each activity uses (z) for continuity.
	const placements: Placement[] = [];
	const placementsOf: number[][] = activities.map(() => []);
	const useCol: Map<number, number>[] = activities.map(() => new Map());
	const continuity: Terms = { indices: [], values: [] };
	const uses: PlannerModel['uses'] = [];
	const servedFlags: PlannerModel['servedFlags'] = [];
	const spread: PlannerModel['spread'] = [];
	const served: Terms = { indices: [], values: [] };
	activities.forEach((activity, a) => {
		const length = sessionLength(activity, grid);
		const dayWindows = WEEK.map((d) => activityDayWindows(problem, a, d));
		rooms.forEach((_, r) => {
			const fitting = configsByRoom[r]!.map((c, i) => (c.fits[a] ? i : -1)).filter((i) => i >= 0);
			if (fitting.length === 0) return;
			const mine: number[] = [];
			WEEK.forEach((weekday, di) => {
				for (const g of segmentsOf[r]![di]!) {
					const seg = segments[g]!;
					for (const [wf, wt] of dayWindows[di]!) {
						const from = Math.max(seg.from, wf);
						const to = Math.min(seg.to, wt);
						if (to - from < length) continue;
						const starts =
							formulation === 'aggregated'
								? [from]
								: Array.from(
										{ length: (to - length - from) / grid.slotMinutes + 1 },
										(_, k) => from + k * grid.slotMinutes
									);
						for (const s of starts) {
							const column = addCol(1, true);
							const p: Placement = {
								activity: a,
								room: r,
								weekday,
								segment: g,
								from: s,
								to: formulation === 'aggregated' ? to : s + length,
								length,
								column
							};
							placements.push(p);
							seg.placements.push(placements.length - 1);
							placementsOf[a]!.push(placements.length - 1);
							mine.push(placements.length - 1);
							served.indices.push(column);
							served.values.push(-activity.priority);
						}
					}
				}
			});
			if (mine.length === 0) return;
			const z = addCol(1, true);
			useCol[a]!.set(r, z);
			uses.push({ activity: a, room: r, column: z, placements: mine.map((p) => placements[p]!.column) });
			continuity.indices.push(z);
			continuity.values.push(1);
			// z may be 1 only with a configuration that lets the activity in (no row when every one does).
			if (fitting.length < configsByRoom[r]!.length) {
				const cols = fitting.map((i) => configCols[r]![i]!);
				rb.add([z, ...cols], [1, ...cols.map(() => -1)], -INF, 0);
			}
			// A placement in the room needs z; one row per day is as strong (at most one a day).
			for (const weekday of WEEK) {
				const day = mine.filter((p) => placements[p]!.weekday === weekday).map((p) => placements[p]!.column);
				if (day.length > 0) rb.add([...day, z], [...day.map(() => 1), -1], -INF, 0);
			}
		});
	});

	// Per activity: one session a day, sessionsPerWeek, itinerant quartiers, continuity, spread.
	const spreadTerms: Terms = { indices: [], values: [] };
	activities.forEach((activity, a) => {
		const mine = placementsOf[a]!.map((p) => placements[p]!);
		if (mine.length === 0) return;
		const byDay = WEEK.map((d) => mine.filter((p) => p.weekday === d).map((p) => p.column));
		for (const cols of byDay)
			if (cols.length > 1)
				rb.add(
					cols,
					cols.map(() => 1),
					-INF,
					1
				);
		const all = mine.map((p) => p.column);
		const days = byDay.filter((c) => c.length > 0).length;
		if (activity.sessionsPerWeek < days)
			rb.add(
				all,
				all.map(() => 1),
				-INF,
				activity.sessionsPerWeek
			);
		if (activity.itinerant) {
			const byQuartier = new Map<string, number[]>();
			for (const p of mine) {
				const room = rooms[p.room]!;
				const key = room.quartierId ?? `room:${room.id}`;
				byQuartier.set(key, [...(byQuartier.get(key) ?? []), p.column]);
			}
			for (const cols of byQuartier.values())
				if (cols.length > 1)
					rb.add(
						cols,
						cols.map(() => 1),
						-INF,
						1
					);
		}
		// s ≤ Σ z: rooms used − 1 for an activity served, 0 for one not served.
		const zs = [...useCol[a]!.values()];
		const s = addCol(1, true);
		servedFlags.push({ activity: a, column: s, uses: zs });
		rb.add([s, ...zs], [1, ...zs.map(() => -1)], -INF, 0);
		continuity.indices.push(s);
		continuity.values.push(-1);
		// c_d ≥ w_d + w_{d+1} − 1: one per pair of consecutive days with sessions.
		for (let d = 0; d + 1 < 7; d++) {
			if (byDay[d]!.length === 0 || byDay[d + 1]!.length === 0 || activity.sessionsPerWeek < 2) continue;
			const c = addCol(1, false);
			const today = byDay[d]!;
			const tomorrow = byDay[d + 1]!;
			rb.add([...today, ...tomorrow, c], [...today.map(() => 1), ...tomorrow.map(() => 1), -1], -INF, 1);
			spread.push({ activity: a, column: c, days: [today, tomorrow] });
			spreadTerms.indices.push(c);
			spreadTerms.values.push(1);
		}
	});
	// Continuity before spread: one more room weighs more than every consecutive pair together.
	const weight = spreadTerms.indices.length + 1;
	continuity.values = continuity.values.map((v) => v * weight);
	continuity.indices.push(...spreadTerms.indices);
	continuity.values.push(...spreadTerms.values);

	const mostCost = configsByRoom.reduce((sum, list) => sum + Math.max(0, ...list.map((c) => c.cost)), 0);
	const costScale = Math.min(problem.settings.budget, mostCost) + 1;

	// The rooms' time.
	for (const seg of segments) {
		const ps = seg.placements.map((i) => placements[i]!);
		if (ps.length === 0) continue;
		if (formulation === 'time-indexed') {
			for (let t = seg.from; t < seg.to; t += grid.slotMinutes) {
				const cols = ps.filter((p) => p.from <= t && t < p.to).map((p) => p.column);
				if (cols.length > 1)
					rb.add(
						cols,
						cols.map(() => 1),
						-INF,
						1
					);
			}
		} else {
			for (const row of energyRows(ps)) rb.add(row.columns, row.lengths, -INF, row.capacity);
		}
	}

	return {
		formulation,
		numCols,
		colLower,
		colUpper,
		integer,
		rows: rb.rows,
		placements,
		segments,
		configurations,
		objectives: {
			served,
			cost: costTerms,
			primary: {
				indices: [...served.indices, ...costTerms.indices],
				values: [...served.values.map((v) => v * costScale), ...costTerms.values]
			},
			continuity
		},
		costScale,
		placementsOf,
		uses,
		servedFlags,
		spread
	};
}

/**
 * For each span [t1, t2) between a window's start and a window's end, the sessions whose window
 * lies inside it must fit in it. Only spans that are exactly the hull of the windows they hold
 * (others are implied by a tighter one) and that could overflow are kept.
 */
export function energyRows(ps: readonly Placement[]): { columns: number[]; lengths: number[]; capacity: number }[] {
	const froms = [...new Set(ps.map((p) => p.from))].sort((a, b) => a - b);
	const tos = [...new Set(ps.map((p) => p.to))].sort((a, b) => a - b);
	const out: { columns: number[]; lengths: number[]; capacity: number }[] = [];
	for (const t1 of froms)
		for (const t2 of tos) {
			if (t2 <= t1) continue;
			const inside = ps.filter((p) => p.from >= t1 && p.to <= t2);
			if (inside.length < 2) continue;
			if (Math.min(...inside.map((p) => p.from)) !== t1 || Math.max(...inside.map((p) => p.to)) !== t2) continue;
			// At most one session of an activity a day: count its longest placement once.
			const longest = new Map<number, number>();
			for (const p of inside) longest.set(p.activity, Math.max(longest.get(p.activity) ?? 0, p.length));
			const most = [...longest.values()].reduce((s, l) => s + l, 0);
			if (most <= t2 - t1) continue;
			out.push({ columns: inside.map((p) => p.column), lengths: inside.map((p) => p.length), capacity: t2 - t1 });
		}
	return out;
}

/** A session to sequence in one free stretch: its window and length, in minutes. */
export interface Job {
	from: number;
	to: number;
	length: number;
}

/** The largest set `sequence` solves exactly (2^n states). */
export const MAX_EXACT_JOBS = 18;

/**
 * Start times (on the grid, from the window's start in steps of `step`) such that no two jobs
 * overlap and each runs inside its window; null when there are none. Exact: dynamic programming
 * over subsets of the earliest time the subset can be done by (a job's earliest start is
 * max(that time, its window's start), which is on the grid when windows are), tried after a quick
 * earliest-deadline pass that settles most sets.
 */
export function sequence(jobs: readonly Job[]): number[] | null {
	const n = jobs.length;
	if (n === 0) return [];
	const edf = earliestDeadlineFirst(jobs);
	if (edf) return edf;
	if (n > MAX_EXACT_JOBS) return null;
	const size = 1 << n;
	const finish = new Float64Array(size).fill(Infinity);
	const last = new Int8Array(size).fill(-1);
	finish[0] = -Infinity;
	for (let mask = 0; mask < size; mask++) {
		const f = finish[mask]!;
		if (f === Infinity) continue;
		for (let j = 0; j < n; j++) {
			if (mask & (1 << j)) continue;
			const start = Math.max(f, jobs[j]!.from);
			const end = start + jobs[j]!.length;
			if (end > jobs[j]!.to) continue;
			const next = mask | (1 << j);
			if (end < finish[next]!) {
				finish[next] = end;
				last[next] = j;
			}
		}
	}
	if (finish[size - 1]! === Infinity) return null;
	const starts = new Array<number>(n);
	let mask = size - 1;
	while (mask) {
		const j = last[mask]!;
		starts[j] = finish[mask]! - jobs[j]!.length;
		mask &= ~(1 << j);
	}
	return starts;
}

function earliestDeadlineFirst(jobs: readonly Job[]): number[] | null {
	const order = jobs.map((_, i) => i).sort((a, b) => jobs[a]!.to - jobs[b]!.to || jobs[a]!.from - jobs[b]!.from);
	// Non-delay list scheduling by deadline: at each point run the released job due first.
	const starts = new Array<number>(jobs.length);
	const left = new Set(order);
	let t = -Infinity;
	while (left.size > 0) {
		const released = order.filter((j) => left.has(j) && jobs[j]!.from <= t);
		const j =
			released.length > 0
				? released[0]!
				: order.filter((k) => left.has(k)).reduce((b, k) => (jobs[k]!.from < jobs[b]!.from ? k : b));
		const start = Math.max(t, jobs[j]!.from);
		if (start + jobs[j]!.length > jobs[j]!.to) return null;
		starts[j] = start;
		t = start + jobs[j]!.length;
		left.delete(j);
	}
	return starts;
}

/** A smallest-by-deletion subset of jobs that cannot be sequenced (indices into `jobs`). */
export function minimalConflict(jobs: readonly Job[]): number[] {
	let keep = jobs.map((_, i) => i);
	for (const i of [...keep]) {
		const without = keep.filter((k) => k !== i);
		if (sequence(without.map((k) => jobs[k]!)) === null) keep = without;
	}
	return keep;
}

export interface Decoded {
	sessions: PlannedSession[];
	upgradeIds: string[];
	/** Sets of placements (indices) chosen together in a stretch that cannot be sequenced. */
	conflicts: number[][];
	/** The solution with one placement of each conflict dropped (lowest priority): always feasible. */
	repaired: number[];
}

/** The timetable a solution describes, with the stretches where it cannot be sequenced. */
export function decode(problem: PlanProblem, model: PlannerModel, colValue: ArrayLike<number>): Decoded {
	const chosen = (c: number) => colValue[c]! > 0.5;
	const upgradeIds = model.configurations
		.filter((c) => chosen(c.column))
		.flatMap((c) => c.upgrades.map((u) => u.id))
		.sort();
	const repaired = Array.from(colValue, (v, i) => (model.integer[i] ? (v > 0.5 ? 1 : 0) : v));
	const sessions: PlannedSession[] = [];
	const conflicts: number[][] = [];
	for (const seg of model.segments) {
		let picked = seg.placements.filter((i) => chosen(model.placements[i]!.column));
		if (picked.length === 0) continue;
		let starts = sequence(picked.map((i) => model.placements[i]!));
		while (starts === null) {
			const conflict = minimalConflict(picked.map((i) => model.placements[i]!)).map((k) => picked[k]!);
			conflicts.push(conflict);
			const drop = conflict.reduce((b, i) =>
				problem.activities[model.placements[i]!.activity]!.priority <
				problem.activities[model.placements[b]!.activity]!.priority
					? i
					: b
			);
			repaired[model.placements[drop]!.column] = 0;
			picked = picked.filter((i) => i !== drop);
			starts = sequence(picked.map((i) => model.placements[i]!));
		}
		picked.forEach((i, k) => {
			const p = model.placements[i]!;
			sessions.push({
				activityId: problem.activities[p.activity]!.id,
				roomId: problem.rooms[p.room]!.id,
				weekday: p.weekday,
				start: starts[k]!,
				end: starts[k]! + p.length
			});
		});
	}
	sessions.sort((a, b) => a.roomId.localeCompare(b.roomId) || a.weekday - b.weekday || a.start - b.start);
	return { sessions, upgradeIds, conflicts, repaired };
}

/**
 * Cuts for conflicts: Σ y ≤ |S| − 1 over the conflict, and over the same activities in every
 * other stretch of the same hours whose windows are no wider (they cannot be sequenced either).
 */
export function conflictCuts(model: PlannerModel, conflicts: readonly number[][]): Rows {
	const rb = new RowBuilder();
	const seen = new Set<string>();
	for (const conflict of conflicts) {
		const ps = conflict.map((i) => model.placements[i]!);
		const home = model.segments[ps[0]!.segment]!;
		for (const seg of model.segments) {
			if (seg.from !== home.from || seg.to !== home.to) continue;
			const cols: number[] = [];
			for (const p of ps) {
				const match = seg.placements
					.map((i) => model.placements[i]!)
					.find((q) => q.activity === p.activity && q.from >= p.from && q.to <= p.to && q.length === p.length);
				if (!match) break;
				cols.push(match.column);
			}
			if (cols.length !== ps.length) continue;
			const key = [...cols].sort((a, b) => a - b).join(',');
			if (seen.has(key)) continue;
			seen.add(key);
			rb.add(
				cols,
				cols.map(() => 1),
				-INF,
				cols.length - 1
			);
		}
	}
	return rb.rows;
}

/** A solution vector for a plan (e.g. the greedy one), to start the solver from. */
export function encode(
	problem: PlanProblem,
	model: PlannerModel,
	sessions: readonly PlannedSession[],
	upgradeIds: readonly string[]
): number[] | null {
	const x = new Array<number>(model.numCols).fill(0);
	const bought = new Set(upgradeIds);
	for (let r = 0; r < problem.rooms.length; r++) {
		const mine = problem.upgrades.filter((u) => u.roomId === problem.rooms[r]!.id && bought.has(u.id));
		// The cheapest kept configuration that lets in at least what the bought upgrades let in.
		const configs = model.configurations.filter((c) => c.room === r).sort((a, b) => a.cost - b.cost);
		const pick = configs.find((c) =>
			problem.activities.every(
				(a) =>
					!fitsAfter(problem.rooms[r]!.equipment, mine, a.requirements) ||
					fitsAfter(problem.rooms[r]!.equipment, c.upgrades, a.requirements)
			)
		);
		if (!pick) return null;
		x[pick.column] = 1;
	}
	for (const s of sessions) {
		const a = problem.activities.findIndex((x) => x.id === s.activityId);
		const r = problem.rooms.findIndex((x) => x.id === s.roomId);
		const p = model.placementsOf[a]
			?.map((i) => model.placements[i]!)
			.find(
				(p) =>
					p.room === r && p.weekday === s.weekday && p.from <= s.start && s.end <= p.to && s.end - s.start === p.length
			);
		if (!p) return null;
		x[p.column] = 1;
	}
	return completeHelpers(model, x);
}

/**
 * Sets the helper columns (room used, activity served, consecutive days) to the values the
 * placements imply, so that a start is feasible for every row.
 */
export function completeHelpers(model: PlannerModel, x: number[]): number[] {
	for (const u of model.uses) x[u.column] = u.placements.some((c) => x[c]! > 0.5) ? 1 : 0;
	for (const s of model.servedFlags) x[s.column] = s.uses.some((c) => x[c]! > 0.5) ? 1 : 0;
	for (const c of model.spread) {
		const both = c.days.every((day) => day.some((col) => x[col]! > 0.5));
		x[c.column] = both ? 1 : 0;
	}
	return x;
}

/**
 * Spreads each activity's sessions over the week: a session on a day next to another of the same
 * activity moves to another day in a room the activity already uses, when that leaves fewer pairs
 * of consecutive days (never more rooms) — into free time, or in place of another activity's
 * session that itself moves where it loses nothing. The continuity stage then starts at or near
 * its optimum, and HiGHS can stop at the root: on the 12 × 40 benchmark, starting from the
 * optimum ends the stage after the first LP, while from the consolidated plan (22 against an
 * optimum of 5) HiGHS went through a thousand root cuts — twice the time.
 *
 * A move keeps everything the first stage fixed (the same activity's session, so served weight
 * and upgrades are unchanged) and every rule: one session a day, an itinerant activity's
 * quartiers, and the room-day still sequenced (which the energy rows and cuts only approximate).
 */
export function spreadOut(problem: PlanProblem, model: PlannerModel, x: readonly number[]): number[] {
	const y = [...x];
	const on = (p: Placement) => y[p.column]! > 0.5;
	const jobsIn = (segment: number) => model.segments[segment]!.placements.map((i) => model.placements[i]!).filter(on);
	const pairs = (days: ReadonlySet<number>) => [1, 2, 3, 4, 5, 6].filter((d) => days.has(d) && days.has(d + 1)).length;
	const quartierOf = (room: number) => problem.rooms[room]!.quartierId ?? `room:${room}`;
	const placementsOf = (a: number) => model.placementsOf[a]!.map((i) => model.placements[i]!);

	/**
	 * Where activity a's session p could go instead, leaving a's continuity no worse (`better`:
	 * strictly fewer consecutive days): another day, a room a already uses, its quartier not yet
	 * visited by an itinerant a, and `fits` for the room-day it lands in.
	 */
	function alternative(a: number, p: Placement, better: boolean, fits: (q: Placement) => boolean) {
		const activity = problem.activities[a]!;
		const chosen = placementsOf(a).filter(on);
		const others = chosen.filter((o) => o !== p);
		const otherDays = new Set<number>(others.map((o) => o.weekday));
		const rooms = new Set(chosen.map((o) => o.room));
		const visited = new Set(others.map((o) => quartierOf(o.room)));
		const before = pairs(new Set(chosen.map((o) => o.weekday)));
		return placementsOf(a).find(
			(q) =>
				q !== p &&
				!otherDays.has(q.weekday) &&
				rooms.has(q.room) &&
				(better
					? pairs(new Set([...otherDays, q.weekday])) < before
					: pairs(new Set([...otherDays, q.weekday])) <= before) &&
				(!activity.itinerant || !visited.has(quartierOf(q.room))) &&
				fits(q)
		);
	}

	/** A day for a's session p taken from another activity's session j, which moves to `away`. */
	function makeRoom(a: number, p: Placement): [Placement, Placement, Placement] | null {
		for (const q of placementsOf(a)) {
			if (q.weekday === p.weekday) continue;
			const there = jobsIn(q.segment);
			for (const j of there) {
				if (j.activity === a) continue;
				if (sequence([...there.filter((o) => o !== j), q]) === null) continue;
				if (!alternative(a, p, true, (k) => k === q)) continue;
				const away = alternative(
					j.activity,
					j,
					false,
					(k) => k.segment !== q.segment && k.segment !== p.segment && sequence([...jobsIn(k.segment), k]) !== null
				);
				if (away) return [q, j, away];
			}
		}
		return null;
	}

	problem.activities.forEach((activity, a) => {
		if (activity.sessionsPerWeek < 2) return;
		for (let improved = true; improved;) {
			improved = false;
			const chosen = placementsOf(a).filter(on);
			if (pairs(new Set(chosen.map((p) => p.weekday))) === 0) return;
			for (const p of chosen) {
				// Straight into free time on another day…
				const free = alternative(
					a,
					p,
					true,
					(q) => q.weekday !== p.weekday && sequence([...jobsIn(q.segment), q]) !== null
				);
				if (free) {
					y[p.column] = 0;
					y[free.column] = 1;
					improved = true;
					break;
				}
				// … or in place of another activity's session, which itself moves elsewhere at no loss.
				const pair = makeRoom(a, p);
				if (pair) {
					const [q, j, away] = pair;
					y[p.column] = 0;
					y[q.column] = 1;
					y[j.column] = 0;
					y[away.column] = 1;
					improved = true;
					break;
				}
			}
		}
	});
	return completeHelpers(model, y);
}

/** Whether x keeps every bound and row of the model (the cuts added later are the solver's). */
export function satisfiesModel(model: PlannerModel, x: readonly number[]): boolean {
	const eps = 1e-9;
	for (let c = 0; c < model.numCols; c++)
		if (x[c]! < model.colLower[c]! - eps || x[c]! > model.colUpper[c]! + eps) return false;
	const { lower, upper, starts, indices, values } = model.rows;
	for (let r = 0; r < lower.length; r++) {
		let sum = 0;
		for (let k = starts[r]!; k < starts[r + 1]!; k++) sum += values[k]! * x[indices[k]!]!;
		if (sum < lower[r]! - eps || sum > upper[r]! + eps) return false;
	}
	return true;
}

/**
 * Moves sessions of an activity spread over several rooms into the room it uses most, on the
 * same day, wherever that room's stretch can still be sequenced with them: a quick local step
 * that gives the continuity stage a good start (its LP bound is tight; finding the plan that
 * meets it is what takes the solver time). Served weight and cost are unchanged.
 */
export function consolidate(problem: PlanProblem, model: PlannerModel, x: readonly number[]): number[] {
	const y = [...x];
	const on = (p: Placement) => y[p.column]! > 0.5;
	const jobsIn = (segment: number) => model.segments[segment]!.placements.map((i) => model.placements[i]!).filter(on);
	const order = problem.activities
		.map((_, a) => a)
		.sort((a, b) => problem.activities[b]!.priority - problem.activities[a]!.priority);
	for (const a of order) {
		const mine = model.placementsOf[a]!.map((i) => model.placements[i]!);
		const chosen = mine.filter(on);
		const perRoom = new Map<number, number>();
		for (const p of chosen) perRoom.set(p.room, (perRoom.get(p.room) ?? 0) + 1);
		if (perRoom.size < 2) continue;
		const targets = [...perRoom.entries()].sort((p, q) => q[1] - p[1] || p[0] - q[0]).map(([r]) => r);
		// An itinerant activity goes to each quartier at most once a week: a session may only move
		// to a room of its own quartier (a room without one is a quartier of its own).
		const quartierOf = (room: number) => problem.rooms[room]!.quartierId ?? `room:${room}`;
		const itinerant = problem.activities[a]!.itinerant;
		for (const target of targets) {
			for (const p of chosen) {
				if (p.room === target || !on(p)) continue;
				if (itinerant && quartierOf(p.room) !== quartierOf(target)) continue;
				for (const q of mine) {
					if (q.room !== target || q.weekday !== p.weekday) continue;
					const others = jobsIn(q.segment);
					if (sequence([...others, q]) === null) continue;
					y[p.column] = 0;
					y[q.column] = 1;
					break;
				}
			}
		}
	}
	return completeHelpers(model, y);
}
