import { describe, expect, it } from 'vitest';
import { easterSunday, isAlsaceMoselle, publicHoliday, publicHolidaysOf } from './public-holidays.js';

describe('Easter Sunday (anonymous Gregorian algorithm)', () => {
	it.each([
		[1818, '1818-03-22'], // earliest possible date
		[1943, '1943-04-25'], // latest possible date
		[2000, '2000-04-23'],
		[2008, '2008-03-23'],
		[2019, '2019-04-21'],
		[2024, '2024-03-31'],
		[2025, '2025-04-20'],
		[2026, '2026-04-05'],
		[2027, '2027-03-28'],
		[2038, '2038-04-25'],
		[2285, '2285-03-22']
	])('%i: %s', (year, date) => {
		expect(easterSunday(year)).toBe(date);
	});
});

describe('French public holidays', () => {
	it('has the eleven national days of 2027', () => {
		expect(publicHolidaysOf(2027, { alsaceMoselle: false })).toEqual([
			{ date: '2027-01-01', code: 'new_year' },
			{ date: '2027-03-29', code: 'easter_monday' },
			{ date: '2027-05-01', code: 'labour_day' },
			{ date: '2027-05-06', code: 'ascension' },
			{ date: '2027-05-08', code: 'victory_1945' },
			{ date: '2027-05-17', code: 'whit_monday' },
			{ date: '2027-07-14', code: 'bastille_day' },
			{ date: '2027-08-15', code: 'assumption' },
			{ date: '2027-11-01', code: 'all_saints' },
			{ date: '2027-11-11', code: 'armistice_1918' },
			{ date: '2027-12-25', code: 'christmas' }
		]);
	});

	it('adds Good Friday and 26 December in Alsace-Moselle only', () => {
		expect(publicHoliday('2027-03-26', { alsaceMoselle: true })).toBe('good_friday');
		expect(publicHoliday('2027-03-26', { alsaceMoselle: false })).toBeNull();
		expect(publicHoliday('2027-12-26', { alsaceMoselle: true })).toBe('st_stephen');
		expect(publicHoliday('2027-12-26', { alsaceMoselle: false })).toBeNull();
		expect(publicHolidaysOf(2027, { alsaceMoselle: true })).toHaveLength(13);
	});

	it('finds movable days from Easter (2026: Easter Monday 6 April, Ascension 14 May, Whit Monday 25 May)', () => {
		expect(publicHoliday('2026-04-06', { alsaceMoselle: false })).toBe('easter_monday');
		expect(publicHoliday('2026-05-14', { alsaceMoselle: false })).toBe('ascension');
		expect(publicHoliday('2026-05-25', { alsaceMoselle: false })).toBe('whit_monday');
		expect(publicHoliday('2026-05-26', { alsaceMoselle: false })).toBeNull();
	});

	it('keeps one date when Ascension falls on 1 May (2008)', () => {
		expect(publicHoliday('2008-05-01', { alsaceMoselle: false })).toBe('labour_day');
		expect(publicHolidaysOf(2008, { alsaceMoselle: false }).filter((h) => h.date === '2008-05-01')).toHaveLength(2);
	});

	it('knows the departements of Alsace-Moselle', () => {
		expect(['57', '67', '68'].every((d) => isAlsaceMoselle(d))).toBe(true);
		expect(isAlsaceMoselle('69')).toBe(false);
		expect(isAlsaceMoselle(null)).toBe(false);
	});
});
