import { describe, expect, it } from 'vitest';
import { consultationParticipation, needsByTheme } from './platform-indicators.js';
import { EMPTY_BLOCK } from './demographics.js';

describe('platform indicators of a quartier', () => {
	it('counts needs and supports by theme, most needs first', () => {
		const r = needsByTheme([
			{ theme: 'childcare', supportCount: 4 },
			{ theme: 'food', supportCount: 10 },
			{ theme: 'childcare', supportCount: 1 }
		]);
		expect(r.themes).toEqual([
			{ theme: 'childcare', needs: 2, supports: 5 },
			{ theme: 'food', needs: 1, supports: 10 }
		]);
		expect(r.needs).toBe(3);
		expect(r.supports).toBe(15);
		expect(needsByTheme([])).toEqual({ themes: [], needs: 0, supports: 0 });
	});

	it('hides a small group of respondents by gender, from the opt-in answers only', () => {
		const responses = [
			...Array.from({ length: 9 }, () => ({
				answers: {},
				demographics: { ...EMPTY_BLOCK, gender: 'woman' as const, ageBand: '25-34' as const }
			})),
			...Array.from({ length: 2 }, () => ({ answers: {}, demographics: { ...EMPTY_BLOCK, gender: 'man' as const } })),
			...Array.from({ length: 6 }, () => ({ answers: {}, demographics: null }))
		];
		const p = consultationParticipation(responses);
		expect(p.gender.total).toBe(17);
		expect(p.gender.counts[p.gender.columns.indexOf('man')]).toBeNull();
		// Hidden alone it could be worked out from the total: another figure is hidden with it.
		expect(p.gender.counts.filter((v) => v === null).length).toBeGreaterThanOrEqual(2);
		expect(p.ageBand.counts[p.ageBand.columns.indexOf('25-34')]).toBe(9);
	});
});
