import { describe, expect, it } from 'vitest';
import { parseClosureForm, parseLocalDateTime } from './closure-form.js';

const now = new Date('2026-11-26T12:00:00Z');

describe('closure form', () => {
	it('reads local date-times in the commune zone', () => {
		const result = parseClosureForm(
			{ from: '2027-07-01T08:00', to: '2027-07-31T19:00', reason: ' Travaux  de peinture ' },
			'Europe/Paris',
			now
		);
		expect(result).toEqual({
			ok: true,
			value: {
				from: { date: '2027-07-01', time: '08:00' },
				to: { date: '2027-07-31', time: '19:00' },
				interval: { start: new Date('2027-07-01T06:00:00Z'), end: new Date('2027-07-31T17:00:00Z') },
				reason: 'Travaux de peinture'
			}
		});
	});

	it.each([
		[{}, { from: 'FIELD.REQUIRED', to: 'FIELD.REQUIRED', reason: 'FIELD.REQUIRED' }],
		[
			{ from: '2027-02-30T08:00', to: 'demain', reason: 'x' },
			{ from: 'TIME.DATETIME_INVALID', to: 'TIME.DATETIME_INVALID' }
		],
		[{ from: '2027-07-02T08:00', to: '2027-07-01T08:00', reason: 'x' }, { to: 'TIME.CLOSURE_END_BEFORE_START' }],
		[{ from: '2025-07-01T08:00', to: '2025-07-02T08:00', reason: 'x' }, { to: 'TIME.CLOSURE_PAST' }],
		[{ from: '2027-07-01T08:00', to: '2031-07-02T08:00', reason: 'x' }, { to: 'TIME.CLOSURE_TOO_LONG' }],
		[
			{ from: '2027-07-01T08:00', to: '2027-07-02T08:00', reason: 'x'.repeat(301) },
			{ reason: 'TIME.CLOSURE_REASON_LENGTH' }
		]
	])('refuses %j', (values, fieldErrors) => {
		expect(parseClosureForm(values, 'Europe/Paris', now)).toEqual({ ok: false, fieldErrors });
	});

	it('drops seconds a browser may send', () => {
		expect(parseLocalDateTime('2027-07-01T08:00:00')).toEqual({ date: '2027-07-01', time: '08:00' });
		expect(parseLocalDateTime('2027-07-01T24:00')).toBeNull();
	});
});
