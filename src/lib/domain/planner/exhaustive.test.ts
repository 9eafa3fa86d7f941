import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exhaustiveSearch } from './exhaustive.js';
import { greedyPlan } from './greedy.js';
import { compareScores, scorePlan } from './score.js';
import { validatePlan } from './validate.js';
import type { PlanProblem } from './problem.js';
import { activity, arbitraryTinyProblem, problem, room, upgrade } from '../testing/planner-problems.js';

const morning = { slotMinutes: 60 as const, dayStart: 8 * 60, dayEnd: 12 * 60 };
const mondayMorning = [{ weekday: 1 as const, start: 8 * 60, end: 12 * 60 }];
const budget = (euros: number) => ({ budget: euros, timeLimitSeconds: 5, relativeGap: 0 });

function solved(p: PlanProblem) {
	const result = exhaustiveSearch(p);
	expect(validatePlan(p, result.sessions, result.upgradeIds)).toEqual([]);
	expect(result.score).toEqual(scorePlan(p, result.sessions, result.upgradeIds));
	return result;
}

describe('exhaustiveSearch', () => {
	/** Two rooms open Monday morning; the crèche (3 h, 40 m²) fits only the 32 m² room after +8 m². */
	const crecheCase = problem({
		grid: morning,
		rooms: [
			room('small', { open: mondayMorning }, { areaM2: 32 }),
			room('big', { open: mondayMorning }, { areaM2: 60 })
		],
		activities: [
			activity('creche', { priority: 5, sessionMinutes: 180 }, { minAreaM2: 40 }),
			activity('yoga', { priority: 5, sessionMinutes: 120 }, { minAreaM2: 40 })
		],
		upgrades: [
			upgrade('plus8', 'small', { amountM2: 8, cost: 2400 }),
			upgrade('plus4', 'small', { amountM2: 4, cost: 100 })
		],
		settings: budget(3000)
	});

	it('buys +8 m² when that serves one more session', () => {
		const result = solved(crecheCase);
		expect(result.upgradeIds).toEqual(['plus8']);
		expect(result.score).toMatchObject({ servedSessions: 2, servedWeight: 10, upgradeCost: 2400 });
	});

	it('buys nothing when the budget does not reach it, and serves what fits', () => {
		const result = solved({ ...crecheCase, settings: budget(2399) });
		expect(result.upgradeIds).toEqual([]);
		expect(result.score).toMatchObject({ servedSessions: 1, servedWeight: 5, upgradeCost: 0 });
	});

	it('serves the higher priority when two activities want the one room at once', () => {
		const p = problem({
			grid: morning,
			rooms: [room('r', { open: mondayMorning })],
			activities: [
				activity('french', { priority: 3, sessionMinutes: 180 }),
				activity('creche', { priority: 7, sessionMinutes: 120 })
			]
		});
		const result = solved(p);
		expect(result.sessions.map((s) => s.activityId)).toEqual(['creche']);
		expect(result.score.servedWeight).toBe(7);
	});

	it('does better than the greedy plan when the first room taken was the only one another activity fits', () => {
		const p = problem({
			grid: morning,
			rooms: [room('r1', { open: mondayMorning }, { kitchenLevel: 'full' }), room('r2', { open: mondayMorning })],
			activities: [
				activity('french', { priority: 7, sessionMinutes: 60 }),
				activity('cooking', { priority: 5, sessionMinutes: 240 }, { kitchenLevel: 'full' })
			]
		});
		const greedy = greedyPlan(p);
		expect(scorePlan(p, greedy.sessions, greedy.upgradeIds).servedWeight).toBe(7);
		const result = solved(p);
		expect(result.score.servedWeight).toBe(12);
		expect(result.sessions.map((s) => [s.activityId, s.roomId])).toEqual([
			['french', 'r2'],
			['cooking', 'r1']
		]);
	});

	it('finds no place for an activity whose windows never meet the opening hours', () => {
		const p = problem({
			grid: { slotMinutes: 60, dayStart: 8 * 60, dayEnd: 22 * 60 },
			rooms: [room('r', { open: [{ weekday: 3, start: 8 * 60, end: 12 * 60 }] })],
			activities: [activity('evening', { windows: ['evening'] }), activity('wed', { windows: ['wednesday'] })]
		});
		expect(solved(p).sessions).toEqual([{ activityId: 'wed', roomId: 'r', weekday: 3, start: 8 * 60, end: 9 * 60 }]);
	});

	it('sends an itinerant activity once to a single quartier, however many rooms and days it has', () => {
		const p = problem({
			grid: morning,
			rooms: [
				room('a', { quartierId: 'q1', open: [...mondayMorning, { weekday: 3, start: 480, end: 720 }] }),
				room('b', { quartierId: 'q1', open: [{ weekday: 2, start: 480, end: 720 }] })
			],
			activities: [activity('van', { itinerant: true, sessionsPerWeek: 3 })]
		});
		expect(solved(p).score).toMatchObject({ servedSessions: 1, demandSessions: 3 });
		const settled = { ...p, activities: [activity('van', { sessionsPerWeek: 3 })] };
		expect(solved(settled).score).toMatchObject({ servedSessions: 3, extraRooms: 1 });
	});

	it('keeps an activity in one room when it can (continuity, third)', () => {
		const p = problem({
			grid: morning,
			rooms: [
				room('a', { open: [{ weekday: 1, start: 480, end: 720 }] }),
				room('b', { open: [1, 2].map((d) => ({ weekday: d as 1 | 2, start: 480, end: 720 })) })
			],
			activities: [activity('x', { sessionsPerWeek: 2, sessionMinutes: 240 })]
		});
		const result = solved(p);
		expect(result.score.extraRooms).toBe(0);
		expect(new Set(result.sessions.map((s) => s.roomId))).toEqual(new Set(['b']));
	});

	it('refuses an instance too big to enumerate', () => {
		const big = problem({
			rooms: [room('a'), room('b'), room('c')],
			activities: [1, 2, 3, 4].map((i) => activity(`x${i}`, { sessionsPerWeek: 3 }))
		});
		expect(() => exhaustiveSearch(big)).toThrow(/Exhaustive search: about .* plans to look at/);
		const many = problem({ upgrades: Array.from({ length: 13 }, (_, i) => upgrade(`u${i}`, 'a')) });
		expect(() => exhaustiveSearch(many)).toThrow(/13 candidate upgrades/);
	});

	it('is valid and never worse than the greedy plan on random tiny problems', () => {
		fc.assert(
			fc.property(arbitraryTinyProblem(), (p) => {
				const result = solved(p);
				const greedy = greedyPlan(p);
				expect(compareScores(result.score, scorePlan(p, greedy.sessions, greedy.upgradeIds))).toBeLessThanOrEqual(0);
			}),
			{ numRuns: 150 }
		);
	});

	it('serves at least as much with more budget or one more room (a bound that cut an optimum would show here)', () => {
		fc.assert(
			fc.property(arbitraryTinyProblem(), fc.integer({ min: 0, max: 5000 }), (p, extra) => {
				const base = exhaustiveSearch(p).score;
				const richer = exhaustiveSearch({ ...p, settings: budget(p.settings.budget + extra) }).score;
				expect(richer.servedWeight).toBeGreaterThanOrEqual(base.servedWeight);
				if (richer.servedWeight === base.servedWeight) expect(richer.upgradeCost).toBeLessThanOrEqual(base.upgradeCost);
				const spare = { ...p.rooms[0]!, id: 'spare', quartierId: 'elsewhere' };
				const roomier = exhaustiveSearch({ ...p, rooms: [...p.rooms, spare] }).score;
				expect(roomier.servedWeight).toBeGreaterThanOrEqual(base.servedWeight);
			}),
			{ numRuns: 60 }
		);
	});
});
