import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { occurrencesOf, unknownSchoolYears, type SeriesSpec } from './occurrences.js';
import { parseRule, weekdayCode, type RecurrenceRule } from './recurrence.js';
import type { SchoolCalendar } from './school-calendar.js';
import { addDays, toLocal } from './zoned-time.js';

const PARIS = 'Europe/Paris';

function rule(text: string): RecurrenceRule {
	const parsed = parseRule(text);
	if (!parsed.ok) throw new Error(text);
	return parsed.value;
}

function spec(overrides: Partial<SeriesSpec>): SeriesSpec {
	return {
		rule: rule('FREQ=WEEKLY;BYDAY=TU,TH'),
		startsOn: '2026-10-13',
		startTime: '12:00',
		endTime: '14:00',
		timeZone: PARIS,
		excludedDates: [],
		calendarFilter: 'all',
		skipPublicHolidays: false,
		...overrides
	};
}

// Zone A, 2026-2027 Toussaint (from the official calendar) in a year marked complete.
const calendar: SchoolCalendar = {
	zone: 'A',
	holidays: [
		{ startsOn: '2026-10-17', resumesOn: '2026-11-02', name: 'Vacances de la Toussaint' },
		{ startsOn: '2026-12-19', resumesOn: '2027-01-04', name: 'Vacances de Noël' }
	],
	years: [{ schoolYear: '2026-2027', complete: true }]
};
const none: SchoolCalendar = { zone: 'A', holidays: [], years: [] };

describe('daylight saving in Europe/Paris', () => {
	it('keeps a Tuesday and Thursday 12:00–14:00 series at 12:00 local across the October change', () => {
		const { occurrences } = occurrencesOf(spec({ rule: rule('FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261105') }), {
			calendar: none,
			alsaceMoselle: false
		});
		expect(occurrences.map((o) => o.date)).toEqual([
			'2026-10-13',
			'2026-10-15',
			'2026-10-20',
			'2026-10-22',
			'2026-10-27',
			'2026-10-29',
			'2026-11-03',
			'2026-11-05'
		]);
		for (const o of occurrences) {
			expect(toLocal(o.interval.start, PARIS)).toEqual({ date: o.date, time: '12:00' });
			expect(toLocal(o.interval.end, PARIS)).toEqual({ date: o.date, time: '14:00' });
		}
		// Summer time (UTC+2) before 25 October 2026, winter time (UTC+1) after.
		expect(occurrences[3]!.interval.start.toISOString()).toBe('2026-10-22T10:00:00.000Z');
		expect(occurrences[4]!.interval.start.toISOString()).toBe('2026-10-27T11:00:00.000Z');
	});

	it('keeps 09:00 local across the March change', () => {
		const { occurrences } = occurrencesOf(
			spec({ rule: rule('FREQ=DAILY;COUNT=4'), startsOn: '2027-03-26', startTime: '09:00', endTime: '12:00' }),
			{ calendar: none, alsaceMoselle: false }
		);
		expect(occurrences.map((o) => o.interval.start.toISOString())).toEqual([
			'2027-03-26T08:00:00.000Z',
			'2027-03-27T08:00:00.000Z',
			'2027-03-28T07:00:00.000Z',
			'2027-03-29T07:00:00.000Z'
		]);
		expect(occurrences.every((o) => toLocal(o.interval.start, PARIS).time === '09:00')).toBe(true);
		expect(occurrences.every((o) => o.interval.end.getTime() - o.interval.start.getTime() === 3 * 3_600_000)).toBe(
			true
		);
	});
});

describe('skipped dates', () => {
	it('skips excluded dates and public holidays (with the Alsace-Moselle option)', () => {
		const result = occurrencesOf(
			spec({
				rule: rule('FREQ=DAILY;COUNT=5'),
				startsOn: '2027-03-25',
				excludedDates: ['2027-03-27'],
				skipPublicHolidays: true
			}),
			{ calendar: none, alsaceMoselle: true }
		);
		expect(result.occurrences.map((o) => o.date)).toEqual(['2027-03-25', '2027-03-28']);
		expect(result.skipped).toEqual([
			{ date: '2027-03-26', reason: 'public_holiday' },
			{ date: '2027-03-27', reason: 'excluded' },
			{ date: '2027-03-29', reason: 'public_holiday' }
		]);
		const national = occurrencesOf(
			spec({ rule: rule('FREQ=DAILY;COUNT=5'), startsOn: '2027-03-25', skipPublicHolidays: true }),
			{
				calendar: none,
				alsaceMoselle: false
			}
		);
		expect(national.skipped).toEqual([{ date: '2027-03-29', reason: 'public_holiday' }]);
	});

	it('runs in school periods only, and says when the school calendar is not loaded', () => {
		const result = occurrencesOf(
			spec({ rule: rule('FREQ=WEEKLY;BYDAY=TU'), startsOn: '2026-10-13', calendarFilter: 'school_periods' }),
			{ calendar, alsaceMoselle: false, to: '2027-09-14' }
		);
		expect(result.occurrences.map((o) => o.date).slice(0, 3)).toEqual(['2026-10-13', '2026-11-03', '2026-11-10']);
		expect(result.skipped.slice(0, 2)).toEqual([
			{ date: '2026-10-20', reason: 'school_holiday' },
			{ date: '2026-10-27', reason: 'school_holiday' }
		]);
		expect(result.skipped.filter((s) => s.reason === 'calendar_unknown').map((s) => s.date)).toEqual([
			'2027-09-07',
			'2027-09-14'
		]);
		expect(unknownSchoolYears(result.skipped)).toEqual(['2027-2028']);
	});

	it('runs in holidays only', () => {
		const result = occurrencesOf(
			spec({ rule: rule('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261110'), calendarFilter: 'holidays' }),
			{
				calendar,
				alsaceMoselle: false
			}
		);
		expect(result.occurrences.map((o) => o.date)).toEqual(['2026-10-20', '2026-10-27']);
		expect(result.skipped.map((s) => s.reason)).toEqual(['school_period', 'school_period', 'school_period']);
	});

	it('cuts an endless rule at two years and says so', () => {
		const endless = occurrencesOf(spec({ rule: rule('FREQ=WEEKLY;BYDAY=TU') }), {
			calendar: none,
			alsaceMoselle: false
		});
		expect(endless.truncated).toBe(true);
		expect(endless.occurrences.at(-1)!.date <= addDays('2026-10-13', 731)).toBe(true);
		const daily = occurrencesOf(spec({ rule: rule('FREQ=DAILY') }), {
			calendar: none,
			alsaceMoselle: false,
			limit: 10_000
		});
		expect(daily.occurrences.length).toBeLessThanOrEqual(750);
		expect(daily.truncated).toBe(true);
		const bounded = occurrencesOf(spec({ rule: rule('FREQ=WEEKLY;BYDAY=TU;COUNT=3') }), {
			calendar: none,
			alsaceMoselle: false
		});
		expect(bounded.truncated).toBe(false);
		expect(bounded.occurrences).toHaveLength(3);
	});

	it('accounts for every date of the rule, kept or skipped, each matching BYDAY', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 700 }),
				fc.constantFrom<'all' | 'school_periods' | 'holidays'>('all', 'school_periods', 'holidays'),
				fc.boolean(),
				(offset, calendarFilter, skipPublicHolidays) => {
					const startsOn = addDays('2026-01-01', offset);
					const r = rule('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=40');
					const result = occurrencesOf(spec({ rule: r, startsOn, calendarFilter, skipPublicHolidays }), {
						calendar,
						alsaceMoselle: false
					});
					const all = [...result.occurrences.map((o) => o.date), ...result.skipped.map((s) => s.date)].sort();
					expect(all).toHaveLength(40);
					expect(new Set(all).size).toBe(40);
					for (const date of all) expect(['TU', 'TH']).toContain(weekdayCode(date));
					for (const o of result.occurrences) expect(o.interval.start < o.interval.end).toBe(true);
				}
			)
		);
	});
});
