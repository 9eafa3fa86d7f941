import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cheapestUpgrades, greedyPlan } from './greedy.js';
import { validatePlan } from './validate.js';
import { scorePlan } from './score.js';
import { activity, arbitraryProblem, MEDIUM, problem, room, SMALL, upgrade } from '../testing/planner-problems.js';

const creche = activity(
	'creche',
	{ sessionsPerWeek: 3, sessionMinutes: 120, itinerant: true, windows: ['school_hours'], priority: 9 },
	{ minAreaM2: 40, childToilets: true }
);

describe('greedyPlan', () => {
	it('buys +8 m² when that is what lets the crèche in, and only when it is within the budget', () => {
		const p = problem({
			rooms: [room('r1', { quartierId: 'q1' }, { areaM2: 32, childToilets: true })],
			activities: [{ ...creche, sessionsPerWeek: 1 }],
			upgrades: [
				upgrade('plus4', 'r1', { amountM2: 4, cost: 500 }),
				upgrade('plus8', 'r1', { amountM2: 8, cost: 2400 })
			],
			settings: { budget: 3000, timeLimitSeconds: 5, relativeGap: 0 }
		});
		const plan = greedyPlan(p);
		expect(plan.upgradeIds).toEqual(['plus8']);
		expect(plan.sessions).toEqual([{ activityId: 'creche', roomId: 'r1', weekday: 1, start: 9 * 60, end: 11 * 60 }]);

		const poor = greedyPlan({ ...p, settings: { ...p.settings, budget: 2399 } });
		expect(poor).toEqual({ sessions: [], upgradeIds: [] });
	});

	it('takes the cheapest set of upgrades: two +4 m² rather than one dearer +8 m²', () => {
		const p = problem({
			rooms: [room('r1', {}, { areaM2: 32, childToilets: true })],
			activities: [{ ...creche, sessionsPerWeek: 1 }],
			upgrades: [
				upgrade('plus8', 'r1', { amountM2: 8, cost: 2400 }),
				upgrade('plus4a', 'r1', { amountM2: 4, cost: 1000 }),
				upgrade('plus4b', 'r1', { amountM2: 4, cost: 1100 }),
				upgrade('kitchen', 'r1', { kind: 'kitchen', kitchenLevel: 'full', amountM2: 0, cost: 0 })
			],
			settings: { budget: 10_000, timeLimitSeconds: 5, relativeGap: 0 }
		});
		expect(greedyPlan(p).upgradeIds).toEqual(['plus4a', 'plus4b']);
		expect(cheapestUpgrades(p, p.rooms[0]!, p.activities[0]!, new Set())?.map((u) => u.id)).toEqual([
			'plus4a',
			'plus4b'
		]);
		expect(cheapestUpgrades(p, p.rooms[0]!, p.activities[0]!, new Set(['plus8']))).toEqual([]);
	});

	it('prefers a room that fits as it is to one that needs works', () => {
		const p = problem({
			rooms: [
				room('small', {}, { areaM2: 32, childToilets: true }),
				room('large', {}, { areaM2: 50, childToilets: true })
			],
			activities: [{ ...creche, itinerant: false, sessionsPerWeek: 2 }],
			upgrades: [upgrade('plus8', 'small', { cost: 0 })],
			settings: { budget: 5000, timeLimitSeconds: 5, relativeGap: 0 }
		});
		const plan = greedyPlan(p);
		expect(plan.upgradeIds).toEqual([]);
		expect(plan.sessions.map((s) => [s.roomId, s.weekday])).toEqual([
			['large', 1],
			['large', 2]
		]);
	});

	it('sends an itinerant activity to a different quartier each day, a room without quartier counting as one', () => {
		const p = problem({
			rooms: [
				room('a', { quartierId: 'q1' }, { areaM2: 40, childToilets: true }),
				room('b', { quartierId: 'q1' }, { areaM2: 40, childToilets: true }),
				room('c', { quartierId: 'q2' }, { areaM2: 40, childToilets: true }),
				room('d', { quartierId: null }, { areaM2: 40, childToilets: true })
			],
			activities: [creche]
		});
		const plan = greedyPlan(p);
		expect(plan.sessions.map((s) => [s.roomId, s.weekday])).toEqual([
			['a', 1],
			['c', 2],
			['d', 4]
		]);
		expect(validatePlan(p, plan.sessions, plan.upgradeIds)).toEqual([]);
	});

	it('serves higher priorities first and steps around bookings at the earliest free start', () => {
		const p = problem({
			grid: { slotMinutes: 30, dayStart: 8 * 60, dayEnd: 12 * 60 },
			rooms: [room('r', { busy: [{ weekday: 1, start: 8 * 60, end: 9 * 60 + 10 }] })],
			activities: [
				activity('low', { priority: 2, sessionMinutes: 60 }),
				activity('high', { priority: 8, sessionMinutes: 100 })
			]
		});
		expect(greedyPlan(p).sessions).toEqual([
			{ activityId: 'high', roomId: 'r', weekday: 1, start: 9 * 60 + 30, end: 11 * 60 + 30 },
			{ activityId: 'low', roomId: 'r', weekday: 2, start: 8 * 60, end: 9 * 60 }
		]);
	});

	it('always gives a plan the independent validator accepts (small problems)', () => {
		fc.assert(
			fc.property(arbitraryProblem(SMALL), (p) => {
				const plan = greedyPlan(p);
				expect(validatePlan(p, plan.sessions, plan.upgradeIds)).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});

	it('always gives a plan the independent validator accepts (medium problems), and the same plan twice', () => {
		fc.assert(
			fc.property(arbitraryProblem(MEDIUM), (p) => {
				const plan = greedyPlan(p);
				expect(validatePlan(p, plan.sessions, plan.upgradeIds)).toEqual([]);
				expect(greedyPlan(structuredClone(p))).toEqual(plan);
			}),
			{ numRuns: 200 }
		);
	});

	it('places sessions on most random problems, so that the validity property is not vacuous', () => {
		let served = 0;
		let withUpgrades = 0;
		fc.assert(
			fc.property(arbitraryProblem(MEDIUM), (p) => {
				const plan = greedyPlan(p);
				if (scorePlan(p, plan.sessions, plan.upgradeIds).servedSessions > 0) served++;
				if (plan.upgradeIds.length > 0) withUpgrades++;
			}),
			{ numRuns: 200, seed: 6 }
		);
		expect(served).toBeGreaterThan(150);
		expect(withUpgrades).toBeGreaterThan(10);
	});

	it('gives plans that the validator rejects once a session is moved onto another', () => {
		fc.assert(
			fc.property(arbitraryProblem(MEDIUM), (p) => {
				const { sessions, upgradeIds } = greedyPlan(p);
				fc.pre(sessions.length > 0);
				const copy = { ...sessions[0]!, activityId: sessions.at(-1)!.activityId };
				expect(validatePlan(p, [...sessions, copy], upgradeIds).length).toBeGreaterThan(0);
			}),
			{ numRuns: 100 }
		);
	});
});
