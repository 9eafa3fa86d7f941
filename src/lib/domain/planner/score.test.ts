import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareScores, scorePlan } from './score.js';
import type { PlanScore } from './problem.js';
import { activity, problem, room, upgrade } from '../testing/planner-problems.js';

const p = problem({
	rooms: [room('r1'), room('r2')],
	activities: [
		activity('creche', { priority: 8, sessionsPerWeek: 2 }),
		activity('cooking', { priority: 3, sessionsPerWeek: 3 })
	],
	upgrades: [upgrade('plus8', 'r1', { cost: 2400 }), upgrade('kitchen', 'r2', { kind: 'kitchen', cost: 9000 })]
});

const s = (activityId: string, roomId: string, weekday: 1 | 2 | 3 | 4 | 5, start = 600) => ({
	activityId,
	roomId,
	weekday,
	start,
	end: start + 60
});

describe('scorePlan', () => {
	it('weighs each session served by its priority and adds up the upgrades bought', () => {
		const score = scorePlan(p, [s('creche', 'r1', 1), s('cooking', 'r2', 1), s('cooking', 'r1', 2)], ['plus8']);
		expect(score).toEqual({
			servedWeight: 8 + 3 + 3,
			servedSessions: 3,
			demandSessions: 5,
			upgradeCost: 2400,
			extraRooms: 1
		});
	});

	it('counts nothing beyond the weekly demand, nor unknown activities or upgrades', () => {
		const sessions = [s('creche', 'r1', 1), s('creche', 'r1', 2), s('creche', 'r1', 3), s('ghost', 'r1', 4)];
		const score = scorePlan(p, sessions, ['nope', 'kitchen', 'kitchen']);
		expect(score.servedSessions).toBe(2);
		expect(score.servedWeight).toBe(16);
		expect(score.upgradeCost).toBe(9000);
		expect(score.extraRooms).toBe(0);
	});

	it('scores an empty plan as nothing served', () => {
		expect(scorePlan(p, [], [])).toEqual({
			servedWeight: 0,
			servedSessions: 0,
			demandSessions: 5,
			upgradeCost: 0,
			extraRooms: 0
		});
	});
});

describe('compareScores', () => {
	const base: PlanScore = { servedWeight: 10, servedSessions: 2, demandSessions: 4, upgradeCost: 500, extraRooms: 1 };

	it('prefers more weight served, even at a higher cost', () => {
		expect(compareScores({ ...base, servedWeight: 11, upgradeCost: 9999 }, base)).toBeLessThan(0);
	});

	it('prefers cheaper upgrades when the weight is the same, then fewer extra rooms', () => {
		expect(compareScores({ ...base, upgradeCost: 400, extraRooms: 3 }, base)).toBeLessThan(0);
		expect(compareScores({ ...base, extraRooms: 0 }, base)).toBeLessThan(0);
		expect(compareScores(base, { ...base })).toBe(0);
	});

	it('is a total preorder: antisymmetric and transitive', () => {
		const score = fc.record({
			servedWeight: fc.integer({ min: 0, max: 5 }),
			servedSessions: fc.constant(0),
			demandSessions: fc.constant(0),
			upgradeCost: fc.integer({ min: 0, max: 5 }),
			extraRooms: fc.integer({ min: 0, max: 5 })
		});
		fc.assert(
			fc.property(score, score, score, (a, b, c) => {
				expect(Math.sign(compareScores(a, b)) + Math.sign(compareScores(b, a))).toBe(0);
				if (compareScores(a, b) <= 0 && compareScores(b, c) <= 0) expect(compareScores(a, c)).toBeLessThanOrEqual(0);
			})
		);
	});
});
