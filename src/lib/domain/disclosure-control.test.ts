import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { determinedCells, protectTable, tableEquations } from './disclosure-control.js';
import { alternativeExists, publishedGrid, trueGrid } from './testing/disclosure-attacker.js';

describe('disclosure control of a count table', () => {
	it('publishes a table whose counts are all large enough as it is', () => {
		const p = protectTable({
			counts: [
				[12, 7],
				[5, 9]
			]
		});
		expect(p.cells).toEqual([
			[12, 7],
			[5, 9]
		]);
		expect(p.rowTotals).toEqual([19, 14]);
		expect(p.columnTotals).toEqual([17, 16]);
		expect(p.total).toBe(33);
		expect(p.primary + p.secondary).toBe(0);
	});

	it('hides a small count and, in its row and its column, another one so that it cannot be worked out', () => {
		// Women / men / other-or-not-said answering yes and no.
		const p = protectTable({
			counts: [
				[20, 3, 9],
				[14, 11, 6]
			]
		});
		expect(p.cells[0]![1]).toBeNull();
		// Not alone in its row, not alone in its column.
		expect(p.cells[0]!.filter((x) => x === null).length).toBeGreaterThanOrEqual(2);
		expect(p.cells.map((row) => row[1]).filter((x) => x === null).length).toBeGreaterThanOrEqual(2);
		expect(p.total).toBe(63);
		expect(p.primary).toBe(1);
		expect(p.secondary).toBeGreaterThanOrEqual(3);
	});

	it('leaves zeros visible: "nobody" is not a small group', () => {
		const p = protectTable({
			counts: [
				[0, 8],
				[9, 6]
			]
		});
		expect(p.cells[0]![0]).toBe(0);
		expect(p.primary + p.secondary).toBe(0);
	});

	it('hides a small total too, and what would give it away', () => {
		const p = protectTable({
			counts: [
				[2, 1],
				[10, 12]
			]
		});
		expect(p.rowTotals[0]).toBeNull();
		expect(p.cells[0]).toEqual([null, null]);
		expect(p.total).not.toBe(null);
	});

	it('hides the whole table rather than publish a figure that gives a small group away', () => {
		const p = protectTable({ counts: [[3, 0]] });
		expect(p.cells).toEqual([[null, 0]]);
		expect(p.rowTotals).toEqual([null]);
		expect(p.total).toBeNull();
	});

	it('follows the threshold it is given', () => {
		const counts = [
			[7, 12],
			[9, 15]
		];
		expect(protectTable({ counts }, { minCount: 10 }).cells[0]![0]).toBeNull();
		expect(protectTable({ counts }, { minCount: 3 }).cells[0]![0]).toBe(7);
	});

	it('finds which hidden figures the equations determine', () => {
		const equations = tableEquations(1, 2);
		// Grid of 1 × 2 with margins: cells 0, 1, row total 2; column totals 3, 4; grand total 5.
		expect([...determinedCells(equations, [0])]).toEqual([0]);
		expect(determinedCells(equations, [0, 1]).size).toBe(2);
		expect(determinedCells(equations, [0, 1, 2, 3, 4, 5]).size).toBe(0);
	});

	it('never lets a hidden figure be recovered from what is published (brute-force attacker)', () => {
		const smallCount = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 14 }));
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 4 }),
				fc.integer({ min: 1, max: 4 }),
				fc.array(smallCount, { minLength: 16, maxLength: 16 }),
				(rows, columns, pool) => {
					const counts = Array.from({ length: rows }, (_, r) =>
						Array.from({ length: columns }, (_, c) => pool[r * 4 + c]!)
					);
					const p = protectTable({ counts });
					const known = publishedGrid(p);
					const truth = trueGrid(counts);
					const equations = tableEquations(rows, columns);
					const bound = truth[truth.length - 1]!;
					// What is shown is true, and every small non-zero figure is hidden.
					known.forEach((v, i) => {
						if (v !== null) expect(v).toBe(truth[i]);
						if (truth[i]! >= 1 && truth[i]! < 5) expect(v).toBeNull();
					});
					for (const [i, v] of known.entries()) {
						if (v !== null) continue;
						expect(alternativeExists(equations, known, i, truth[i]!, bound)).toBe(true);
					}
				}
			),
			{ numRuns: 200 }
		);
	});

	it('hides nothing when no figure is small', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 5, max: 500 })), { minLength: 3, maxLength: 3 }), {
					minLength: 1,
					maxLength: 5
				}),
				(counts) => {
					const p = protectTable({ counts });
					const margins = [...p.rowTotals, ...p.columnTotals, p.total];
					const smallMargin = margins.some((m) => m !== null && m > 0 && m < 5);
					expect(smallMargin).toBe(false);
					expect(p.primary + p.secondary).toBe(0);
				}
			)
		);
	});
});
