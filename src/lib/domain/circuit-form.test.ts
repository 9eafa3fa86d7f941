import { describe, expect, it } from 'vitest';
import {
	checkLegRooms,
	circuitStatus,
	legDates,
	legRule,
	legStatus,
	parseCircuitForm,
	parseDecision
} from './circuit-form.js';

const base = {
	organisationId: 'org',
	title: 'Tournée de la crèche',
	from: '2027-03-01',
	until: '2027-03-31',
	calendarFilter: 'all',
	isPublic: 'on',
	leg0_roomId: 'r1',
	leg0_weekdays: ['1', '2'],
	leg0_start: '08:00',
	leg0_end: '19:00',
	leg1_roomId: 'r2',
	leg1_weekdays: ['4', '5'],
	leg1_start: '08:00',
	leg1_end: '19:00',
	leg2_start: '08:00',
	leg2_end: '19:00'
};

describe('parseCircuitForm', () => {
	it('reads two legs and ignores the rows left empty', () => {
		const parsed = parseCircuitForm(base);
		expect(parsed).toEqual({
			ok: true,
			data: {
				organisationId: 'org',
				initiativeId: null,
				title: 'Tournée de la crèche',
				from: '2027-03-01',
				until: '2027-03-31',
				calendarFilter: 'all',
				isPublic: true,
				legs: [
					{ row: 0, roomId: 'r1', weekdays: [1, 2], start: '08:00', end: '19:00' },
					{ row: 1, roomId: 'r2', weekdays: [4, 5], start: '08:00', end: '19:00' }
				]
			}
		});
	});

	it('refuses a weekday used by two legs, beside the second leg', () => {
		const parsed = parseCircuitForm({ ...base, leg1_weekdays: ['2', '4'] });
		expect(parsed).toEqual({ ok: false, fieldErrors: { leg1_weekdays: 'CIRCUITS.WEEKDAY_TWICE' } });
	});

	it('accepts a single weekday sent as a string', () => {
		const parsed = parseCircuitForm({ ...base, leg1_weekdays: '5' });
		expect(parsed.ok && parsed.data.legs[1]?.weekdays).toEqual([5]);
	});

	it('needs at least one leg', () => {
		const parsed = parseCircuitForm({
			...base,
			leg0_roomId: '',
			leg0_weekdays: [],
			leg1_roomId: '',
			leg1_weekdays: []
		});
		expect(parsed).toEqual({ ok: false, fieldErrors: { leg0_roomId: 'CIRCUITS.LEG_REQUIRED' } });
	});

	it('says which part of a leg is missing or wrong', () => {
		const parsed = parseCircuitForm({
			...base,
			leg0_weekdays: [],
			leg1_roomId: '',
			leg2_roomId: 'r3',
			leg2_weekdays: ['3'],
			leg2_start: '19:00',
			leg2_end: '08:00'
		});
		expect(parsed).toEqual({
			ok: false,
			fieldErrors: {
				leg0_weekdays: 'CIRCUITS.LEG_WEEKDAYS_REQUIRED',
				leg1_roomId: 'CIRCUITS.LEG_ROOM_REQUIRED',
				leg2_end: 'CIRCUITS.END_BEFORE_START'
			}
		});
	});

	it('refuses bad times, weekdays and filters', () => {
		const parsed = parseCircuitForm({ ...base, leg0_start: '25:00', leg1_weekdays: ['9'], calendarFilter: 'x' });
		expect(parsed).toEqual({
			ok: false,
			fieldErrors: {
				leg0_start: 'CIRCUITS.TIME_INVALID',
				leg1_weekdays: 'CHOICE.INVALID',
				calendarFilter: 'CHOICE.INVALID'
			}
		});
	});

	it('checks the period: dates, order and length', () => {
		expect(parseCircuitForm({ ...base, from: '2027-02-30' })).toMatchObject({ fieldErrors: { from: 'DATE.INVALID' } });
		expect(parseCircuitForm({ ...base, until: '2027-02-01' })).toMatchObject({
			fieldErrors: { until: 'CIRCUITS.UNTIL_BEFORE_FROM' }
		});
		expect(parseCircuitForm({ ...base, until: '2029-03-01' })).toMatchObject({
			fieldErrors: { until: 'CIRCUITS.PERIOD_TOO_LONG' }
		});
		expect(parseCircuitForm({ ...base, title: ' ' })).toMatchObject({ fieldErrors: { title: 'FIELD.REQUIRED' } });
	});
});

describe('checkLegRooms', () => {
	const legs = [
		{ row: 0, roomId: 'van', weekdays: [1], start: '08:00', end: '19:00' },
		{ row: 2, roomId: 'novan', weekdays: [4], start: '08:00', end: '19:00' },
		{ row: 3, roomId: 'gone', weekdays: [5], start: '08:00', end: '19:00' }
	];
	const rooms = new Map([
		['van', { id: 'van', vanAccess: true }],
		['novan', { id: 'novan', vanAccess: false }]
	]);
	it('refuses a room without van access and an unknown room, beside their rows', () => {
		expect(checkLegRooms(legs, rooms)).toEqual({
			leg2_roomId: 'CIRCUITS.ROOM_NO_VAN_ACCESS',
			leg3_roomId: 'CIRCUITS.ROOM_UNKNOWN'
		});
		expect(checkLegRooms(legs.slice(0, 1), rooms)).toBeNull();
	});
});

describe('legRule and legDates', () => {
	it('writes a weekly RRULE until the last day', () => {
		expect(legRule({ weekdays: [1, 2] }, '2027-06-30')).toBe('FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270630');
	});
	it('lists the dates on the leg weekdays, both ends included', () => {
		// 2027-03-01 is a Monday.
		expect(legDates([1, 2], '2027-03-01', '2027-03-15')).toEqual([
			'2027-03-01',
			'2027-03-02',
			'2027-03-08',
			'2027-03-09',
			'2027-03-15'
		]);
	});
});

describe('statuses', () => {
	it('a leg is pending while any of its bookings is', () => {
		expect(legStatus(['confirmed', 'pending'])).toBe('pending');
		expect(legStatus(['confirmed', 'cancelled'])).toBe('confirmed');
		expect(legStatus(['cancelled'])).toBe('cancelled');
		expect(legStatus(['refused', 'cancelled'])).toBe('refused');
	});
	it('a circuit is partly confirmed while its legs differ', () => {
		expect(circuitStatus(['pending', 'pending'])).toBe('pending');
		expect(circuitStatus(['confirmed', 'pending'])).toBe('partly_confirmed');
		expect(circuitStatus(['confirmed', 'refused'])).toBe('partly_confirmed');
		expect(circuitStatus(['confirmed', 'confirmed'])).toBe('confirmed');
		expect(circuitStatus(['refused', 'refused'])).toBe('refused');
		expect(circuitStatus(['cancelled', 'cancelled'])).toBe('cancelled');
		expect(circuitStatus(['cancelled', 'confirmed'])).toBe('confirmed');
	});
});

describe('parseDecision', () => {
	it('needs a reason to refuse', () => {
		expect(parseDecision({ decision: 'refuse', reason: '' })).toEqual({
			ok: false,
			fieldErrors: { reason: 'CIRCUITS.REASON_REQUIRED' }
		});
		expect(parseDecision({ decision: 'refuse', reason: 'Travaux' })).toEqual({
			ok: true,
			data: { decision: 'refuse', reason: 'Travaux' }
		});
		expect(parseDecision({ decision: 'confirm' })).toEqual({ ok: true, data: { decision: 'confirm', reason: null } });
		expect(parseDecision({ decision: 'maybe' })).toMatchObject({ ok: false });
	});
});
