/**
 * The rota as a mixed-integer model, as plain arrays for HiGHS (src/lib/server/highs).
 *
 * Columns: one binary x per candidate shift (candidates.ts: inside availability by
 * construction), one continuous y per slot where people are needed (person-slots covered there,
 * at most the need and at most the people at work), one continuous d per member (the gap
 * between her hours and her target, relative to it) and one z (the largest d).
 *
 * Rows: coverage (y ≤ Σ x over shifts covering the slot), at most one shift a day per member,
 * weekly maximum (part-time share included), |hours − target| ≤ d · target, d ≤ z.
 * A member who has no candidate shift at all is left out of fairness: nothing can bring her
 * closer, and she would hold z at 1 for everyone else.
 *
 * The objective is lexicographic, solved in three stages, each stage's value then held by a
 * row (as in the planner): (1) cover as much need as possible; (2) fairness — minimise z, so
 * no member is far from what she asked for, relative to it (60 % part-time and full-time alike);
 * (3) the sum of the d (everyone closer once the worst is as good as it gets) weighted 1000,
 * plus comfort: half-hours outside school hours and one per shift, so shifts stay in school
 * hours and are fewer and longer. One weighted sum of all of it would need coverage weights
 * large enough to drown z in the solver's tolerances.
 */
import type { Rows, Terms } from '../sparse-model.js';
import { RowBuilder } from '../sparse-model.js';
import { candidateShifts, type CandidateShift } from './candidates.js';
import { demandGrid, effectiveMaxMinutes, targetMinutes, type RotaProblem, type Shift } from './problem.js';

export interface RotaModel {
	numCols: number;
	colLower: number[];
	colUpper: number[];
	integer: boolean[];
	rows: Rows;
	candidates: CandidateShift[];
	/** Column of each demand slot's y, keyed `${weekday}|${slot}`. */
	coverColumns: Map<string, number>;
	/** Column of each member's relative gap d (members in fairness only). */
	gapColumns: Map<number, number>;
	zColumn: number;
	objectives: { coverage: Terms; fairness: Terms; comfort: Terms };
}

export function buildRotaModel(problem: RotaProblem): RotaModel {
	const s = problem.settings;
	const demand = demandGrid(problem);
	const candidates = candidateShifts(problem, demand);
	const colLower: number[] = [];
	const colUpper: number[] = [];
	const integer: boolean[] = [];
	const col = (lower: number, upper: number, isInteger: boolean) => {
		colLower.push(lower);
		colUpper.push(upper);
		integer.push(isInteger);
		return colLower.length - 1;
	};
	candidates.forEach(() => col(0, 1, true));
	const coverColumns = new Map<string, number>();
	demand.forEach((day, d) =>
		day.forEach((need, i) => {
			if (need > 0) coverColumns.set(`${d + 1}|${i}`, col(0, need, false));
		})
	);
	const zColumn = col(0, Infinity, false);
	const gapColumns = new Map<number, number>();

	const rows = new RowBuilder();
	const covering = new Map<string, number[]>();
	const perDay = new Map<string, number[]>();
	const perMember = problem.members.map(() => [] as number[]);
	candidates.forEach((c, k) => {
		for (let i = c.firstSlot; i < c.firstSlot + c.slots; i++) {
			const key = `${c.weekday}|${i}`;
			if (coverColumns.has(key)) covering.set(key, [...(covering.get(key) ?? []), k]);
		}
		const day = `${c.member}|${c.weekday}`;
		perDay.set(day, [...(perDay.get(day) ?? []), k]);
		perMember[c.member]!.push(k);
	});
	for (const [key, y] of coverColumns) {
		const xs = covering.get(key) ?? [];
		rows.add({ indices: [y, ...xs], values: [1, ...xs.map(() => -1)] }, -Infinity, 0);
	}
	for (const ks of perDay.values()) if (ks.length > 1) rows.add({ indices: ks, values: ks.map(() => 1) }, -Infinity, 1);
	problem.members.forEach((m, member) => {
		const ks = perMember[member]!;
		if (ks.length === 0) return;
		const slots = { indices: ks, values: ks.map((k) => candidates[k]!.slots) };
		rows.add(slots, -Infinity, Math.floor(effectiveMaxMinutes(m, s) / s.slotMinutes));
		const target = targetMinutes(m, s) / s.slotMinutes;
		if (target <= 0) return;
		const d = col(0, Infinity, false);
		gapColumns.set(member, d);
		rows.add({ indices: [...slots.indices, d], values: [...slots.values, -target] }, -Infinity, target);
		rows.add({ indices: [...slots.indices, d], values: [...slots.values, target] }, target, Infinity);
		rows.add({ indices: [d, zColumn], values: [1, -1] }, -Infinity, 0);
	});
	const gaps = [...gapColumns.values()];

	const ys = [...coverColumns.values()];
	return {
		numCols: colLower.length,
		colLower,
		colUpper,
		integer,
		rows,
		candidates,
		coverColumns,
		gapColumns,
		zColumn,
		objectives: {
			coverage: { indices: ys, values: ys.map(() => -1) },
			// z, plus the sum of the gaps with a weight so small that it moves z by less than the
			// stage's tolerance (0.01): it only steers the solver's heuristics towards balanced
			// rotas, where the bare min–max objective gives them nothing to follow.
			fairness: {
				indices: [zColumn, ...gaps],
				values: [1, ...gaps.map(() => 1 / (1000 * Math.max(1, gaps.length)))]
			},
			comfort: {
				indices: [...candidates.map((_, k) => k), ...gaps],
				values: [...candidates.map((c) => c.outsideSchoolMinutes / s.slotMinutes + 1), ...gaps.map(() => 1000)]
			}
		}
	};
}

/** A rota as a point of the model (the solver's warm start); shifts that are not candidates are left out. */
export function encodeRota(problem: RotaProblem, model: RotaModel, shifts: readonly Shift[]): number[] {
	const x = new Array<number>(model.numCols).fill(0);
	const index = new Map(model.candidates.map((c, k) => [`${c.member}|${c.weekday}|${c.start}|${c.end}`, k]));
	const memberIndex = new Map(problem.members.map((m, i) => [m.memberId, i]));
	for (const sh of shifts) {
		const k = index.get(`${memberIndex.get(sh.memberId)}|${sh.weekday}|${sh.start}|${sh.end}`);
		if (k !== undefined) x[k] = 1;
	}
	return completeRota(problem, model, x);
}

/** Sets y and z to the best values the shifts chosen in x allow. */
export function completeRota(problem: RotaProblem, model: RotaModel, x: number[]): number[] {
	const s = problem.settings;
	const out = [...x];
	const cover = new Map<string, number>();
	const slots = problem.members.map(() => 0);
	model.candidates.forEach((c, k) => {
		if (out[k]! < 0.5) return;
		slots[c.member]! += c.slots;
		for (let i = c.firstSlot; i < c.firstSlot + c.slots; i++)
			cover.set(`${c.weekday}|${i}`, (cover.get(`${c.weekday}|${i}`) ?? 0) + 1);
	});
	for (const [key, y] of model.coverColumns) out[y] = Math.min(model.colUpper[y]!, cover.get(key) ?? 0);
	let z = 0;
	for (const [member, d] of model.gapColumns) {
		const target = targetMinutes(problem.members[member]!, s) / s.slotMinutes;
		out[d] = Math.abs(slots[member]! - target) / target;
		z = Math.max(z, out[d]!);
	}
	out[model.zColumn] = z;
	return out;
}

export function decodeRota(problem: RotaProblem, model: RotaModel, x: ArrayLike<number>): Shift[] {
	return model.candidates
		.filter((_, k) => x[k]! > 0.5)
		.map((c) => ({ memberId: problem.members[c.member]!.memberId, weekday: c.weekday, start: c.start, end: c.end }));
}
