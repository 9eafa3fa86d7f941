/**
 * Disclosure control for published counts: no one must be recognisable in a small group.
 *
 * A count table (e.g. the answers to one question by gender) is published with its row totals,
 * column totals and grand total. Counts from 1 to k − 1 are too small to publish (primary
 * suppression; k = 5 by default). Hiding them is not enough: a hidden cell alone in its row is
 * the row total minus the cells shown. So more cells are hidden (secondary suppression) until
 * no hidden cell can be worked out from what is published.
 *
 * The published figures obey linear equations: each row sums to its total, each column to its
 * total, the totals to the grand total. A hidden cell can be worked out exactly when its unit
 * vector lies in the row space of those equations restricted to the hidden cells, i.e. when
 * every vector of their null space is zero there. Complementary cells are only chosen among
 * counts of at least 1: since the equations form a network (totally unimodular) matrix, a hidden
 * cell that is not determined by the equations then has at least two integer, non-negative
 * values consistent with everything published — the property tests check this by brute force.
 *
 * Zeros are published: "nobody" is not a small group. Pure and synchronous: pages, API and
 * exports all call it, so a figure hidden on the page is hidden everywhere.
 */

export const DEFAULT_MIN_COUNT = 5;

/** One breakdown: counts[row][column], rows and columns in display order. */
export interface CountTable {
	counts: readonly (readonly number[])[];
}

/** A published figure, or null when it is hidden. */
export type Published = number | null;

export interface ProtectedTable {
	cells: Published[][];
	rowTotals: Published[];
	columnTotals: Published[];
	total: Published;
	/** How many figures were hidden because they were small, and how many to protect them. */
	primary: number;
	secondary: number;
}

/** Cells of the table extended with its margins: row r, column c; r = rows and c = columns are the totals. */
interface Grid {
	rows: number;
	columns: number;
	value(r: number, c: number): number;
}

function extended(counts: readonly (readonly number[])[]): Grid {
	const rows = counts.length;
	const columns = counts[0]?.length ?? 0;
	const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
	const columnTotals = Array.from({ length: columns }, (_, c) => counts.reduce((a, row) => a + (row[c] ?? 0), 0));
	const total = rowTotals.reduce((a, b) => a + b, 0);
	return {
		rows,
		columns,
		value(r, c) {
			if (r === rows && c === columns) return total;
			if (r === rows) return columnTotals[c]!;
			if (c === columns) return rowTotals[r]!;
			return counts[r]![c]!;
		}
	};
}

/**
 * The equations linking the cells of an extended grid, each a list of [cell index, coefficient]:
 * every row (cells − row total = 0), every column (cells − column total = 0), and the totals
 * (row totals − grand total = 0). Cell index = r × (columns + 1) + c.
 */
export function tableEquations(rows: number, columns: number): [number, number][][] {
	const width = columns + 1;
	const index = (r: number, c: number) => r * width + c;
	const equations: [number, number][][] = [];
	for (let r = 0; r <= rows; r += 1) {
		const eq: [number, number][] = [];
		for (let c = 0; c < columns; c += 1) eq.push([index(r, c), 1]);
		eq.push([index(r, columns), -1]);
		equations.push(eq);
	}
	for (let c = 0; c <= columns; c += 1) {
		const eq: [number, number][] = [];
		for (let r = 0; r < rows; r += 1) eq.push([index(r, c), 1]);
		eq.push([index(rows, c), -1]);
		equations.push(eq);
	}
	return equations;
}

const EPSILON = 1e-9;

/**
 * Which hidden cells the equations determine exactly. Gauss–Jordan elimination on the columns of
 * the hidden cells: a hidden cell is determined when it is a pivot whose row has no entry in a
 * free column (then no null-space vector moves it).
 */
export function determinedCells(equations: readonly [number, number][][], hidden: readonly number[]): Set<number> {
	const position = new Map(hidden.map((cell, i) => [cell, i]));
	const matrix = equations
		.map((eq) => {
			const row = new Array<number>(hidden.length).fill(0);
			for (const [cell, coefficient] of eq) {
				const i = position.get(cell);
				if (i !== undefined) row[i] = coefficient;
			}
			return row;
		})
		.filter((row) => row.some((x) => x !== 0));
	const pivotOfColumn = new Map<number, number>();
	let rank = 0;
	for (let col = 0; col < hidden.length && rank < matrix.length; col += 1) {
		let best = rank;
		for (let r = rank + 1; r < matrix.length; r += 1)
			if (Math.abs(matrix[r]![col]!) > Math.abs(matrix[best]![col]!)) best = r;
		if (Math.abs(matrix[best]![col]!) < EPSILON) continue;
		[matrix[rank], matrix[best]] = [matrix[best]!, matrix[rank]!];
		const pivotRow = matrix[rank]!;
		const p = pivotRow[col]!;
		for (let k = 0; k < pivotRow.length; k += 1) pivotRow[k] = pivotRow[k]! / p;
		for (let r = 0; r < matrix.length; r += 1) {
			if (r === rank) continue;
			const factor = matrix[r]![col]!;
			if (Math.abs(factor) < EPSILON) continue;
			for (let k = 0; k < pivotRow.length; k += 1) matrix[r]![k] = matrix[r]![k]! - factor * pivotRow[k]!;
		}
		pivotOfColumn.set(col, rank);
		rank += 1;
	}
	const determined = new Set<number>();
	for (const [col, r] of pivotOfColumn) {
		const row = matrix[r]!;
		const movesWithAFreeCell = row.some((x, k) => k !== col && !pivotOfColumn.has(k) && Math.abs(x) > EPSILON);
		if (!movesWithAFreeCell) determined.add(hidden[col]!);
	}
	return determined;
}

/** Hides small counts and enough others that none of them can be worked out from what is shown. */
export function protectTable(table: CountTable, options: { minCount?: number } = {}): ProtectedTable {
	const k = options.minCount ?? DEFAULT_MIN_COUNT;
	if (!Number.isInteger(k) || k < 1) throw new RangeError('minCount must be a positive integer');
	const grid = extended(table.counts);
	const { rows, columns } = grid;
	const width = columns + 1;
	const cellCount = (rows + 1) * width;
	const valueOf = (cell: number) => grid.value(Math.floor(cell / width), cell % width);
	const equations = tableEquations(rows, columns);
	const equationsOf = new Map<number, number[]>();
	equations.forEach((eq, e) => {
		for (const [cell] of eq) equationsOf.set(cell, [...(equationsOf.get(cell) ?? []), e]);
	});

	const hidden = new Set<number>();
	for (let cell = 0; cell < cellCount; cell += 1) {
		const v = valueOf(cell);
		if (v >= 1 && v < k) hidden.add(cell);
	}
	const primary = hidden.size;

	for (;;) {
		const determined = determinedCells(equations, [...hidden]);
		if (determined.size === 0) break;
		const complement = chooseComplement(hidden, determined, equations, equationsOf, valueOf, cellCount);
		if (complement === null) {
			// Nothing left to hide that could protect them: hide the whole table.
			for (let cell = 0; cell < cellCount; cell += 1) if (valueOf(cell) >= 1) hidden.add(cell);
			break;
		}
		hidden.add(complement);
	}

	const shown = (cell: number): Published => (hidden.has(cell) ? null : valueOf(cell));
	return {
		cells: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => shown(r * width + c))),
		rowTotals: Array.from({ length: rows }, (_, r) => shown(r * width + columns)),
		columnTotals: Array.from({ length: columns }, (_, c) => shown(rows * width + c)),
		total: shown(rows * width + columns),
		primary,
		secondary: hidden.size - primary
	};
}

/**
 * The figure to hide next: the one, among counts of at least 1 still shown, that leaves the fewest
 * hidden figures determined — preferring inner cells to totals (totals are what readers use
 * most), then cells that share an equation with a determined one, then small counts (less
 * information lost). Greedy, not minimal, but never unsafe: the loop only ends when nothing
 * hidden is determined.
 */
function chooseComplement(
	hidden: ReadonlySet<number>,
	determined: ReadonlySet<number>,
	equations: readonly [number, number][][],
	equationsOf: ReadonlyMap<number, number[]>,
	valueOf: (cell: number) => number,
	cellCount: number
): number | null {
	const near = new Set<number>();
	for (const cell of determined)
		for (const e of equationsOf.get(cell) ?? []) for (const [other] of equations[e]!) near.add(other);
	let best: { cell: number; score: number[] } | null = null;
	for (let cell = 0; cell < cellCount; cell += 1) {
		if (hidden.has(cell) || valueOf(cell) < 1) continue;
		const score = [
			determinedCells(equations, [...hidden, cell]).size,
			Number(isMargin(cell, equations)),
			Number(!near.has(cell)),
			valueOf(cell)
		];
		if (!best || lexicographicallyLess(score, best.score)) best = { cell, score };
	}
	return best?.cell ?? null;
}

function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
	for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! < b[i]!;
	return false;
}

/** A margin (a total) is the cell with coefficient −1 in some equation. */
function isMargin(cell: number, equations: readonly [number, number][][]): boolean {
	return equations.some((eq) => eq.some(([c, coefficient]) => c === cell && coefficient === -1));
}
