import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scorePlan } from './score.js';
import { fitsAfter } from './upgrades.js';
import { explainUnmet } from './unmet.js';
import { greedyPlan } from './greedy.js';
import type { PlanProblem } from './problem.js';
import { activity, arbitraryProblem, MEDIUM, problem, room, upgrade } from '../testing/planner-problems.js';

const budget = (euros: number) => ({ budget: euros, timeLimitSeconds: 5, relativeGap: 0 });

/** The greedy plan's unmet demand, so that each case is a plan a solver could return. */
const unmetOf = (p: PlanProblem) => {
	const plan = greedyPlan(p);
	return explainUnmet(p, plan.sessions, plan.upgradeIds);
};

const creche = activity('creche', { sessionsPerWeek: 2, sessionMinutes: 120 }, { minAreaM2: 40 });

describe('explainUnmet', () => {
	it('says nothing when every session asked for is placed', () => {
		expect(unmetOf(problem({ rooms: [room('r')], activities: [creche] }))).toEqual([]);
	});

	it('says no room fits when even every candidate upgrade leaves it short', () => {
		const p = problem({
			rooms: [room('r', {}, { areaM2: 30 })],
			activities: [creche],
			upgrades: [upgrade('plus8', 'r', { amountM2: 8, cost: 0 })],
			settings: budget(1000)
		});
		expect(unmetOf(p)).toEqual([{ activityId: 'creche', missing: 2, reason: 'no_room_fits' }]);
	});

	it('says budget when the upgrades that would make a room fit cost more than what is left', () => {
		const p = problem({
			rooms: [room('r', {}, { areaM2: 32 })],
			activities: [creche],
			upgrades: [upgrade('plus8', 'r', { amountM2: 8, cost: 2400 })],
			settings: budget(2000)
		});
		expect(unmetOf(p)).toEqual([{ activityId: 'creche', missing: 2, reason: 'budget' }]);
		// With enough money, the same room serves it.
		expect(unmetOf({ ...p, settings: budget(2400) })).toEqual([]);
	});

	it('counts what the plan already spent when it says budget', () => {
		const p = problem({
			rooms: [room('r', {}, { areaM2: 32 }), room('s', {}, { areaM2: 32 })],
			activities: [creche, activity('other', { sessionsPerWeek: 1 }, { minAreaM2: 40 })],
			upgrades: [upgrade('plusR', 'r', { cost: 2400 }), upgrade('plusS', 's', { cost: 2400 })],
			settings: budget(4000)
		});
		expect(
			explainUnmet(p, [{ activityId: 'creche', roomId: 'r', weekday: 1, start: 480, end: 600 }], ['plusR'])
		).toEqual([
			// Budget comes before room busy: another room would need works beyond what is left.
			{ activityId: 'creche', missing: 1, reason: 'budget' },
			{ activityId: 'other', missing: 1, reason: 'budget' }
		]);
	});

	it('says window clash when no fitting room opens during the allowed windows for a whole session', () => {
		const p = problem({
			rooms: [
				room('day', { open: [{ weekday: 1, start: 9 * 60, end: 17 * 60 }] }),
				room('tooSmall', {}, { areaM2: 20 }),
				room('shortEvening', { open: [{ weekday: 2, start: 18 * 60, end: 19 * 60 + 30 }] })
			],
			activities: [{ ...creche, windows: ['evening'] }]
		});
		expect(unmetOf(p)).toEqual([{ activityId: 'creche', missing: 2, reason: 'window_clash' }]);
	});

	it('says window clash rather than budget when the room beyond the budget never opens at the right time', () => {
		const p = problem({
			rooms: [room('day', { open: [{ weekday: 1, start: 9 * 60, end: 17 * 60 }] }, { areaM2: 32 })],
			activities: [{ ...creche, windows: ['evening'] }],
			upgrades: [upgrade('plus8', 'day', { cost: 5000 })]
		});
		expect(unmetOf(p)).toEqual([{ activityId: 'creche', missing: 2, reason: 'window_clash' }]);
	});

	it('says days when there are fewer usable weekdays than sessions asked for', () => {
		const p = problem({
			rooms: [room('r')],
			activities: [{ ...creche, sessionsPerWeek: 3, windows: ['wednesday', 'weekend'] }]
		});
		expect(unmetOf(p)).toEqual([]);
		const four = {
			...p,
			activities: [{ ...creche, sessionsPerWeek: 4, windows: ['wednesday' as const, 'weekend' as const] }]
		};
		expect(unmetOf(four)).toEqual([{ activityId: 'creche', missing: 1, reason: 'days' }]);
	});

	it('says itinerant quartiers when an itinerant activity has fewer quartiers than sessions', () => {
		const p = problem({
			rooms: [room('a', { quartierId: 'q1' }), room('b', { quartierId: 'q1' }), room('c', { quartierId: null })],
			activities: [{ ...creche, sessionsPerWeek: 3, itinerant: true }]
		});
		expect(unmetOf(p)).toEqual([{ activityId: 'creche', missing: 1, reason: 'itinerant_quartiers' }]);
	});

	it('says room busy when fitting rooms open at the right times are taken', () => {
		const p = problem({
			grid: { slotMinutes: 60, dayStart: 8 * 60, dayEnd: 12 * 60 },
			rooms: [room('r', { busy: [{ weekday: 2, start: 9 * 60, end: 10 * 60 }] })],
			activities: [
				activity('first', { sessionsPerWeek: 1, sessionMinutes: 240, priority: 9 }),
				{ ...creche, sessionsPerWeek: 7, sessionMinutes: 180 }
			]
		});
		expect(unmetOf(p)).toEqual([{ activityId: 'creche', missing: 2, reason: 'room_busy' }]);
	});

	it('accounts for every session missing from a valid plan, and says no room fits only when none does', () => {
		fc.assert(
			fc.property(arbitraryProblem(MEDIUM), (p) => {
				const plan = greedyPlan(p);
				const unmet = explainUnmet(p, plan.sessions, plan.upgradeIds);
				const score = scorePlan(p, plan.sessions, plan.upgradeIds);
				expect(unmet.reduce((sum, u) => sum + u.missing, 0)).toBe(score.demandSessions - score.servedSessions);
				for (const u of unmet) {
					const a = p.activities.find((x) => x.id === u.activityId)!;
					const anyFits = p.rooms.some((r) =>
						fitsAfter(
							r.equipment,
							p.upgrades.filter((x) => x.roomId === r.id),
							a.requirements
						)
					);
					expect(u.reason === 'no_room_fits').toBe(!anyFits);
				}
			}),
			{ numRuns: 150 }
		);
	});
});
