import { describe, expect, it } from 'vitest';
import { formatIndicator, pickLabel } from './gender-indicators.js';

describe('official indicators as printed', () => {
	it('picks the label of the reader’s language, else French, else the code', () => {
		expect(pickLabel({ fr: 'Taux d’emploi', ar: 'نسبة التشغيل' }, 'ar', 'x')).toBe('نسبة التشغيل');
		expect(pickLabel({ fr: 'Taux d’emploi' }, 'en', 'x')).toBe('Taux d’emploi');
		expect(pickLabel({}, 'en', 'employment_rate')).toBe('employment_rate');
	});

	it('writes percentages with at most one decimal, in Western digits in Arabic too', () => {
		expect(formatIndicator(36.04, 'percent', 'en')).toBe('36%');
		expect(formatIndicator(36.25, 'percent', 'fr')).toMatch(/^36,3\s%$/);
		expect(formatIndicator(36.5, 'percent', 'ar')).toMatch(/36[.,٫]5/);
	});
});
