/**
 * The brute-force attacker of the disclosure-control property tests, shared by every test that
 * publishes protected tables (disclosure-control.test.ts, consultation-results.test.ts): test
 * support only, never imported by the application.
 */
import type { ProtectedTable } from '../disclosure-control.js';

/** Every figure of a protected table in the extended-grid order of tableEquations, null when hidden. */
export function publishedGrid(p: ProtectedTable): (number | null)[] {
	const out: (number | null)[] = [];
	p.cells.forEach((row, r) => out.push(...row, p.rowTotals[r]!));
	out.push(...p.columnTotals, p.total);
	return out;
}

export function trueGrid(counts: number[][]): number[] {
	const out: number[] = [];
	for (const row of counts)
		out.push(
			...row,
			row.reduce((a, b) => a + b, 0)
		);
	const columns = counts[0]!.length;
	const columnTotals = Array.from({ length: columns }, (_, c) => counts.reduce((a, row) => a + row[c]!, 0));
	out.push(
		...columnTotals,
		columnTotals.reduce((a, b) => a + b, 0)
	);
	return out;
}

/**
 * The attacker: knows every published figure, the equations and that counts are whole numbers
 * of at least 0 and at most the true grand total (more than a real attacker knows). Searches,
 * for a hidden figure, a complete table consistent with all that in which the figure differs.
 */
export function alternativeExists(
	equations: [number, number][][],
	known: (number | null)[],
	cell: number,
	trueValue: number,
	bound: number
): boolean {
	const unknowns = known.map((v, i) => (v === null ? i : -1)).filter((i) => i >= 0);
	for (let delta = 1; delta <= bound; delta += 1) {
		for (const candidate of [trueValue - delta, trueValue + delta]) {
			if (candidate < 0 || candidate > bound) continue;
			const values = [...known];
			values[cell] = candidate;
			if (solve(equations, values, unknowns, bound)) return true;
		}
	}
	return false;
}

/** Depth-first completion with propagation of equations that have one unknown left. */
function solve(equations: [number, number][][], values: (number | null)[], unknowns: number[], bound: number): boolean {
	// Propagate.
	const assigned: number[] = [];
	let changed = true;
	while (changed) {
		changed = false;
		for (const eq of equations) {
			let sum = 0;
			let missing: [number, number] | null = null;
			let missingCount = 0;
			for (const [c, coefficient] of eq) {
				const v = values[c];
				if (v === null || v === undefined) {
					missing = [c, coefficient];
					missingCount += 1;
				} else sum += coefficient * v;
			}
			if (missingCount === 0 && sum !== 0) return undo(values, assigned, false);
			if (missingCount === 1 && missing) {
				const v = -sum / missing[1];
				if (!Number.isInteger(v) || v < 0 || v > bound) return undo(values, assigned, false);
				values[missing[0]] = v;
				assigned.push(missing[0]);
				changed = true;
			}
		}
	}
	const next = unknowns.find((c) => values[c] === null);
	if (next === undefined) return true;
	for (let v = 0; v <= bound; v += 1) {
		values[next] = v;
		if (solve(equations, values, unknowns, bound)) return true;
	}
	values[next] = null;
	return undo(values, assigned, false);
}

function undo(values: (number | null)[], assigned: number[], result: boolean): boolean {
	for (const c of assigned) values[c] = null;
	return result;
}
