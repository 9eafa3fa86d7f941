import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPriority, PRIORITY_WITHOUT_NEEDS, suggestPractices, type ThemeDemand } from './suggestions.js';

const creche = { id: 'creche', themes: ['JEU', 'INS', 'SER'] };
const restaurant = { id: 'restaurant', themes: ['INS', 'EMP', 'FOR', 'AGR'] };
const garden = { id: 'garden', themes: ['BIO', 'AGR'] };
const repair = { id: 'repair', themes: ['DEC'] };

const demand: ThemeDemand[] = [
	{ theme: 'JEU', needs: 3, supports: 12 },
	{ theme: 'EMP', needs: 1, supports: 2 },
	{ theme: 'AGR', needs: 1, supports: 0 }
];

describe('suggestPractices', () => {
	it('ranks practices by the weight (needs + supports) of the themes they answer, and leaves out the others', () => {
		const suggested = suggestPractices(demand, [repair, garden, restaurant, creche]);
		expect(suggested.map((s) => s.practice.id)).toEqual(['creche', 'restaurant', 'garden']);
		expect(suggested[0]).toMatchObject({ score: 15, themes: ['JEU'] });
		expect(suggested[1]).toMatchObject({ score: 4, themes: ['EMP', 'AGR'] });
	});

	it('lets supports outweigh the number of needs', () => {
		const oneBacked = [
			{ theme: 'DEC', needs: 1, supports: 20 },
			{ theme: 'BIO', needs: 5, supports: 0 }
		];
		expect(suggestPractices(oneBacked, [garden, repair]).map((s) => s.practice.id)).toEqual(['repair', 'garden']);
	});

	it('keeps the catalogue order between equal scores, and honours the limit', () => {
		const equal = [{ theme: 'AGR', needs: 2, supports: 0 }];
		expect(suggestPractices(equal, [garden, restaurant]).map((s) => s.practice.id)).toEqual(['garden', 'restaurant']);
		expect(suggestPractices(equal, [garden, restaurant], 1)).toHaveLength(1);
	});

	it('suggests nothing when residents have said nothing', () => {
		expect(suggestPractices([], [creche, restaurant])).toEqual([]);
	});
});

describe('defaultPriority', () => {
	it('gives 10 to the most backed theme, 1 to a theme nobody raised, and scales in between', () => {
		expect(defaultPriority(['JEU'], demand)).toBe(10);
		expect(defaultPriority(['DEC'], demand)).toBe(1);
		// EMP weighs 3 out of 15: 1 + 9 × 0.2 = 2.8 → 3.
		expect(defaultPriority(['EMP'], demand)).toBe(3);
		// Several themes add up, but never beyond 10.
		expect(defaultPriority(['JEU', 'EMP', 'AGR'], demand)).toBe(10);
	});

	it('starts every activity in the middle when there are no needs yet', () => {
		expect(defaultPriority(['JEU'], [])).toBe(PRIORITY_WITHOUT_NEEDS);
	});

	it('is always a whole number from 1 to 10, and more support for its theme never lowers it', () => {
		const theme = fc.constantFrom('JEU', 'INS', 'EMP', 'DEC');
		const demandArb = fc.array(fc.record({ theme, needs: fc.nat(50), supports: fc.nat(500) }), { maxLength: 6 });
		fc.assert(
			fc.property(demandArb, fc.array(theme, { maxLength: 3 }), theme, fc.nat(100), (d, themes, own, extra) => {
				const p = defaultPriority(themes, d);
				expect(Number.isInteger(p)).toBe(true);
				expect(p).toBeGreaterThanOrEqual(1);
				expect(p).toBeLessThanOrEqual(10);
				if (!d.some((x) => x.needs + x.supports > 0)) return;
				const more = [...d, { theme: own, needs: 0, supports: extra }];
				expect(defaultPriority([own], more)).toBeGreaterThanOrEqual(defaultPriority([own], d));
			})
		);
	});
});
