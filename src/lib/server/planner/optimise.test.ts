/**
 * The aggregated model (placements, energy rows, sequencing cuts) against the plain
 * time-indexed one on small seeded instances: both solved to a proof through the HiGHS worker,
 * they must reach the same lexicographic optimum, and every plan must hold together.
 */
import { describe, expect, it } from 'vitest';
import { generateProblem } from '#lib/domain/planner/generate.js';
import { greedyPlan } from '#lib/domain/planner/greedy.js';
import type { PlannedSession, PlanProblem } from '#lib/domain/planner/problem.js';
import { validatePlan } from '#lib/domain/planner/validate.js';
import { optimise } from './optimise.js';

/** A small instance: a short grid day so that the time-indexed model stays small too. */
function small(seed: number): PlanProblem {
	const p = generateProblem({
		seed,
		rooms: 2 + (seed % 2),
		activities: 3 + (seed % 3),
		slotMinutes: 60,
		upgradesPerRoom: 2
	});
	return {
		...p,
		grid: { ...p.grid, dayStart: 8 * 60, dayEnd: 14 * 60 },
		settings: { ...p.settings, timeLimitSeconds: 60 }
	};
}

/** Rooms used beyond the first, per activity. */
function extraRooms(sessions: readonly PlannedSession[]): number {
	const rooms = new Map<string, Set<string>>();
	for (const s of sessions) rooms.set(s.activityId, (rooms.get(s.activityId) ?? new Set()).add(s.roomId));
	return [...rooms.values()].reduce((sum, r) => sum + r.size - 1, 0);
}

function cost(problem: PlanProblem, upgradeIds: readonly string[]): number {
	return problem.upgrades.filter((u) => upgradeIds.includes(u.id)).reduce((s, u) => s + u.cost, 0);
}

/** The independent validator finds nothing wrong. */
function holdsTogether(problem: PlanProblem, sessions: readonly PlannedSession[], upgradeIds: readonly string[]) {
	expect(validatePlan(problem, sessions, upgradeIds)).toEqual([]);
}

describe('optimise', () => {
	it('reaches the same optimum with the aggregated and the time-indexed model', { timeout: 120_000 }, async () => {
		for (let seed = 1; seed <= 12; seed++) {
			const problem = small(seed);
			const aggregated = await optimise(problem, { formulation: 'aggregated' });
			const timeIndexed = await optimise(problem, { formulation: 'time-indexed' });
			expect(aggregated.status, `seed ${seed}`).toBe('optimal');
			expect(timeIndexed.status, `seed ${seed}`).toBe('optimal');
			expect(aggregated.servedWeight, `seed ${seed}`).toBe(timeIndexed.servedWeight);
			expect(cost(problem, aggregated.upgradeIds), `seed ${seed}`).toBe(cost(problem, timeIndexed.upgradeIds));
			expect(extraRooms(aggregated.sessions!), `seed ${seed}`).toBe(extraRooms(timeIndexed.sessions!));
			holdsTogether(problem, aggregated.sessions!, aggregated.upgradeIds);
			holdsTogether(problem, timeIndexed.sessions!, timeIndexed.upgradeIds);
			// The aggregated model is the smaller one.
			expect(aggregated.modelSize.columns).toBeLessThanOrEqual(timeIndexed.modelSize.columns);
		}
	});

	it('answers with the best plan found and its gap when the time runs out', { timeout: 60_000 }, async () => {
		const problem = generateProblem({
			seed: 1,
			rooms: 24,
			activities: 100,
			slotMinutes: 30,
			timeLimitSeconds: 1,
			relativeGap: 0
		});
		const result = await optimise(problem, { start: greedyPlan(problem) });
		expect(result.status).toBe('time_limit');
		expect(result.sessions).not.toBeNull();
		holdsTogether(problem, result.sessions!, result.upgradeIds);
		expect(result.gap).not.toBeNull();
		// Started from the greedy plan, it is never worse than it.
		const greedy = greedyPlan(problem);
		const greedyWeight = greedy.sessions.reduce(
			(s, x) => s + problem.activities.find((a) => a.id === x.activityId)!.priority,
			0
		);
		expect(result.servedWeight).toBeGreaterThanOrEqual(greedyWeight);
	});
});
