import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tableEquations, type ProtectedTable } from './disclosure-control.js';
import { alternativeExists, publishedGrid, trueGrid } from './testing/disclosure-attacker.js';
import { IMPACT_AGE_BANDS, IMPACT_SEXES, type ImpactAgeBand, type ImpactSex } from './impact-report.js';
import {
	monthCounts,
	participantCounts,
	protectCount,
	protectYear,
	quartierImpact,
	type ImpactReportFigures
} from './impact-indicators.js';

const report = (
	month: string,
	participants: [ImpactSex, ImpactAgeBand, number][],
	extra: Partial<ImpactReportFigures> = {}
): ImpactReportFigures => ({
	month,
	childcareHours: 0,
	peopleTrained: 0,
	peopleBackToWork: 0,
	participants: participants.map(([sex, ageBand, count]) => ({ sex, ageBand, count })),
	...extra
});

const cell = (t: ProtectedTable, sex: ImpactSex, band: ImpactAgeBand) =>
	t.cells[IMPACT_SEXES.indexOf(sex)]![IMPACT_AGE_BANDS.indexOf(band)];

describe('impact of the initiatives of a quartier', () => {
	it('adds up the reports of a year by sex and age band, and by month', () => {
		const reports = [
			report('2026-03-01', [
				['woman', '25-34', 12],
				['man', '25-34', 7]
			]),
			report('2026-04-01', [['woman', '25-34', 8]])
		];
		const grid = participantCounts(reports);
		expect(grid[0]![IMPACT_AGE_BANDS.indexOf('25-34')]).toBe(20);
		expect(grid[1]![IMPACT_AGE_BANDS.indexOf('25-34')]).toBe(7);
		expect(monthCounts(reports).map((r) => r[0])).toEqual([0, 0, 19, 8, 0, 0, 0, 0, 0, 0, 0, 0]);
	});

	it('hides a group of 3 participants in one age band, and enough else that it cannot be worked out', () => {
		const [year] = quartierImpact([
			report('2026-10-01', [
				['woman', '35-49', 3],
				['woman', '25-34', 14],
				['man', '25-34', 9],
				['man', '35-49', 11]
			])
		]);
		expect(cell(year!.participants, 'woman', '35-49')).toBeNull();
		expect(year!.participants.primary).toBeGreaterThanOrEqual(1);
		expect(year!.participants.secondary).toBeGreaterThanOrEqual(1);
		// The total stays published: 37 participants that year.
		expect(year!.participants.total).toBe(37);
		expect(year!.months.total).toBe(37);
	});

	it('publishes large groups as they are, one table per year, the latest year first', () => {
		const years = quartierImpact([
			report('2025-06-01', [['woman', '6-14', 20]], { childcareHours: 40, peopleTrained: 6 }),
			report('2026-01-01', [['man', '65+', 8]], { peopleBackToWork: 2 })
		]);
		expect(years.map((y) => y.year)).toEqual([2026, 2025]);
		expect(cell(years[1]!.participants, 'woman', '6-14')).toBe(20);
		expect(years[1]!.childcareHours).toBe(40);
		expect(years[1]!.peopleTrained).toBe(6);
		expect(years[0]!.peopleBackToWork).toBeNull();
		expect(years[0]!.peopleTrained).toBe(0);
	});

	it('hides a small single count and shows zero', () => {
		expect(protectCount(3, 5)).toBeNull();
		expect(protectCount(0, 5)).toBe(0);
		expect(protectCount(5, 5)).toBe(5);
	});

	it('never lets a hidden figure be worked out from both tables of a year together', () => {
		const sexes = IMPACT_SEXES.length;
		const bands = IMPACT_AGE_BANDS.length;
		const participant = fc.record({
			sex: fc.integer({ min: 0, max: sexes - 1 }),
			band: fc.integer({ min: 0, max: bands - 1 }),
			month: fc.integer({ min: 1, max: 12 }),
			count: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 12 }))
		});
		fc.assert(
			fc.property(fc.array(participant, { minLength: 1, maxLength: 6 }), (entries) => {
				const reports = entries.map((e) =>
					report(`2026-${String(e.month).padStart(2, '0')}-01`, [
						[IMPACT_SEXES[e.sex]!, IMPACT_AGE_BANDS[e.band]!, e.count]
					])
				);
				const { participants, months } = protectYear(reports);
				// Both tables as one system: A's cells, then B's, and A's total equal to B's total.
				const a = tableEquations(sexes, bands);
				const aSize = (sexes + 1) * (bands + 1);
				const b = tableEquations(12, 1).map((eq) => eq.map(([c, k]) => [c + aSize, k] as [number, number]));
				const bSize = 13 * 2;
				const equations = [
					...a,
					...b,
					[[aSize - 1, 1] as [number, number], [aSize + bSize - 1, -1] as [number, number]]
				];
				const known = [...publishedGrid(participants), ...publishedGrid(months)];
				const truth = [...trueGrid(participantCounts(reports)), ...trueGrid(monthCounts(reports))];
				const bound = truth[aSize - 1]!;
				// Every small group is hidden.
				truth.forEach((v, i) => {
					if (v >= 1 && v < 5) expect(known[i]).toBeNull();
				});
				known.forEach((v, i) => {
					if (v === null) expect(alternativeExists(equations, known, i, truth[i]!, bound)).toBe(true);
					else expect(v).toBe(truth[i]);
				});
			}),
			{ numRuns: 40 }
		);
	}, 240_000); // brute force over two tables: slow when the whole suite shares two cores
});
