/**
 * The fallback rota, and the solver's starting point: repeatedly give the candidate shift that
 * covers the most still-uncovered person-slots, among members who are free that day and have
 * the hours left; ties go to the member furthest below her target (fairness), then to shifts
 * inside school hours, then to the shorter one. Never optimal, always valid (candidates lie
 * inside availability; the day and hour limits are kept here).
 */
import { candidateShifts, type CandidateShift } from './candidates.js';
import { demandGrid, effectiveMaxMinutes, targetMinutes, type RotaProblem, type Shift } from './problem.js';

export function greedyRota(problem: RotaProblem, candidates?: readonly CandidateShift[]): Shift[] {
	const s = problem.settings;
	const demand = demandGrid(problem);
	const pool = candidates ?? candidateShifts(problem, demand);
	const left = demand.map((day) => [...day]);
	const worked = problem.members.map(() => 0);
	const max = problem.members.map((m) => effectiveMaxMinutes(m, s));
	const target = problem.members.map((m) => targetMinutes(m, s));
	const busy = new Set<string>();
	const chosen: CandidateShift[] = [];
	for (;;) {
		let best: CandidateShift | null = null;
		let bestKey: number[] = [];
		for (const c of pool) {
			const length = c.end - c.start;
			if (busy.has(`${c.member}|${c.weekday}`) || worked[c.member]! + length > max[c.member]!) continue;
			const day = left[c.weekday - 1]!;
			let gain = 0;
			for (let k = c.firstSlot; k < c.firstSlot + c.slots; k++) if (day[k]! > 0) gain++;
			if (gain === 0) continue;
			const t = target[c.member]!;
			const deficit = t === 0 ? -1 : (t - worked[c.member]!) / t;
			const key = [gain, deficit, -c.outsideSchoolMinutes, -length];
			if (!best || greater(key, bestKey)) {
				best = c;
				bestKey = key;
			}
		}
		if (!best) break;
		chosen.push(best);
		busy.add(`${best.member}|${best.weekday}`);
		worked[best.member]! += best.end - best.start;
		const day = left[best.weekday - 1]!;
		for (let k = best.firstSlot; k < best.firstSlot + best.slots; k++) if (day[k]! > 0) day[k]!--;
	}
	return chosen.map((c) => ({
		memberId: problem.members[c.member]!.memberId,
		weekday: c.weekday,
		start: c.start,
		end: c.end
	}));
}

function greater(a: readonly number[], b: readonly number[]): boolean {
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
	return false;
}
