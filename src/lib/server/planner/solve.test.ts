/**
 * Issue 6, point 6: on small instances the solver's plan scores exactly what an exhaustive
 * search finds (served weight, then upgrade cost, then extra rooms), and the validator finds
 * nothing wrong with it. The exhaustive search (exhaustive.ts) shares no code with the model.
 */
import { describe, expect, it } from 'vitest';
import { exhaustiveSearch } from '#lib/domain/planner/exhaustive.js';
import { generateProblem } from '#lib/domain/planner/generate.js';
import type { PlanProblem, Weekday } from '#lib/domain/planner/problem.js';
import { solvePlan } from './solve.js';

/**
 * A seeded instance cut down to what brute force can enumerate: 2–3 rooms open three mornings
 * a week, 2–4 activities of one or two sessions, two candidate upgrades at most per room.
 */
function tiny(seed: number): PlanProblem {
	const p = generateProblem({
		seed,
		rooms: 2 + (seed % 2),
		activities: 2 + (seed % 3),
		slotMinutes: 60,
		upgradesPerRoom: 2,
		budgetShare: 0.5
	});
	const days: Weekday[] = [1, 2, 3];
	return {
		...p,
		grid: { slotMinutes: 60, dayStart: 8 * 60, dayEnd: 12 * 60 },
		rooms: p.rooms.map((r) => ({
			...r,
			open: days.map((weekday) => ({ weekday, start: 8 * 60, end: 12 * 60 })),
			busy: r.busy.filter((b) => b.weekday <= 3)
		})),
		activities: p.activities.map((a, i) => ({
			...a,
			windows: i % 3 === 0 ? [] : ['morning'],
			sessionsPerWeek: 1 + (i % 2),
			sessionMinutes: i % 2 === 0 ? 60 : 120
		})),
		settings: { ...p.settings, timeLimitSeconds: 30, relativeGap: 0 }
	};
}

describe('solvePlan against an exhaustive search', () => {
	it(
		'finds the same optimum on 30 small seeded instances, and a valid plan each time',
		{ timeout: 300_000 },
		async () => {
			let withUpgrades = 0;
			let withUnmet = 0;
			for (let seed = 1; seed <= 30; seed++) {
				const problem = tiny(seed);
				const plan = await solvePlan(problem);
				const best = exhaustiveSearch(problem);
				expect(plan.violations, `seed ${seed}`).toEqual([]);
				expect(plan.status, `seed ${seed}`).toBe('optimal');
				expect(plan.gap, `seed ${seed}`).toBe(0);
				expect(
					{ served: plan.score.servedWeight, cost: plan.score.upgradeCost, extraRooms: plan.score.extraRooms },
					`seed ${seed}`
				).toEqual({ served: best.score.servedWeight, cost: best.score.upgradeCost, extraRooms: best.score.extraRooms });
				if (plan.upgradeIds.length > 0) withUpgrades++;
				if (plan.unmet.length > 0) withUnmet++;
			}
			// The instances are not all trivial: some buy upgrades, some cannot serve everything.
			expect(withUpgrades).toBeGreaterThan(0);
			expect(withUnmet).toBeGreaterThan(0);
		}
	);
});
