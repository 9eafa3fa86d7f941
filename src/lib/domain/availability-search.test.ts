import { describe, expect, it } from 'vitest';
import {
	bookingLinkParams,
	endOfSchoolYear,
	isSearchSent,
	parseAvailabilitySearch,
	searchRule,
	searchValues
} from './availability-search.js';

const TODAY = '2026-11-26';
const parse = (query: string) => parseAvailabilitySearch(searchValues(new URLSearchParams(query)), TODAY);

describe('availability search form', () => {
	it('reads the issue example: Tuesdays 9:00–12:00, school periods, from September', () => {
		const result = parse(
			'practice=atelier&quartier=q1&weekdays=TU&start=9h&end=12:00&filter=school_periods&from=2027-09-01'
		);
		expect(result).toEqual({
			ok: true,
			search: {
				practice: 'atelier',
				quartier: 'q1',
				initiative: null,
				weekdays: ['TU'],
				start: '09:00',
				end: '12:00',
				filter: 'school_periods',
				from: '2027-09-01',
				until: '2028-06-30'
			}
		});
	});

	it('defaults: from today, until the end of the school year, every week of the calendar', () => {
		const result = parse('weekdays=we&weekdays=MO&start=14&end=16');
		expect(result.ok && result.search).toMatchObject({
			weekdays: ['MO', 'WE'],
			from: TODAY,
			until: '2027-06-30',
			filter: 'all',
			practice: null,
			quartier: null
		});
	});

	it('takes the booking links’ byday=MO,TU too', () => {
		const result = parse('byday=MO,TU&start=09:00&end=10:00');
		expect(result.ok && result.search.weekdays).toEqual(['MO', 'TU']);
	});

	it('reports each problem on its field', () => {
		expect(parse('start=9&end=12')).toEqual({ ok: false, fieldErrors: { weekdays: 'AVAILABILITY.WEEKDAYS_REQUIRED' } });
		expect(parse('weekdays=XX&start=9&end=12')).toEqual({ ok: false, fieldErrors: { weekdays: 'CHOICE.INVALID' } });
		expect(parse('weekdays=TU&start=25h&end=12')).toEqual({
			ok: false,
			fieldErrors: { start: 'AVAILABILITY.TIME_INVALID' }
		});
		expect(parse('weekdays=TU&start=12&end=9')).toEqual({
			ok: false,
			fieldErrors: { end: 'AVAILABILITY.END_BEFORE_START' }
		});
		expect(parse('weekdays=TU&start=&end=9')).toEqual({ ok: false, fieldErrors: { start: 'FIELD.REQUIRED' } });
		expect(parse('weekdays=TU&start=9&end=12&filter=sometimes')).toEqual({
			ok: false,
			fieldErrors: { filter: 'CHOICE.INVALID' }
		});
		expect(parse('weekdays=TU&start=9&end=12&from=2027-02-30')).toEqual({
			ok: false,
			fieldErrors: { from: 'AVAILABILITY.DATE_INVALID' }
		});
		expect(parse('weekdays=TU&start=9&end=12&from=2026-01-01')).toEqual({
			ok: false,
			fieldErrors: { from: 'AVAILABILITY.FROM_PAST' }
		});
		expect(parse('weekdays=TU&start=9&end=12&from=2027-03-01&until=2027-02-01')).toEqual({
			ok: false,
			fieldErrors: { until: 'AVAILABILITY.UNTIL_BEFORE_FROM' }
		});
		expect(parse('weekdays=TU&start=9&end=12&from=2027-03-01&until=2028-06-30')).toEqual({
			ok: false,
			fieldErrors: { until: 'AVAILABILITY.RANGE_TOO_LONG' }
		});
		expect(parse('weekdays=TU&start=9&end=12&quartier=%27%3Bdrop')).toEqual({
			ok: false,
			fieldErrors: { quartier: 'CHOICE.INVALID' }
		});
	});

	it('knows when the form was sent', () => {
		expect(isSearchSent(new URLSearchParams(''))).toBe(false);
		expect(isSearchSent(new URLSearchParams('practice=x'))).toBe(false);
		expect(isSearchSent(new URLSearchParams('start=9'))).toBe(true);
	});

	it('ends a search at the 30 June of its school year', () => {
		expect(endOfSchoolYear('2027-06-30')).toBe('2027-06-30');
		expect(endOfSchoolYear('2027-07-01')).toBe('2028-06-30');
		expect(endOfSchoolYear('2027-01-15')).toBe('2027-06-30');
	});

	it('turns into a weekly rule and into the booking form’s query parameters', () => {
		const result = parse('weekdays=TU&weekdays=TH&start=9&end=12&filter=school_periods&from=2027-09-01&initiative=i-1');
		if (!result.ok) throw new Error('expected a search');
		expect(searchRule(result.search)).toEqual({
			freq: 'WEEKLY',
			interval: 1,
			byDay: [{ weekday: 'TU' }, { weekday: 'TH' }],
			byMonthDay: [],
			bySetPos: [],
			until: '2028-06-30'
		});
		expect(bookingLinkParams(result.search, '2027-09-02').toString()).toBe(
			'date=2027-09-02&start=09%3A00&end=12%3A00&byday=TU%2CTH&until=2028-06-30&filter=school_periods&initiative=i-1'
		);
	});
});
