import { describe, expect, it } from 'vitest';
import { parseForm } from './account-forms.js';
import {
	bookingRequestForm,
	bookingRequestOf,
	monthlyOrdinalOf,
	prefillFromQuery,
	weekdayCode,
	type BookingRequestForm
} from './booking-request-form.js';

const base = {
	roomId: 'room-1',
	organisationId: 'org-1',
	title: 'Atelier couture',
	date: '2027-03-09',
	start: '14h',
	end: '17:00'
};

function parsed(values: Record<string, unknown>): BookingRequestForm {
	const result = parseForm(bookingRequestForm, values);
	if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
	return result.data;
}
function errors(values: Record<string, unknown>) {
	const result = parseForm(bookingRequestForm, values);
	return result.ok ? {} : result.fieldErrors;
}

describe('helpers', () => {
	it('names weekdays and monthly ordinals from a date', () => {
		expect(weekdayCode('2027-03-09')).toBe('TU');
		expect(weekdayCode('2027-03-14')).toBe('SU');
		expect(monthlyOrdinalOf('2027-03-09')).toBe(2);
		expect(monthlyOrdinalOf('2027-03-30')).toBe(-1);
		expect(monthlyOrdinalOf('2027-03-28')).toBe(4);
	});
});

describe('bookingRequestForm', () => {
	it('reads a one-off request: one date, no series filters, times the French way', () => {
		const request = bookingRequestOf(parsed({ ...base, isPublic: 'on', excludedDates: '2027-03-09' }));
		expect(request.oneOff).toBe(true);
		expect(request.isPublic).toBe(true);
		expect(request.initiativeId).toBeNull();
		expect(request.spec).toEqual({
			rule: { freq: 'DAILY', interval: 1, byDay: [], byMonthDay: [], bySetPos: [], count: 1 },
			startsOn: '2027-03-09',
			startTime: '14:00',
			endTime: '17:00',
			excludedDates: [],
			calendarFilter: 'all',
			skipPublicHolidays: false
		});
	});

	it('reads a weekly series on several weekdays until a date, skipping public holidays by default', () => {
		const request = bookingRequestOf(
			parsed({
				...base,
				repeat: 'weekly',
				weekdays: ['TH', 'TU'],
				until: '2027-06-30',
				excludedDates: '2027-04-13, 2027-04-15\n2027-04-13',
				calendarFilter: 'school_periods'
			})
		);
		expect(request.oneOff).toBe(false);
		expect(request.spec.rule).toEqual({
			freq: 'WEEKLY',
			interval: 1,
			byDay: [{ weekday: 'TU' }, { weekday: 'TH' }],
			byMonthDay: [],
			bySetPos: [],
			until: '2027-06-30'
		});
		expect(request.spec.excludedDates).toEqual(['2027-04-13', '2027-04-15']);
		expect(request.spec.calendarFilter).toBe('school_periods');
		expect(request.spec.skipPublicHolidays).toBe(true);
		expect(
			bookingRequestOf(parsed({ ...base, repeat: 'weekly', until: '2027-06-30', skipPublicHolidays: 'no' })).spec
				.skipPublicHolidays
		).toBe(false);
	});

	it('uses the first date’s weekday when none is ticked', () => {
		const request = bookingRequestOf(parsed({ ...base, repeat: 'weekly', endMode: 'count', count: '10' }));
		expect(request.spec.rule.byDay).toEqual([{ weekday: 'TU' }]);
		expect(request.spec.rule.count).toBe(10);
		expect(request.spec.rule.until).toBeUndefined();
	});

	it('reads every N weeks, monthly (nth weekday) and daily', () => {
		expect(
			bookingRequestOf(parsed({ ...base, repeat: 'every_n_weeks', interval: '3', until: '2027-12-31' })).spec.rule
		).toMatchObject({
			freq: 'WEEKLY',
			interval: 3,
			byDay: [{ weekday: 'TU' }]
		});
		expect(bookingRequestOf(parsed({ ...base, repeat: 'monthly', until: '2027-12-31' })).spec.rule).toMatchObject({
			freq: 'MONTHLY',
			byDay: [{ weekday: 'TU', ordinal: 2 }]
		});
		expect(
			bookingRequestOf(parsed({ ...base, repeat: 'monthly', monthlyOrdinal: '-1', until: '2027-12-31' })).spec.rule
				.byDay
		).toEqual([{ weekday: 'TU', ordinal: -1 }]);
		expect(
			bookingRequestOf(parsed({ ...base, repeat: 'daily', endMode: 'count', count: '5' })).spec.rule
		).toMatchObject({
			freq: 'DAILY',
			count: 5
		});
	});

	it('puts each problem on its field', () => {
		expect(errors({ ...base, title: '', date: '2027-02-30', start: '25h' })).toEqual({
			title: 'FIELD.REQUIRED',
			date: 'DATE.INVALID',
			start: 'HOURS.TIME_INVALID'
		});
		expect(errors({ ...base, end: '13:00' })).toEqual({ end: 'REQUESTS.END_BEFORE_START' });
		expect(errors({ ...base, repeat: 'weekly' })).toEqual({ until: 'REQUESTS.UNTIL_REQUIRED' });
		expect(errors({ ...base, repeat: 'weekly', until: '2027-01-01' })).toEqual({
			until: 'REQUESTS.UNTIL_BEFORE_START'
		});
		expect(errors({ ...base, repeat: 'weekly', until: '2029-12-01' })).toEqual({ until: 'REQUESTS.UNTIL_TOO_FAR' });
		expect(errors({ ...base, repeat: 'weekly', endMode: 'count', count: '0' })).toEqual({
			count: 'REQUESTS.COUNT_INVALID'
		});
		expect(errors({ ...base, repeat: 'weekly', endMode: 'count' })).toEqual({ count: 'REQUESTS.COUNT_INVALID' });
		expect(errors({ ...base, repeat: 'every_n_weeks', until: '2027-06-01' })).toEqual({
			interval: 'REQUESTS.INTERVAL_INVALID'
		});
		expect(errors({ ...base, repeat: 'weekly', until: '2027-06-01', weekdays: ['XX'] })).toEqual({
			weekdays: 'CHOICE.INVALID'
		});
		expect(errors({ ...base, repeat: 'weekly', until: '2027-06-01', excludedDates: 'demain' })).toEqual({
			excludedDates: 'REQUESTS.EXCLUDED_INVALID'
		});
		expect(errors({ ...base, repeat: 'yearly' })).toEqual({ repeat: 'CHOICE.INVALID' });
		expect(errors({ ...base, calendarFilter: 'weekends' })).toEqual({ calendarFilter: 'CHOICE.INVALID' });
	});
});

describe('prefillFromQuery', () => {
	it('reads the agreed query parameters and ignores nonsense', () => {
		const params = new URLSearchParams(
			'date=2027-09-07&start=9h&end=12:00&byday=tu,TH,XX&until=2028-06-30&filter=school_periods&initiative=i1'
		);
		expect(prefillFromQuery(params)).toEqual({
			date: '2027-09-07',
			start: '09:00',
			end: '12:00',
			weekdays: ['TU', 'TH'],
			repeat: 'weekly',
			until: '2028-06-30',
			endMode: 'until',
			calendarFilter: 'school_periods',
			initiativeId: 'i1'
		});
		expect(prefillFromQuery(new URLSearchParams('date=tomorrow&filter=all-day&start=noon'))).toEqual({});
	});
});
