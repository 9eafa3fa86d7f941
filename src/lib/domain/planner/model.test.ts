import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PracticeRequirements, RoomEquipment } from '../vocabulary.js';
import type { PlanActivity, PlanProblem, PlanRoom } from './problem.js';
import {
	activityDayWindows,
	buildModel,
	completeHelpers,
	conflictCuts,
	consolidate,
	decode,
	encode,
	energyRows,
	freeSegments,
	minimalConflict,
	satisfiesModel,
	sequence,
	spreadOut,
	type Job,
	type Placement,
	type PlannerModel
} from './model.js';
import { generateProblem } from './generate.js';
import { greedyPlan } from './greedy.js';
import { validatePlan } from './validate.js';

const room = (over: Partial<RoomEquipment> = {}): RoomEquipment => ({
	areaM2: 50,
	kitchenLevel: 'none',
	toilets: true,
	childToilets: false,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: true,
	vanAccess: false,
	waterPoint: false,
	...over
});
const needs = (over: Partial<PracticeRequirements> = {}): PracticeRequirements => ({
	minAreaM2: 20,
	kitchenLevel: 'none',
	toilets: false,
	childToilets: false,
	changingTable: false,
	storageM2: 0,
	outdoorM2: 0,
	stepFree: false,
	vanAccess: false,
	waterPoint: false,
	...over
});
const planRoom = (id: string, over: Partial<PlanRoom> = {}): PlanRoom => ({
	id,
	label: id,
	quartierId: 'q1',
	facilityId: null,
	existing: true,
	equipment: room(),
	open: [],
	busy: [],
	busyOrganisationIds: [],
	...over
});
const activity = (id: string, over: Partial<PlanActivity> = {}): PlanActivity => ({
	id,
	label: id,
	practiceId: null,
	organisationId: null,
	requirements: needs(),
	sessionsPerWeek: 1,
	sessionMinutes: 60,
	windows: [],
	priority: 1,
	itinerant: false,
	...over
});
const problem = (over: Partial<PlanProblem> = {}): PlanProblem => ({
	grid: { slotMinutes: 60, dayStart: 480, dayEnd: 1320 },
	rooms: [planRoom('r1')],
	activities: [activity('a1')],
	upgrades: [],
	settings: { budget: 0, timeLimitSeconds: 5, relativeGap: 0 },
	...over
});

/** The row of the model, as { column: coefficient } with its bounds. */
function rowsOf(model: PlannerModel) {
	const out: { terms: Map<number, number>; lower: number; upper: number }[] = [];
	for (let r = 0; r < model.rows.lower.length; r++) {
		const terms = new Map<number, number>();
		for (let k = model.rows.starts[r]!; k < model.rows.starts[r + 1]!; k++)
			terms.set(model.rows.indices[k]!, model.rows.values[k]!);
		out.push({ terms, lower: model.rows.lower[r]!, upper: model.rows.upper[r]! });
	}
	return out;
}
const feasible = satisfiesModel;

describe('free stretches and windows', () => {
	it('open hours minus bookings, shrunk to the grid', () => {
		const p = problem({
			rooms: [
				planRoom('r1', {
					open: [{ weekday: 1, start: 9 * 60, end: 20 * 60 }],
					busy: [{ weekday: 1, start: 12 * 60 + 30, end: 14 * 60 }]
				})
			]
		});
		expect(freeSegments(p, 0, 1)).toEqual([
			[540, 720],
			[840, 1200]
		]);
		// Closed on Tuesday: open hours are listed for Monday only.
		expect(freeSegments(p, 0, 2)).toEqual([]);
		// No open hours listed: the whole grid day.
		expect(freeSegments(problem(), 0, 3)).toEqual([[480, 1320]]);
		// Slots are multiples of the slot since midnight: a day starting at 8:30 starts its hours at 9:00.
		expect(freeSegments(problem({ grid: { slotMinutes: 60, dayStart: 510, dayEnd: 1290 } }), 0, 3)).toEqual([
			[540, 1260]
		]);
	});

	it('an activity with no window may use the whole grid day; school hours start on the next hour', () => {
		expect(activityDayWindows(problem(), 0, 6)).toEqual([[480, 1320]]);
		const p = problem({ activities: [activity('a1', { windows: ['school_hours'] })] });
		expect(activityDayWindows(p, 0, 1)).toEqual([[540, 960]]);
		expect(activityDayWindows(p, 0, 3)).toEqual([]);
		const half = { ...p, grid: { ...p.grid, slotMinutes: 30 as const } };
		expect(activityDayWindows(half, 0, 1)).toEqual([[510, 990]]);
	});
});

describe('buildModel', () => {
	it('places an activity only in rooms it fits, inside its windows and the rooms’ free time', () => {
		const p = problem({
			rooms: [
				planRoom('small', { equipment: room({ areaM2: 15 }) }),
				planRoom('big', { busy: [{ weekday: 3, start: 480, end: 1320 }] })
			],
			activities: [activity('a1', { windows: ['wednesday', 'weekend'], sessionMinutes: 90 })]
		});
		const model = buildModel(p);
		expect(model.placements.every((pl) => p.rooms[pl.room]!.id === 'big')).toBe(true);
		// Wednesday is booked all day: Saturday and Sunday only, 9:00–19:00, sessions of two hours.
		expect(model.placements.map((pl) => [pl.weekday, pl.from, pl.to, pl.length])).toEqual([
			[6, 540, 1140, 120],
			[7, 540, 1140, 120]
		]);
		const timeIndexed = buildModel(p, 'time-indexed');
		expect(timeIndexed.placements).toHaveLength(2 * 9);
		expect(timeIndexed.placements.every((pl) => pl.to - pl.from === 120)).toBe(true);
	});

	it('keeps only upgrade configurations that are not dominated, within the budget', () => {
		const p = problem({
			rooms: [planRoom('r1', { equipment: room({ areaM2: 40 }) })],
			activities: [activity('a1', { requirements: needs({ minAreaM2: 48 }) })],
			upgrades: [
				{ id: 'u4', roomId: 'r1', kind: 'area', amountM2: 4, kitchenLevel: null, cost: 1000, label: '+4' },
				{ id: 'u8', roomId: 'r1', kind: 'area', amountM2: 8, kitchenLevel: null, cost: 3000, label: '+8' },
				{ id: 'u12', roomId: 'r1', kind: 'area', amountM2: 12, kitchenLevel: null, cost: 9000, label: '+12' }
			],
			settings: { budget: 5000, timeLimitSeconds: 5, relativeGap: 0 }
		});
		const model = buildModel(p);
		// Nothing (cost 0) and +8 m² (the cheapest that lets a1 in); +4 alone lets nothing more in,
		// +4 and +8 together cost more for the same, +12 is over the budget.
		expect(model.configurations.map((c) => c.upgrades.map((u) => u.id))).toEqual([[], ['u8']]);
		// z ≤ the configuration that lets a1 in.
		const z = model.uses[0]!.column;
		const row = rowsOf(model).find((r) => r.terms.get(z) === 1 && r.terms.size === 2);
		expect(row?.terms.get(model.configurations[1]!.column)).toBe(-1);
		expect(row?.upper).toBe(0);
	});

	it('adds up two upgrades of one room when only together they make it fit', () => {
		const p = problem({
			rooms: [planRoom('r1', { equipment: room({ areaM2: 40 }) })],
			activities: [activity('a1', { requirements: needs({ minAreaM2: 48 }) })],
			upgrades: [
				{ id: 'u4a', roomId: 'r1', kind: 'area', amountM2: 4, kitchenLevel: null, cost: 1000, label: '+4' },
				{ id: 'u4b', roomId: 'r1', kind: 'area', amountM2: 4, kitchenLevel: null, cost: 1000, label: '+4' }
			],
			settings: { budget: 5000, timeLimitSeconds: 5, relativeGap: 0 }
		});
		expect(buildModel(p).configurations.map((c) => c.upgrades.map((u) => u.id))).toEqual([[], ['u4a', 'u4b']]);
	});

	it('limits an itinerant activity to one session per quartier, a room without one being its own', () => {
		const p = problem({
			rooms: [
				planRoom('r1', { quartierId: 'q1' }),
				planRoom('r2', { quartierId: 'q1' }),
				planRoom('r3', { quartierId: null })
			],
			activities: [activity('a1', { itinerant: true, sessionsPerWeek: 5, windows: ['wednesday', 'weekend'] })]
		});
		const model = buildModel(p);
		const q1 = model.placements.filter((pl) => pl.room < 2).map((pl) => pl.column);
		const rows = rowsOf(model);
		expect(rows.some((r) => r.upper === 1 && q1.every((c) => r.terms.get(c) === 1) && r.terms.size === q1.length)).toBe(
			true
		);
		const r3 = model.placements.filter((pl) => pl.room === 2).map((pl) => pl.column);
		expect(rows.some((r) => r.upper === 1 && r3.every((c) => r.terms.get(c) === 1) && r.terms.size === r3.length)).toBe(
			true
		);
	});

	it('weighs one unit of served weight above every euro the budget allows', () => {
		const p = generateProblem({ seed: 3, rooms: 3, activities: 5, slotMinutes: 60 });
		const model = buildModel(p);
		expect(model.costScale).toBeLessThanOrEqual(p.settings.budget + 1);
		const spend = model.configurations.reduce((s, c) => s + c.cost, 0);
		expect(model.costScale).toBeGreaterThan(Math.min(p.settings.budget, spend) - 1);
		const served = new Map(model.objectives.served.indices.map((c, k) => [c, model.objectives.served.values[k]]));
		model.objectives.primary.indices.forEach((c, k) => {
			const v = model.objectives.primary.values[k];
			if (served.has(c)) expect(v).toBe(served.get(c)! * model.costScale);
		});
	});

	it('encodes a plan as a start that satisfies every row, and decodes it back', () => {
		const p = problem({
			rooms: [planRoom('r1'), planRoom('r2', { quartierId: 'q2' })],
			activities: [activity('a1', { sessionsPerWeek: 2, priority: 3 }), activity('a2', { sessionsPerWeek: 1 })]
		});
		const model = buildModel(p);
		const sessions = [
			{ activityId: 'a1', roomId: 'r1', weekday: 1 as const, start: 600, end: 660 },
			{ activityId: 'a1', roomId: 'r2', weekday: 2 as const, start: 600, end: 660 },
			{ activityId: 'a2', roomId: 'r1', weekday: 1 as const, start: 480, end: 540 }
		];
		const x = encode(p, model, sessions, []);
		expect(x).not.toBeNull();
		expect(feasible(model, x!)).toBe(true);
		const back = decode(p, model, x!);
		expect(back.conflicts).toEqual([]);
		expect(back.sessions.map((s) => `${s.activityId} ${s.roomId} ${s.weekday}`).sort()).toEqual(
			sessions.map((s) => `${s.activityId} ${s.roomId} ${s.weekday}`).sort()
		);
		// Two rooms for a1, and Monday–Tuesday back to back: continuity counts both.
		const cont = model.objectives.continuity;
		const value = cont.indices.reduce((s, c, k) => s + cont.values[k]! * x![c]!, 0);
		expect(value).toBe(model.spread.length + 1 + 1);
	});

	it('finds sets a stretch cannot hold, drops the lowest priority, and cuts them wherever the same hours recur', () => {
		// Two rooms free 9:00–12:00 every day; a1 (2 h) and a2 (2 h) both in r1 on Monday cannot be sequenced.
		const open = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday: weekday as 1, start: 540, end: 720 }));
		const p = problem({
			rooms: [planRoom('r1', { open }), planRoom('r2', { open })],
			activities: [
				activity('a1', { sessionMinutes: 120, priority: 5 }),
				activity('a2', { sessionMinutes: 120, priority: 2 })
			]
		});
		const model = buildModel(p);
		const x = new Array<number>(model.numCols).fill(0);
		x[model.configurations[0]!.column] = 1;
		x[model.configurations[1]!.column] = 1;
		const monday = model.placements.filter((pl) => pl.room === 0 && pl.weekday === 1);
		for (const pl of monday) x[pl.column] = 1;
		const out = decode(p, model, completeHelpers(model, x));
		expect(out.conflicts).toHaveLength(1);
		expect(out.sessions.map((s) => s.activityId)).toEqual(['a1']);
		expect(out.repaired[monday.find((pl) => pl.activity === 1)!.column]).toBe(0);
		// The energy row already forbids it here (4 h in 3 h); the cut covers all 14 room-days.
		expect(energyRows(monday)).toHaveLength(1);
		const cuts = conflictCuts(model, out.conflicts);
		expect(cuts.lower).toHaveLength(14);
		expect(cuts.upper.every((u) => u === 1)).toBe(true);
	});
});

describe('sequence', () => {
	it('orders sessions inside their windows, or says it cannot', () => {
		const jobs: Job[] = [
			{ from: 540, to: 780, length: 120 },
			{ from: 600, to: 720, length: 60 }
		];
		expect(sequence(jobs)).toEqual([540, 660]);
		expect(sequence([...jobs, { from: 540, to: 780, length: 120 }])).toBeNull();
		// Starting the long one as soon as it may leaves the short one too late: waiting is needed.
		expect(
			sequence([
				{ from: 0, to: 10, length: 5 },
				{ from: 1, to: 3, length: 2 }
			])
		).toEqual([3, 1]);
	});

	it('agrees with trying every order and start, and keeps every session inside its window', () => {
		const job = fc
			.record({
				from: fc.integer({ min: 0, max: 6 }),
				span: fc.integer({ min: 1, max: 6 }),
				length: fc.integer({ min: 1, max: 3 })
			})
			.filter((j) => j.length <= j.span)
			.map((j) => ({ from: j.from, to: j.from + j.span, length: j.length }));
		fc.assert(
			fc.property(fc.array(job, { minLength: 1, maxLength: 5 }), (jobs) => {
				const starts = sequence(jobs);
				const brute = bruteForce(jobs);
				expect(starts !== null).toBe(brute);
				if (starts) {
					jobs.forEach((j, i) => {
						expect(starts[i]!).toBeGreaterThanOrEqual(j.from);
						expect(starts[i]! + j.length).toBeLessThanOrEqual(j.to);
					});
					const order = jobs.map((_, i) => i).sort((a, b) => starts[a]! - starts[b]!);
					for (let k = 1; k < order.length; k++)
						expect(starts[order[k]!]).toBeGreaterThanOrEqual(starts[order[k - 1]!]! + jobs[order[k - 1]!]!.length);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('minimalConflict keeps only what makes the set impossible', () => {
		const jobs: Job[] = [
			{ from: 0, to: 2, length: 2 },
			{ from: 10, to: 20, length: 1 },
			{ from: 0, to: 2, length: 1 }
		];
		expect(minimalConflict(jobs)).toEqual([0, 2]);
	});
});

function bruteForce(jobs: readonly Job[]): boolean {
	const n = jobs.length;
	const place = (k: number, taken: [number, number][]): boolean => {
		if (k === n) return true;
		for (let s = jobs[k]!.from; s + jobs[k]!.length <= jobs[k]!.to; s++) {
			const e = s + jobs[k]!.length;
			if (taken.every(([a, b]) => e <= a || b <= s) && place(k + 1, [...taken, [s, e]])) return true;
		}
		return false;
	};
	return place(0, []);
}

describe('energyRows', () => {
	it('keeps only spans that are the hull of what they hold and could overflow', () => {
		const pl = (activity: number, from: number, to: number, length: number, column: number): Placement => ({
			activity,
			room: 0,
			weekday: 1,
			segment: 0,
			from,
			to,
			length,
			column
		});
		const rows = energyRows([pl(0, 0, 180, 120, 0), pl(1, 60, 180, 60, 1), pl(2, 0, 600, 60, 2)]);
		// [0, 180): 180 min for 180 min of sessions: cannot overflow; [0, 600) neither.
		expect(rows).toEqual([]);
		const tight = energyRows([pl(0, 0, 180, 120, 0), pl(1, 60, 180, 120, 1), pl(2, 0, 600, 60, 2)]);
		expect(tight).toEqual([{ columns: [0, 1], lengths: [120, 120], capacity: 180 }]);
	});
});

describe('consolidate', () => {
	it('never moves an itinerant activity into a quartier it already visits that week', () => {
		// Three days in three quartiers: gathering them into one room would visit a quartier thrice.
		const p = problem({
			rooms: ['q1', 'q2', 'q3'].map((q, i) => planRoom(`r${i + 1}`, { quartierId: q })),
			activities: [activity('a1', { itinerant: true, sessionsPerWeek: 3, windows: ['wednesday', 'weekend'] })]
		});
		const model = buildModel(p);
		const sessions = (
			[
				['r1', 3],
				['r2', 6],
				['r3', 7]
			] as const
		).map(([roomId, weekday]) => ({ activityId: 'a1', roomId, weekday, start: 9 * 60, end: 10 * 60 }));
		const x = encode(p, model, sessions, [])!;
		const y = consolidate(p, model, x);
		expect(feasible(model, y)).toBe(true);
		const after = decode(p, model, y).sessions;
		expect(after.map((s) => s.roomId).sort()).toEqual(['r1', 'r2', 'r3']);
		expect(validatePlan(p, after, [])).toEqual([]);
	});

	it('keeps every plan it is given feasible, on random problems', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
				const p = generateProblem({ seed, rooms: 4, activities: 8, slotMinutes: 60 });
				const model = buildModel(p);
				const start = greedyPlan(p);
				const x = encode(p, model, start.sessions, start.upgradeIds);
				if (!x) return true;
				const y = consolidate(p, model, x);
				const decoded = decode(p, model, y);
				return feasible(model, y) && validatePlan(p, decoded.sessions, decoded.upgradeIds).length === 0;
			}),
			{ numRuns: 60 }
		);
	});
});

describe('spreadOut', () => {
	it('moves a session off a day next to another of the same activity, in a room it already uses', () => {
		const p = problem({
			rooms: [planRoom('r1')],
			activities: [activity('a1', { sessionsPerWeek: 2, windows: ['school_hours'] })]
		});
		const model = buildModel(p);
		const monday = { activityId: 'a1', roomId: 'r1', start: 9 * 60, end: 10 * 60 };
		const x = encode(
			p,
			model,
			[
				{ ...monday, weekday: 1 },
				{ ...monday, weekday: 2 }
			],
			[]
		)!;
		const y = spreadOut(p, model, x);
		const after = decode(p, model, y).sessions;
		// School hours give Monday, Tuesday, Thursday and Friday: no longer two days in a row.
		const days = after.map((s) => s.weekday).sort();
		expect(days).toHaveLength(2);
		expect(days[1]! - days[0]!).toBeGreaterThan(1);
		expect(after.every((s) => s.roomId === 'r1')).toBe(true);
		expect(validatePlan(p, after, [])).toEqual([]);
	});

	it('makes room by moving another activity’s session to a day where it loses nothing', () => {
		// One hour a day, Monday to Sunday; b1 and b2 hold Thursday and Friday.
		const hour = ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: 9 * 60, end: 10 * 60 }));
		const p = problem({
			rooms: [planRoom('r1', { open: hour })],
			activities: [activity('a', { sessionsPerWeek: 2, windows: ['school_hours'] }), activity('b1'), activity('b2')]
		});
		const model = buildModel(p);
		const at = (activityId: string, weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7) => ({
			activityId,
			roomId: 'r1',
			weekday,
			start: 9 * 60,
			end: 10 * 60
		});
		const x = encode(p, model, [at('a', 1), at('a', 2), at('b1', 4), at('b2', 5)], [])!;
		const after = decode(p, model, spreadOut(p, model, x)).sessions;
		const daysOf = (id: string) =>
			after
				.filter((s) => s.activityId === id)
				.map((s) => s.weekday)
				.sort();
		expect(daysOf('a')).not.toEqual([1, 2]);
		expect(daysOf('a')).toHaveLength(2);
		expect(daysOf('a')[1]! - daysOf('a')[0]!).toBeGreaterThan(1);
		expect(after).toHaveLength(4);
		expect(validatePlan(p, after, [])).toEqual([]);
	});

	it('keeps plans feasible and never worsens continuity, on random problems', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
				const p = generateProblem({ seed, rooms: 4, activities: 8, slotMinutes: 60 });
				const model = buildModel(p);
				const start = greedyPlan(p);
				const x = encode(p, model, start.sessions, start.upgradeIds);
				if (!x) return true;
				const y = spreadOut(p, model, x);
				const decoded = decode(p, model, y);
				const score = (v: number[]) =>
					model.objectives.continuity.indices.reduce(
						(sum, c, k) => sum + model.objectives.continuity.values[k]! * v[c]!,
						0
					);
				return (
					feasible(model, y) &&
					validatePlan(p, decoded.sessions, decoded.upgradeIds).length === 0 &&
					score(y) <= score(completeHelpers(model, x)) &&
					decoded.sessions.length === start.sessions.length
				);
			}),
			{ numRuns: 60 }
		);
	});
});
