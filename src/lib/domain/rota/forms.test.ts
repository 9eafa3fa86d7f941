import { describe, expect, it } from 'vitest';
import { parseConstraintsForm, parseNeedForm, parseWeek } from './forms.js';

const base = { maxHours: '24', wishedHours: '20,5', partTimePercent: '60', pattern: 'any' };

describe('parseConstraintsForm', () => {
	it('reads hours with a comma, days off and school runs, skipping empty rows', () => {
		const r = parseConstraintsForm({
			...base,
			daysOff: ['3'],
			weekday_0: '1',
			start_0: '16:15',
			end_0: '17:00',
			kind_0: 'school_pickup',
			weekday_1: '',
			start_1: '',
			end_1: ''
		});
		expect(r).toEqual({
			ok: true,
			data: {
				maxMinutes: 1440,
				wishedMinutes: 1230,
				partTimePercent: 60,
				pattern: 'any',
				daysOff: [3],
				unavailable: [{ weekday: 1, start: 975, end: 1020, kind: 'school_pickup' }]
			}
		});
	});
	it('puts each error on its own field', () => {
		const r = parseConstraintsForm({ ...base, wishedHours: '30', weekday_0: '2', start_0: '17:00', end_0: '16:00' });
		expect(r).toEqual({
			ok: false,
			fieldErrors: { wishedHours: 'ROTA.WISHED_OVER_MAX', end_0: 'ROTA.END_BEFORE_START' }
		});
		expect(parseConstraintsForm({ ...base, maxHours: 'beaucoup', partTimePercent: '150' })).toEqual({
			ok: false,
			fieldErrors: { maxHours: 'ROTA.HOURS_INVALID', partTimePercent: 'ROTA.PERCENT_INVALID' }
		});
	});
});

describe('parseNeedForm and parseWeek', () => {
	it('reads a need on the half-hour grid', () => {
		expect(parseNeedForm({ weekday: '2', start: '11:30', end: '14:30', people: '3', label: 'Service' })).toEqual({
			ok: true,
			data: { weekday: 2, start: 690, end: 870, people: 3, label: 'Service' }
		});
		expect(parseNeedForm({ weekday: '2', start: '11:15', end: '11:00', people: '0' })).toMatchObject({
			ok: false,
			fieldErrors: { people: 'ROTA.PEOPLE_INVALID' }
		});
	});
	it('keeps the Monday of the week asked for', () => {
		expect(parseWeek('2026-12-03')).toBe('2026-11-30');
		expect(parseWeek('demain')).toBeNull();
	});
});
