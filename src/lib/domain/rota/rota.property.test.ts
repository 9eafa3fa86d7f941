/**
 * Issue 9, point 4: whatever the team and the needs, no member is ever scheduled outside her
 * stated availability, over her maximum hours, or twice a day — checked straight against the
 * stated constraints (not through the segments the candidates are built from), for the greedy
 * rota and for every candidate the solver may choose from. The solver's own rota is checked the
 * same way in src/lib/server/rota/solve-rota.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideAvailability, rotaProblem } from '../testing/rota-problems.js';
import { candidateShifts } from './candidates.js';
import { greedyRota } from './greedy.js';
import { buildRotaModel, encodeRota } from './mip.js';
import { demandGrid, effectiveMaxMinutes, scoreRota, targetMinutes, workedMinutes } from './problem.js';
import { termsValue } from '../sparse-model.js';
import { explainUnmet } from './unmet.js';
import { validateRota } from './validate.js';

describe('rota rules, for random teams and needs', () => {
	it('never offers a candidate shift outside availability, off the grid, or of the wrong length', () => {
		fc.assert(
			fc.property(rotaProblem(), (problem) => {
				const s = problem.settings;
				for (const c of candidateShifts(problem, demandGrid(problem))) {
					const m = problem.members[c.member]!;
					expect(insideAvailability(m, c)).toBe(true);
					expect(c.end - c.start).toBeGreaterThanOrEqual(s.minShiftMinutes);
					expect(c.end - c.start).toBeLessThanOrEqual(Math.min(s.maxShiftMinutes, effectiveMaxMinutes(m, s)));
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('gives a greedy rota inside availability, within maximum hours, one shift a day, that the validator accepts', () => {
		fc.assert(
			fc.property(rotaProblem(), (problem) => {
				const shifts = greedyRota(problem);
				for (const m of problem.members) {
					const mine = shifts.filter((x) => x.memberId === m.memberId);
					for (const sh of mine) expect(insideAvailability(m, sh)).toBe(true);
					expect(workedMinutes(shifts, m.memberId)).toBeLessThanOrEqual(effectiveMaxMinutes(m, problem.settings));
					expect(new Set(mine.map((x) => x.weekday)).size).toBe(mine.length);
				}
				expect(validateRota(problem, shifts)).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it('explains every uncovered person-slot, and only those; the model reads the same coverage', () => {
		fc.assert(
			fc.property(rotaProblem(), (problem) => {
				const shifts = greedyRota(problem);
				const score = scoreRota(problem, shifts);
				const missing = explainUnmet(problem, shifts).reduce(
					(sum, b) => sum + (b.missing * (b.end - b.start)) / problem.settings.slotMinutes,
					0
				);
				expect(score.covered + missing).toBe(score.demand);
				const model = buildRotaModel(problem);
				const x = encodeRota(problem, model, shifts);
				expect(Math.abs(termsValue(model.objectives.coverage, x))).toBe(score.covered);
				const gaps = [...model.gapColumns.keys()].map((i) => {
					const m = problem.members[i]!;
					const target = targetMinutes(m, problem.settings);
					return Math.abs(workedMinutes(shifts, m.memberId) - target) / target;
				});
				expect(x[model.zColumn]).toBeCloseTo(Math.max(0, ...gaps));
			}),
			{ numRuns: 100 }
		);
	});
});
