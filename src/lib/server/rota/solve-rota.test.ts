/**
 * The rota solver with HiGHS: on tiny random instances it reaches what a brute-force search
 * over every combination of candidate shifts finds (coverage, then fairness); on random teams
 * its rota is always inside every member's stated availability; and on a restaurant-like team
 * of eight the rota is proven optimal and respects every school pick-up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateShifts, type CandidateShift } from '#lib/domain/rota/candidates.js';
import { generateRota } from '#lib/domain/rota/generate.js';
import { demandGrid, effectiveMaxMinutes, scoreRota, type RotaProblem, type Shift } from '#lib/domain/rota/problem.js';
import { insideAvailability, rotaProblem } from '#lib/domain/testing/rota-problems.js';
import { solveRota } from './solve-rota.js';

/** Every way of giving each member at most one candidate a day, within her hours: the best (coverage, fairness). */
function bruteForce(problem: RotaProblem): { covered: number; maxDeviation: number } {
	const candidates = candidateShifts(problem, demandGrid(problem));
	const groups = new Map<string, CandidateShift[]>();
	for (const c of candidates)
		groups.set(`${c.member}|${c.weekday}`, [...(groups.get(`${c.member}|${c.weekday}`) ?? []), c]);
	const lists = [...groups.values()];
	let best = { covered: -1, maxDeviation: Infinity };
	const chosen: Shift[] = [];
	const walk = (g: number) => {
		if (g === lists.length) {
			const ok = problem.members.every(
				(m) =>
					chosen.filter((x) => x.memberId === m.memberId).reduce((s, x) => s + x.end - x.start, 0) <=
					effectiveMaxMinutes(m, problem.settings)
			);
			if (!ok) return;
			const score = scoreRota(problem, chosen);
			if (
				score.covered > best.covered ||
				(score.covered === best.covered && score.maxDeviation < best.maxDeviation - 1e-9)
			)
				best = { covered: score.covered, maxDeviation: score.maxDeviation };
			return;
		}
		walk(g + 1);
		for (const c of lists[g]!) {
			chosen.push({ memberId: problem.members[c.member]!.memberId, weekday: c.weekday, start: c.start, end: c.end });
			walk(g + 1);
			chosen.pop();
		}
	};
	walk(0);
	return best;
}

describe('solveRota', () => {
	it('matches a brute-force search on 20 tiny random instances', { timeout: 120_000 }, async () => {
		const tiny = rotaProblem({ maxMembers: 2, maxNeeds: 2 }).map((p) => ({
			...p,
			settings: { ...p.settings, dayStart: 9 * 60, dayEnd: 14 * 60, minShiftMinutes: 120, maxShiftMinutes: 240 },
			needs: p.needs.map((n) => ({ ...n, weekday: 1 as const })).filter((n) => n.start < 14 * 60),
			members: p.members.map((m) => ({ ...m, maxMinutes: Math.max(m.maxMinutes, 120) }))
		}));
		const samples = fc.sample(tiny, { numRuns: 20, seed: 9 });
		for (const problem of samples) {
			const solution = await solveRota(problem);
			const best = bruteForce(problem);
			expect(solution.violations).toEqual([]);
			expect(solution.score.covered).toBe(best.covered);
			expect(solution.score.maxDeviation).toBeCloseTo(best.maxDeviation, 5);
		}
	});

	it('never places a member outside her stated availability, on 25 random teams', { timeout: 120_000 }, async () => {
		const teams = rotaProblem({ maxMembers: 5 }).map((p) => ({
			...p,
			settings: { ...p.settings, timeLimitSeconds: 2 }
		}));
		for (const problem of fc.sample(teams, { numRuns: 25, seed: 4 })) {
			const solution = await solveRota(problem);
			expect(solution.violations).toEqual([]);
			for (const sh of solution.shifts)
				expect(
					insideAvailability(
						problem.members.find((m) => m.memberId === sh.memberId)!,
						sh
					)
				).toBe(true);
		}
	});

	it('proves a restaurant rota for eight optimal, clear of every school pick-up', { timeout: 60_000 }, async () => {
		// A generous limit: the proof takes about 2.5 s on a quiet machine (bench/results/rota.md), more on a busy one.
		const problem = generateRota({ seed: 1, members: 8, timeLimitSeconds: 60 });
		const solution = await solveRota(problem);
		expect(solution.status).toBe('optimal');
		expect(solution.violations).toEqual([]);
		const pickUps = problem.members.flatMap((m) =>
			m.unavailable.filter((u) => u.kind === 'school_pickup').map((u) => ({ ...u, memberId: m.memberId }))
		);
		expect(pickUps.length).toBeGreaterThan(0);
		for (const p of pickUps)
			for (const sh of solution.shifts.filter((x) => x.memberId === p.memberId && x.weekday === p.weekday))
				expect(sh.end <= p.start || sh.start >= p.end).toBe(true);
		expect(solution.score.covered).toBeGreaterThan(0);
	});
});
