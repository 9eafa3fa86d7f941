import { describe, expect, it } from 'vitest';
import { impactFormValues, parseImpactReportForm, participantField } from './impact-report.js';

describe('impact report form', () => {
	it('reads the grid, empty fields as 0, and keeps only the cells above 0', () => {
		const r = parseImpactReportForm(
			{
				month: '2026-10',
				[participantField('woman', '35-49')]: '3',
				[participantField('man', '65+')]: '',
				childcareHours: '12',
				note: ' **Bien** '
			},
			'2026-11'
		);
		expect(r).toEqual({
			ok: true,
			data: {
				month: '2026-10-01',
				childcareHours: 12,
				peopleTrained: 0,
				peopleBackToWork: 0,
				note: '**Bien**',
				participants: [{ sex: 'woman', ageBand: '35-49', count: 3 }]
			}
		});
	});

	it('says which field is wrong', () => {
		const r = parseImpactReportForm(
			{
				month: '2026-13',
				[participantField('other', 'unknown')]: '-2',
				peopleTrained: 'deux',
				childcareHours: '1000000'
			},
			'2026-11'
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.fieldErrors).toMatchObject({
			month: 'IMPACT.MONTH_INVALID',
			[participantField('other', 'unknown')]: 'IMPACT.FIGURE_INVALID',
			peopleTrained: 'IMPACT.FIGURE_INVALID',
			childcareHours: 'IMPACT.FIGURE_TOO_LARGE'
		});
	});

	it('refuses a month that has not begun, and a missing month', () => {
		expect(parseImpactReportForm({ month: '2026-12' }, '2026-11')).toMatchObject({
			ok: false,
			fieldErrors: { month: 'IMPACT.MONTH_FUTURE' }
		});
		expect(parseImpactReportForm({ month: '' }, '2026-11')).toMatchObject({
			ok: false,
			fieldErrors: { month: 'FIELD.REQUIRED' }
		});
	});

	it('turns a stored report back into the form it came from', () => {
		const values = impactFormValues({
			month: '2026-10-01',
			childcareHours: 4,
			peopleTrained: 1,
			peopleBackToWork: 0,
			note: 'x',
			participants: [{ sex: 'man', ageBand: '0-2', count: 6 }]
		});
		const again = parseImpactReportForm(values, '2026-11');
		expect(again.ok && again.data.participants).toEqual([{ sex: 'man', ageBand: '0-2', count: 6 }]);
		expect(values.month).toBe('2026-10');
	});
});
