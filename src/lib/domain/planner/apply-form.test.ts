import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyForm, clockTime, defaultApplyDates, firstOnWeekday, sessionSeries } from './apply-form.js';
import { parseForm } from '../account-forms.js';
import { occurrencesOf } from '../occurrences.js';
import { addDays, weekdayOf } from '../zoned-time.js';

describe('defaultApplyDates', () => {
	it('starts on the next Monday on or after today and ends on the next 30 June', () => {
		expect(defaultApplyDates('2026-11-27')).toEqual({
			from: '2026-11-30',
			until: '2027-06-30',
			calendarFilter: 'all',
			skipPublicHolidays: true
		});
		expect(defaultApplyDates('2026-11-30').from).toBe('2026-11-30');
		expect(defaultApplyDates('2027-03-10')).toMatchObject({ from: '2027-03-15', until: '2027-06-30' });
		// A plan made in July is for the next school year.
		expect(defaultApplyDates('2027-06-29')).toMatchObject({ from: '2027-07-05', until: '2028-06-30' });
	});

	it('always gives a Monday within the week, before the end date', () => {
		const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n));
		fc.assert(
			fc.property(day, (today) => {
				const { from, until } = defaultApplyDates(today);
				expect(weekdayOf(from)).toBe(1);
				expect(from >= today && from <= addDays(today, 6)).toBe(true);
				expect(until.slice(5)).toBe('06-30');
				expect(until >= from && until <= addDays(from, 366)).toBe(true);
			})
		);
	});
});

describe('applyForm', () => {
	const parse = (values: Record<string, string>) => parseForm(applyForm('2026-11-27'), values);

	it('reads the dates and the calendar options', () => {
		expect(
			parse({ from: '2026-11-30', until: '2027-06-30', calendarFilter: 'school_periods', skipPublicHolidays: 'no' })
		).toEqual({
			ok: true,
			data: { from: '2026-11-30', until: '2027-06-30', calendarFilter: 'school_periods', skipPublicHolidays: false }
		});
		expect(parse({ from: '2026-11-30', until: '2027-06-30' })).toMatchObject({
			ok: true,
			data: { calendarFilter: 'all', skipPublicHolidays: true }
		});
	});

	it('says what is wrong with each date', () => {
		expect(parse({ from: '', until: '2027-02-30' })).toEqual({
			ok: false,
			fieldErrors: { from: 'FIELD.REQUIRED', until: 'DATE.INVALID' }
		});
		expect(parse({ from: '2026-11-26', until: '2027-06-30' })).toEqual({
			ok: false,
			fieldErrors: { from: 'PLANNER.APPLY_FROM_PAST' }
		});
		expect(parse({ from: '2026-12-07', until: '2026-12-06' })).toEqual({
			ok: false,
			fieldErrors: { until: 'REQUESTS.UNTIL_BEFORE_START' }
		});
		expect(parse({ from: '2026-12-07', until: '2029-01-01' })).toEqual({
			ok: false,
			fieldErrors: { until: 'REQUESTS.UNTIL_TOO_FAR' }
		});
		expect(parse({ from: '2026-12-07', until: '2027-01-01', calendarFilter: 'holidays' })).toEqual({
			ok: false,
			fieldErrors: { calendarFilter: 'CHOICE.INVALID' }
		});
	});
});

describe('sessionSeries', () => {
	const dates = { from: '2026-11-30', until: '2026-12-31', calendarFilter: 'all' as const, skipPublicHolidays: true };

	it('is the weekly series of the session from its first weekday on or after the start date', () => {
		const spec = sessionSeries({ weekday: 3, start: 9 * 60 + 30, end: 11 * 60 }, dates);
		expect(spec).toMatchObject({ startsOn: '2026-12-02', startTime: '09:30', endTime: '11:00' });
		const { occurrences, skipped } = occurrencesOf(
			{ ...spec, timeZone: 'Europe/Paris' },
			{ calendar: { zone: null, holidays: [], years: [] }, alsaceMoselle: false }
		);
		expect(occurrences.map((o) => o.date)).toEqual([
			'2026-12-02',
			'2026-12-09',
			'2026-12-16',
			'2026-12-23',
			'2026-12-30'
		]);
		expect(skipped).toEqual([]);
		// Christmas falls on the Friday session, and is skipped.
		const friday = sessionSeries({ weekday: 5, start: 600, end: 660 }, dates);
		const fridays = occurrencesOf(
			{ ...friday, timeZone: 'Europe/Paris' },
			{ calendar: { zone: null, holidays: [], years: [] }, alsaceMoselle: false }
		);
		expect(fridays.skipped).toEqual([{ date: '2026-12-25', reason: 'public_holiday' }]);
	});

	it('finds the weekday on or after a date, and writes times on the clock', () => {
		expect(firstOnWeekday('2026-11-30', 1)).toBe('2026-11-30');
		expect(firstOnWeekday('2026-12-02', 1)).toBe('2026-12-07');
		expect(clockTime(0)).toBe('00:00');
		expect(clockTime(18 * 60 + 30)).toBe('18:30');
	});
});
