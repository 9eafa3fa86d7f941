import { describe, expect, it } from 'vitest';
import {
	classifyDate,
	holidayOn,
	isSchoolYear,
	schoolYearBounds,
	schoolYearOf,
	type SchoolCalendar
} from './school-calendar.js';

const calendar: SchoolCalendar = {
	zone: 'A',
	holidays: [
		{ startsOn: '2026-10-17', resumesOn: '2026-11-02', name: 'Vacances de la Toussaint' },
		{ startsOn: '2027-07-03', resumesOn: '2027-09-01', name: "Vacances d'Été" },
		{ startsOn: '2027-10-16', resumesOn: '2027-11-02', name: 'Vacances de la Toussaint' }
	],
	years: [
		{ schoolYear: '2026-2027', complete: true },
		{ schoolYear: '2027-2028', complete: false }
	]
};

describe('school years', () => {
	it('run from 1 September to 31 August', () => {
		expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
		expect(schoolYearOf('2027-08-31')).toBe('2026-2027');
		expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
		expect(schoolYearBounds('2026-2027')).toEqual({ from: '2026-09-01', to: '2027-08-31' });
		expect(isSchoolYear('2026-2027')).toBe(true);
		expect(isSchoolYear('2026-2028')).toBe(false);
	});
});

describe('classifyDate', () => {
	it('reads holidays as half-open: the resume day is a school day', () => {
		expect(classifyDate('2026-10-16', calendar)).toBe('school');
		expect(classifyDate('2026-10-17', calendar)).toBe('holiday');
		expect(classifyDate('2026-11-01', calendar)).toBe('holiday');
		expect(classifyDate('2026-11-02', calendar)).toBe('school');
		expect(holidayOn('2026-10-20', calendar)?.name).toBe('Vacances de la Toussaint');
	});

	it('is unknown outside loaded years, and in a partial year outside its known holidays', () => {
		expect(classifyDate('2026-06-01', calendar)).toBe('unknown');
		expect(classifyDate('2027-10-20', calendar)).toBe('holiday');
		expect(classifyDate('2027-12-01', calendar)).toBe('unknown');
		expect(classifyDate('2027-08-15', calendar)).toBe('holiday');
	});

	it('is unknown for a commune without a zone', () => {
		expect(classifyDate('2026-10-20', { ...calendar, zone: null })).toBe('unknown');
	});
});
