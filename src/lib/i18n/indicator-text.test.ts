import { describe, expect, it } from 'vitest';
import { comparisonSentence, formatValue, indicatorSentence, territoryLabel } from './indicator-text.js';

// Intl writes narrow no-break spaces in French: compare with plain spaces.
const plain = (s: string | null) => s?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

describe('indicatorSentence', () => {
	const employment = { measure: 'employment_rate_15_64', unit: 'percent', label: "Taux d'emploi" };

	it('reads as the issue says, in French, English and Arabic, numbers written per locale', () => {
		const values = { women: 36.3, all: 40 };
		expect(plain(indicatorSentence({ ...employment, values }, 'fr'))).toBe(
			'Dans ce quartier, 36,3 % des femmes de 15 à 64 ans ont un emploi, contre 40 % de l’ensemble.'
		);
		expect(indicatorSentence({ ...employment, values }, 'en')).toBe(
			'In this quartier, 36.3% of women aged 15 to 64 are in work, against 40% of everyone.'
		);
		const ar = indicatorSentence({ ...employment, values }, 'ar')!;
		expect(ar).toContain('في هذا الحي');
		expect(ar).toContain('36.3');
		expect(ar).toContain('40');
		expect(ar).not.toMatch(/[٠-٩]/);
	});

	it('says nothing when the women figure is missing or hidden, or when there is nothing to compare', () => {
		expect(indicatorSentence({ ...employment, values: { all: 40 } }, 'fr')).toBeNull();
		expect(indicatorSentence({ ...employment, values: { women: null, all: 40 } }, 'fr')).toBeNull();
		expect(indicatorSentence({ ...employment, values: { women: 36 } }, 'fr')).toBeNull();
	});

	it('counts job seekers as people, and compares women with men when there is no total', () => {
		expect(
			plain(
				indicatorSentence(
					{ measure: 'job_seekers', unit: 'count', label: 'x', values: { women: 1112, all: 2300 } },
					'fr'
				)
			)
		).toBe('Dans ce quartier, 1 112 femmes sont inscrites comme demandeuses d’emploi, sur 2 300 personnes inscrites.');
		expect(
			indicatorSentence(
				{ measure: 'other', unit: 'percent', label: 'Part des diplômés', values: { women: 20, men: 25.5 } },
				'en'
			)
		).toBe('In this quartier, Part des diplômés: 20% for women, against 25.5% for men.');
	});
});

describe('formatValue, comparisons and territory names', () => {
	it('formats each unit', () => {
		expect(plain(formatValue(36.3, 'percent', 'fr'))).toBe('36,3 %');
		expect(formatValue(1234, 'count', 'en')).toBe('1,234');
		expect(plain(formatValue(10136, 'euros', 'fr'))).toBe('10 136 €');
	});

	it('compares the quartier with its commune or the reference, naming the reference honestly', () => {
		expect(
			plain(
				comparisonSentence(
					{
						label: "Taux d'emploi des femmes",
						unit: 'percent',
						quartier: 36.3,
						other: 41.2,
						where: 'dans la commune de Foix'
					},
					'fr'
				)
			)
		).toBe("Taux d'emploi des femmes : 36,3 % dans ce quartier, contre 41,2 % dans la commune de Foix.");
		expect(territoryLabel({ type: 'reference', id: 'file-weighted-mean' }, 'en')).toBe(
			'Mean of the quartiers of the imported file, weighted by their population'
		);
	});
});
