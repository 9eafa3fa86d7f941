import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	breakdownColumns,
	breakdownCounts,
	consultationResults,
	median,
	NOT_STATED,
	participationBy,
	protectBreakdown,
	questionBreakdown,
	type ResultQuestion,
	type ResultResponse
} from './consultation-results.js';
import { tableEquations } from './disclosure-control.js';
import { alternativeExists, publishedGrid, trueGrid } from './testing/disclosure-attacker.js';
import { EMPTY_BLOCK } from './demographics.js';
import { GENDERS, type DemographicBlock } from './demographic-choices.js';

// ── Fixtures ───────────────────────────────────────────────────────────────────────────────────

const single: ResultQuestion = {
	id: 'q1',
	kind: 'single',
	options: ['Matin', 'Midi', 'Soir'],
	scaleMin: null,
	scaleMax: null
};
const multiple: ResultQuestion = {
	id: 'q2',
	kind: 'multiple',
	options: ['A', 'B', 'C'],
	scaleMin: null,
	scaleMax: null
};
const scale: ResultQuestion = { id: 'q3', kind: 'scale', options: [], scaleMin: 1, scaleMax: 5 };
const ranking: ResultQuestion = { id: 'q4', kind: 'ranking', options: ['X', 'Y', 'Z'], scaleMin: null, scaleMax: null };
const text: ResultQuestion = { id: 'q5', kind: 'text', options: [], scaleMin: null, scaleMax: null };

const block = (gender: DemographicBlock['gender']): DemographicBlock => ({ ...EMPTY_BLOCK, gender });
const response = (answers: Record<string, unknown>, demographics: DemographicBlock | null = null): ResultResponse => ({
	answers,
	demographics
});

describe('consultation results', () => {
	it('counts the options of single and multiple choice questions, leaving out answers that do not fit', () => {
		const responses = [
			response({ q1: 0, q2: [0, 2] }),
			response({ q1: 2, q2: [2, 2] }),
			response({ q1: 2, q2: [] }),
			response({ q1: 7, q2: [9] }),
			response({ q1: '1', q2: 'A' }),
			response({})
		];
		const [r1, r2] = consultationResults([single, multiple], responses);
		expect(r1).toEqual({ kind: 'single', questionId: 'q1', answered: 3, counts: [1, 0, 2] });
		expect(r2).toEqual({ kind: 'multiple', questionId: 'q2', answered: 2, counts: [1, 0, 2] });
	});

	it('gives the distribution and the median of a scale', () => {
		const [r] = consultationResults(
			[scale],
			[1, 2, 2, 5, 9, 4.5].map((v) => response({ q3: v }))
		);
		expect(r).toEqual({
			kind: 'scale',
			questionId: 'q3',
			answered: 4,
			values: [1, 2, 3, 4, 5],
			counts: [1, 2, 0, 0, 1],
			median: 2
		});
		expect(median([1, 2, 4, 5])).toBe(3);
		expect(median([])).toBeNull();
	});

	it('gives the first places and the mean rank of a ranking', () => {
		const [r] = consultationResults(
			[ranking],
			[response({ q4: [0, 1, 2] }), response({ q4: [1, 0] }), response({ q4: [1, 1, 2] }), response({ q4: 'X' })]
		);
		expect(r).toEqual({
			kind: 'ranking',
			questionId: 'q4',
			answered: 3,
			firstPlaces: [1, 2, 0],
			meanRank: [1.5, 4 / 3, 2.5]
		});
	});

	it('counts the text answers that say something', () => {
		const [r] = consultationResults(
			[text],
			[response({ q5: 'Le samedi' }), response({ q5: '   ' }), response({ q5: 3 })]
		);
		expect(r).toEqual({ kind: 'text', questionId: 'q5', answered: 1 });
	});

	it('puts answers without a block, or with that answer empty, in "not stated"', () => {
		const counts = breakdownCounts(
			single,
			[
				response({ q1: 0 }, block('woman')),
				response({ q1: 0 }),
				response({ q1: 1 }, EMPTY_BLOCK),
				response({ q1: 1 }, block('man'))
			],
			'gender'
		);
		expect(breakdownColumns('gender')).toEqual([...GENDERS, NOT_STATED]);
		expect(counts).toEqual([
			[1, 0, 0, 1],
			[0, 1, 0, 1],
			[0, 0, 0, 0],
			// Nobody skipped the question.
			[0, 0, 0, 0]
		]);
		expect(breakdownCounts(single, [response({}, block('man'))], 'gender')?.at(-1)).toEqual([0, 1, 0, 0]);
		// A multiple choice question has no such row: its columns count choices, not people.
		expect(breakdownCounts(multiple, [response({ q2: [0, 1] }, block('man'))], 'gender')).toHaveLength(3);
		expect(breakdownCounts(text, [], 'gender')).toBeNull();
	});

	it('hides a small group in a breakdown, and keeps the overall counts public', () => {
		// 20 women, 3 men and 12 not stated chose the morning; 10 women and 9 not stated the evening.
		const responses = [
			...Array.from({ length: 20 }, () => response({ q1: 0 }, block('woman'))),
			...Array.from({ length: 3 }, () => response({ q1: 0 }, block('man'))),
			...Array.from({ length: 12 }, () => response({ q1: 0 })),
			...Array.from({ length: 10 }, () => response({ q1: 2 }, block('woman'))),
			...Array.from({ length: 9 }, () => response({ q1: 2 }))
		];
		const b = questionBreakdown(single, responses, 'gender')!;
		expect(b.table.cells[0]![1]).toBeNull();
		expect(b.table.rowTotals).toEqual([35, 0, 19, 0]);
		expect(b.table.total).toBe(54);
		expect(b.table.primary).toBeGreaterThanOrEqual(1);
		expect(b.table.secondary).toBeGreaterThanOrEqual(1);
	});

	it('hides a small group of respondents too', () => {
		const responses = [
			...Array.from({ length: 8 }, () => response({}, block('woman'))),
			...Array.from({ length: 2 }, () => response({}, block('other'))),
			...Array.from({ length: 6 }, () => response({}))
		];
		const p = participationBy(responses, 'gender');
		expect(p.total).toBe(16);
		expect(p.counts[2]).toBeNull();
		expect(p.counts.filter((c) => c === null).length).toBeGreaterThanOrEqual(2);
	});

	it('publishes only true figures and lets no hidden one be recovered, the row totals being public (brute force)', () => {
		const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 12 }));
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 2, max: 4 }),
				fc.array(count, { minLength: 12, maxLength: 12 }),
				(rows, columns, pool) => {
					const counts = Array.from({ length: rows }, (_, r) =>
						Array.from({ length: columns }, (_, c) => pool[r * 4 + c]!)
					);
					const p = protectBreakdown(counts);
					const known = publishedGrid(p);
					const truth = trueGrid(counts);
					const width = columns + 1;
					known.forEach((v, i) => {
						if (v !== null) expect(v).toBe(truth[i]);
						const isRowTotal = i % width === columns;
						if (isRowTotal) expect(v).toBe(truth[i]);
						else if (truth[i]! >= 1 && truth[i]! < 5) expect(v).toBeNull();
					});
					const equations = tableEquations(rows, columns);
					const bound = truth[truth.length - 1]!;
					for (const [i, v] of known.entries()) {
						if (v !== null) continue;
						expect(alternativeExists(equations, known, i, truth[i]!, bound)).toBe(true);
					}
				}
			),
			{ numRuns: 150 }
		);
	}, 120_000); // brute force: seconds alone, much longer when the whole suite shares two cores

	it('with the participation as column totals, lets no hidden figure be recovered from both tables (brute force)', () => {
		const count = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 12 }));
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 3 }),
				fc.integer({ min: 2, max: 4 }),
				fc.array(count, { minLength: 12, maxLength: 12 }),
				(rows, columns, pool) => {
					const counts = Array.from({ length: rows }, (_, r) =>
						Array.from({ length: columns }, (_, c) => pool[r * 4 + c]!)
					);
					const respondents = Array.from({ length: columns }, (_, c) => counts.reduce((a, row) => a + row[c]!, 0));
					const participation = protectBreakdown([respondents]).cells[0]!;
					const p = protectBreakdown(counts, { columnTotals: participation });
					expect(p.columnTotals).toEqual(participation);
					const known = publishedGrid(p);
					const truth = trueGrid(counts);
					const width = columns + 1;
					// What the margins alone (row totals, participation) give away was public before this
					// table: e.g. when every respondent is a woman, or when nobody is in a category (then the
					// option's other answers are all in the remaining ones). Counts are non-negative whole
					// numbers, so this is asked of the same brute force as the table, not of linear algebra.
					const margins = known.map((v, i) => (i % width === columns || i >= rows * width ? v : null));
					const equations = tableEquations(rows, columns);
					const bound = truth[truth.length - 1]!;
					const alreadyPublic = (i: number) => !alternativeExists(equations, margins, i, truth[i]!, bound);
					known.forEach((v, i) => {
						if (v !== null) expect(v).toBe(truth[i]);
						if (i % width === columns) expect(v).toBe(truth[i]);
						else if (truth[i]! >= 1 && truth[i]! < 5) expect(v).toBeNull();
					});
					for (const [i, v] of known.entries()) {
						if (v !== null || alreadyPublic(i)) continue;
						expect(alternativeExists(equations, known, i, truth[i]!, bound)).toBe(true);
					}
				}
			),
			{ numRuns: 200 }
		);
	}, 120_000); // brute force: seconds alone, much longer when the whole suite shares two cores

	it('breaks down random responses into true counts whose row totals are the overall results', () => {
		const gender = fc.constantFrom<DemographicBlock['gender']>(null, ...GENDERS);
		const answer = fc.record({ choice: fc.integer({ min: -1, max: 3 }), gender, hasBlock: fc.boolean() });
		fc.assert(
			fc.property(fc.array(answer, { maxLength: 60 }), (drawn) => {
				const responses = drawn.map((d) =>
					response(d.choice >= 0 ? { q1: d.choice } : {}, d.hasBlock ? block(d.gender) : null)
				);
				const [overall] = consultationResults([single], responses);
				const b = questionBreakdown(single, responses, 'gender')!;
				if (overall!.kind !== 'single') throw new Error('kind');
				expect(b.table.rowTotals).toEqual([...overall!.counts, responses.length - overall!.answered]);
				expect(b.table.total).toBe(responses.length);
				// The columns add up to the participation by gender, hidden where it is hidden.
				expect(b.table.columnTotals).toEqual(participationBy(responses, 'gender').counts);
				const columns = breakdownColumns('gender');
				b.table.cells.forEach((row, r) =>
					row.forEach((v, c) => {
						const truth = drawn.filter(
							(d) =>
								(d.choice >= 0 && d.choice < 3 ? d.choice : 3) === r &&
								(d.hasBlock && d.gender !== null ? d.gender : NOT_STATED) === columns[c]
						).length;
						if (v !== null) expect(v).toBe(truth);
						else expect(truth).toBeGreaterThanOrEqual(0);
					})
				);
			}),
			{ numRuns: 100 }
		);
	});
});
