import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { publishValues, type SeriesInfo, type StoredValue } from './indicator-values.js';

const series: SeriesInfo[] = [
	{ id: 'all', code: 'abcde', measure: 'job_seekers', sex: 'all', unit: 'count', minCount: 5 },
	{ id: 'f', code: 'abcde_f', measure: 'job_seekers', sex: 'women', unit: 'count', minCount: 5 },
	{ id: 'h', code: 'abcde_h', measure: 'job_seekers', sex: 'men', unit: 'count', minCount: 5 },
	{ id: 'rate', code: 'tx_f_empl', measure: 'employment_rate_15_64', sex: 'women', unit: 'percent', minCount: 5 }
];
const v = (seriesId: string, value: number, territoryId = 'q1'): StoredValue => ({
	seriesId,
	territoryType: 'quartier',
	territoryId,
	year: 2015,
	value
});

describe('publishValues', () => {
	it('publishes rates as given, even small ones', () => {
		expect(publishValues(series, [v('rate', 3.2)])[0]).toMatchObject({ published: 3.2, suppressed: false });
	});

	it('hides a small count of women and, with it, the men, since the total is published', () => {
		const out = publishValues(series, [v('all', 43), v('f', 3), v('h', 40)]);
		expect(out.map((o) => o.published)).toEqual([43, null, null]);
		expect(out.map((o) => o.suppressed)).toEqual([false, true, true]);
	});

	it('publishes counts of at least k, and zeros', () => {
		expect(publishValues(series, [v('all', 255), v('f', 112), v('h', 143)]).map((o) => o.published)).toEqual([
			255, 112, 143
		]);
		expect(publishValues(series, [v('all', 40), v('f', 0), v('h', 40)]).map((o) => o.published)).toEqual([40, 0, 40]);
	});

	it('never lets a hidden count be worked out from what is published (women + men + rest = total)', () => {
		fc.assert(
			fc.property(fc.nat(30), fc.nat(30), fc.nat(5), (f, h, rest) => {
				const out = publishValues(series, [v('all', f + h + rest), v('f', f), v('h', h)]);
				const [total, women, men] = out.map((o) => o.published);
				// A small count is never shown.
				if (f > 0 && f < 5) expect(women).toBeNull();
				if (h > 0 && h < 5) expect(men).toBeNull();
				// One hidden, one shown and the total shown would give the hidden one away
				// (unless the rest is hidden too, which this table does not publish: then the
				// hidden cell's partner is the rest, itself hidden).
				if (total !== null && rest === 0) expect((women === null) === (men === null)).toBe(true);
			})
		);
	});
});
