import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	ACT_CRECHE,
	ACT_RESTAURANT,
	ACT_TEXTILE,
	ORG_CRECHE,
	ORG_JUDO,
	ORG_RESTAURANT,
	ORG_TEXTILE,
	ROOM_HALL,
	ROOM_HOUSE,
	ROOM_PLANNED,
	UP_AREA,
	UP_KITCHEN,
	lowBudgetPlan,
	lowBudgetProblem,
	plan,
	problem
} from '../../../../tests/fixtures/planner-run.js';
import {
	activitySummary,
	clock,
	comparePlans,
	minutesInside,
	openOnGrid,
	planTotals,
	roomStats,
	spaceProgramme,
	timetable,
	timetableRows
} from './results.js';
import type { Weekday } from './problem.js';

describe('roomStats', () => {
	const stats = roomStats(problem, plan);
	const hall = stats.find((r) => r.roomId === ROOM_HALL)!;

	it('counts session minutes, fixed occupancy and open time on the grid', () => {
		// Restaurant 3 × 3 h, textile 2 × 2 h.
		expect(hall.sessionMinutes).toBe(13 * 60);
		// Judo Tuesday and Thursday 18–20, inside opening hours.
		expect(hall.fixedMinutes).toBe(4 * 60);
		// Monday to Saturday 8–20.
		expect(hall.openMinutes).toBe(6 * 12 * 60);
		expect(hall.occupancy).toBeCloseTo(17 / 72);
		expect(hall.sessionCount).toBe(5);
	});

	it('counts organisations of the bookings and of the activities placed there, once each', () => {
		expect(hall.organisationIds).toEqual([ORG_JUDO, ORG_RESTAURANT, ORG_TEXTILE].sort());
		expect(stats.find((r) => r.roomId === ROOM_HOUSE)!.organisationIds).toEqual([ORG_CRECHE]);
		expect(hall.activityIds).toEqual([ACT_RESTAURANT, ACT_TEXTILE]);
	});

	it('takes a planned room without opening hours as open for the whole grid', () => {
		const planned = stats.find((r) => r.roomId === ROOM_PLANNED)!;
		expect(planned.openMinutes).toBe(7 * 14 * 60);
		expect(planned.sessionMinutes).toBe(4 * 60);
	});

	it('leaves fixed occupancy outside the grid or opening hours out, and a closed room at 0 %', () => {
		const p = {
			...problem,
			rooms: [{ ...problem.rooms[0]!, open: [], busy: [{ weekday: 1 as Weekday, start: 6 * 60, end: 9 * 60 }] }]
		};
		const [r] = roomStats(p, { ...plan, sessions: [] });
		expect(r!.fixedMinutes).toBe(60);
		const closed = roomStats(
			{ ...problem, rooms: [{ ...problem.rooms[0]!, open: [{ weekday: 1, start: 0, end: 300 }] }] },
			plan
		);
		expect(closed[0]!.openMinutes).toBe(0);
		expect(closed[0]!.occupancy).toBe(0);
	});

	it('keeps occupancy between 0 and 1 and session minutes equal to the sessions’ length', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						weekday: fc.integer({ min: 1, max: 7 }),
						start: fc.integer({ min: 0, max: 20 }),
						len: fc.integer({ min: 1, max: 4 })
					}),
					{ maxLength: 12 }
				),
				(raw) => {
					// Sessions on distinct day/start pairs that do not overlap: one per day.
					const byDay = new Map<number, { weekday: Weekday; start: number; end: number }>();
					for (const r of raw) {
						const start = 8 * 60 + r.start * 30;
						byDay.set(r.weekday, { weekday: r.weekday as Weekday, start, end: Math.min(start + r.len * 60, 22 * 60) });
					}
					const sessions = [...byDay.values()].map((s) => ({ ...s, activityId: ACT_TEXTILE, roomId: ROOM_PLANNED }));
					const [, , planned] = roomStats(problem, { ...plan, sessions });
					expect(planned!.sessionMinutes).toBe(sessions.reduce((sum, s) => sum + s.end - s.start, 0));
					expect(planned!.occupancy).toBeGreaterThanOrEqual(0);
					expect(planned!.occupancy).toBeLessThanOrEqual(1);
				}
			)
		);
	});
});

describe('openOnGrid and minutesInside', () => {
	it('cuts opening hours to the grid day', () => {
		expect(openOnGrid({ open: [{ weekday: 2, start: 7 * 60, end: 23 * 60 }] }, problem.grid)).toEqual([
			{ weekday: 2, start: 8 * 60, end: 22 * 60 }
		]);
	});
	it('measures the overlap day by day', () => {
		expect(
			minutesInside(
				[
					{ weekday: 1, start: 0, end: 100 },
					{ weekday: 2, start: 50, end: 100 }
				],
				[{ weekday: 1, start: 60, end: 200 }]
			)
		).toBe(40);
	});
});

describe('timetable', () => {
	const t = timetable(problem, plan);

	it('lists the grid’s slots and places each session on its rows and day', () => {
		expect(t.slots[0]).toBe(8 * 60);
		expect(t.slots).toHaveLength(14);
		const hall = t.rooms.find((r) => r.roomId === ROOM_HALL)!;
		const monday = hall.blocks.find((b) => b.kind === 'session' && b.weekday === 1)!;
		// 9:00 is the second hourly row from 8:00; three hours span three rows.
		expect(monday).toMatchObject({ row: 2, span: 3, activityId: ACT_RESTAURANT, colour: 1 });
		const judo = hall.blocks.filter((b) => b.kind === 'busy');
		expect(judo.map((b) => [b.weekday, b.row, b.span])).toEqual([
			[2, 11, 2],
			[4, 11, 2]
		]);
	});

	it('shows the days a room is open, and the sessions of each day in time order', () => {
		const hall = t.rooms.find((r) => r.roomId === ROOM_HALL)!;
		expect(hall.days).toEqual([1, 2, 3, 4, 5, 6]);
		expect(hall.sessionsByDay.map((d) => d.weekday)).toEqual([1, 3, 4, 5]);
		expect(hall.sessionsByDay.find((d) => d.weekday === 5)!.sessions.map((s) => s.activityId)).toEqual([
			ACT_RESTAURANT,
			ACT_TEXTILE
		]);
		expect(t.rooms.find((r) => r.roomId === ROOM_PLANNED)!.days).toEqual([1, 2, 3, 4, 5, 6, 7]);
	});

	it('rounds a half-hour session on an hourly grid to whole rows and clips blocks to the grid', () => {
		const p = {
			...problem,
			rooms: [{ ...problem.rooms[2]!, busy: [{ weekday: 1 as Weekday, start: 21 * 60, end: 23 * 60 }] }]
		};
		const odd = timetable(p, {
			...plan,
			sessions: [{ activityId: ACT_CRECHE, roomId: ROOM_PLANNED, weekday: 2, start: 9 * 60 + 30, end: 11 * 60 }]
		});
		const [busy, session] = odd.rooms[0]!.blocks;
		expect(busy).toMatchObject({ row: 14, span: 1 });
		expect(session).toMatchObject({ row: 2, span: 2 });
	});
});

describe('spaceProgramme', () => {
	it('shows each room after the upgrades bought, with only what changed', () => {
		const [hall, house, planned] = spaceProgramme(problem, plan);
		expect(hall!.after.areaM2).toBe(48);
		expect(hall!.after.kitchenLevel).toBe('full');
		expect(hall!.changes).toEqual([
			{ field: 'areaM2', before: 40, after: 48 },
			{ field: 'kitchenLevel', before: 'reheating', after: 'full' }
		]);
		expect(hall!.bought.map((u) => u.id)).toEqual([UP_AREA, UP_KITCHEN]);
		expect(hall!.cost).toBe(51_000);
		expect(house!.changes).toEqual([]);
		// The planned room's storage upgrade was a candidate, not bought.
		expect(planned!.bought).toEqual([]);
		expect(planned!.after).toEqual(planned!.before);
	});
});

describe('planTotals and activitySummary', () => {
	it('adds up served, demand, weight and cost against the budget', () => {
		expect(planTotals(problem, plan)).toEqual({
			servedSessions: 7,
			demandSessions: 7,
			servedWeight: 55,
			demandWeight: 55,
			upgradeCost: 51_000,
			budget: 60_000,
			remaining: 9_000,
			unmetSessions: 0
		});
		expect(planTotals(lowBudgetProblem, lowBudgetPlan)).toMatchObject({
			servedSessions: 4,
			upgradeCost: 0,
			unmetSessions: 3
		});
	});
	it('says per activity how many sessions were placed and where', () => {
		const crèche = activitySummary(problem, plan).find((a) => a.activity.id === ACT_CRECHE)!;
		expect(crèche.placed).toBe(2);
		expect(crèche.rooms).toEqual(['Maison des associations — salle 2', 'Future salle du pôle social']);
		const restaurant = activitySummary(lowBudgetProblem, lowBudgetPlan).find((a) => a.activity.id === ACT_RESTAURANT)!;
		expect(restaurant.unmet).toEqual([{ activityId: ACT_RESTAURANT, missing: 3, reason: 'budget' }]);
	});
});

describe('comparePlans', () => {
	it('puts two plans side by side, rooms matched by name', () => {
		const c = comparePlans({ problem, plan }, { problem: lowBudgetProblem, plan: lowBudgetPlan });
		expect([c.a.servedSessions, c.b.servedSessions]).toEqual([7, 4]);
		expect([c.a.upgradeCost, c.b.upgradeCost]).toEqual([51_000, 0]);
		expect(c.upgrades.a.map((u) => u.id)).toEqual([UP_AREA, UP_KITCHEN]);
		expect(c.upgrades.b).toEqual([]);
		expect(c.unmet).toEqual({ a: 0, b: 3 });
		const hall = c.rooms.find((r) => r.label === 'Salle polyvalente Jean-Moulin')!;
		expect(hall.a!.sessionCount).toBe(5);
		expect(hall.b!.sessionCount).toBe(2);
	});
	it('keeps a room only one plan has, with nothing on the other side', () => {
		const fewer = { ...lowBudgetProblem, rooms: lowBudgetProblem.rooms.slice(0, 2) };
		const c = comparePlans({ problem, plan }, { problem: fewer, plan: { ...lowBudgetPlan, sessions: [] } });
		expect(c.rooms.find((r) => r.label === 'Future salle du pôle social')!.b).toBeNull();
	});
});

describe('timetableRows and clock', () => {
	it('orders sessions by room, then day, then time', () => {
		const rows = timetableRows(problem, plan);
		expect(rows.map((r) => [r.room!.id, r.session.weekday])).toEqual([
			[ROOM_HALL, 1],
			[ROOM_HALL, 3],
			[ROOM_HALL, 4],
			[ROOM_HALL, 5],
			[ROOM_HALL, 5],
			[ROOM_HOUSE, 2],
			[ROOM_PLANNED, 4]
		]);
	});
	it('writes minutes as a 24-hour clock', () => {
		expect(clock(9 * 60 + 5)).toBe('09:05');
		expect(clock(1440)).toBe('24:00');
	});
});
