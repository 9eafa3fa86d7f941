import { describe, expect, it } from 'vitest';
import { candidateTimes, isWithinOpeningHours, rankAvailability, shiftDates, timeOf } from './availability.js';
import type { Fit } from './fit.js';

const fits: Fit = { verdict: 'fits', gaps: [], blocking: [] };
const upgrades = (m2: number): Fit => ({
	verdict: 'fits_with_upgrades',
	gaps: [{ kind: 'area', missingM2: m2 }],
	blocking: []
});
const TUESDAYS = ['2027-03-02', '2027-03-09'];
const tuesdayAndThursday = [
	{ weekday: 2, start: '08:00', end: '12:00' },
	{ weekday: 2, start: '14:00', end: '18:00' },
	{ weekday: 4, start: '09:00', end: '17:00' }
];

describe('times worth proposing', () => {
	it('formats minutes as a wall-clock time', () => {
		expect(timeOf(0)).toBe('00:00');
		expect(timeOf(9 * 60 + 30)).toBe('09:30');
	});

	it('knows whether a time lies within one opening period', () => {
		expect(isWithinOpeningHours(tuesdayAndThursday, 2, '08:00', '12:00')).toBe(true);
		expect(isWithinOpeningHours(tuesdayAndThursday, 2, '11:00', '15:00')).toBe(false);
		expect(isWithinOpeningHours(tuesdayAndThursday, 3, '09:00', '10:00')).toBe(false);
		// No hours set: "on request", proposed within the day.
		expect(isWithinOpeningHours([], 7, '08:00', '20:00')).toBe(true);
		expect(isWithinOpeningHours([], 7, '19:00', '21:00')).toBe(false);
	});

	it('shifts the same days, nearest first, then moves to other open weekdays', () => {
		const times = candidateTimes(TUESDAYS, '09:00', '11:00', tuesdayAndThursday);
		expect(times.map((t) => `${t.dayOffset}:${t.startTime}-${t.endTime}`)).toEqual([
			'0:08:30-10:30',
			'0:09:30-11:30',
			'0:08:00-10:00',
			'0:10:00-12:00',
			'0:14:00-16:00',
			'0:14:30-16:30',
			'2:09:00-11:00'
		]);
		expect(times.at(-1)).toEqual({ startTime: '09:00', endTime: '11:00', dayOffset: 2, weekday: 4 });
	});

	it('keeps within the limits asked and never proposes the time itself', () => {
		const times = candidateTimes(TUESDAYS, '09:00', '11:00', [], { maxShifts: 2, maxDays: 1 });
		expect(times).toEqual([
			{ startTime: '08:30', endTime: '10:30', dayOffset: 0 },
			{ startTime: '09:30', endTime: '11:30', dayOffset: 0 },
			{ startTime: '09:00', endTime: '11:00', dayOffset: 1, weekday: 3 }
		]);
	});

	it('moves a pattern of several weekdays together, without naming one weekday', () => {
		const times = candidateTimes(['2027-03-01', '2027-03-02'], '10:00', '11:00', [], { maxShifts: 0, maxDays: 1 });
		expect(times).toEqual([{ startTime: '10:00', endTime: '11:00', dayOffset: 1 }]);
		expect(shiftDates(['2027-03-01', '2027-03-31'], 1)).toEqual(['2027-03-02', '2027-04-01']);
	});

	it('proposes nothing for no dates or an empty time', () => {
		expect(candidateTimes([], '09:00', '10:00', [])).toEqual([]);
		expect(candidateTimes(TUESDAYS, '10:00', '10:00', [])).toEqual([]);
	});
});

describe('ranking', () => {
	const c = (name: string, fit: Fit | null, conflicts: number, sameQuartier = false) => ({
		item: name,
		name,
		fit,
		conflicts,
		sameQuartier
	});
	const rooms = [
		c('Dalle', upgrades(4), 0, true),
		c('Cèdre', fits, 3),
		c('Bruyère', fits, 0),
		c('Aulne', fits, 0, true),
		c('Érable', upgrades(10), 0, true)
	];

	it('a search puts rooms that fit first, then the freest, the quartier asked about, the least work, the name', () => {
		expect(rankAvailability(rooms, 'fit_first').map((r) => r.item)).toEqual([
			'Aulne',
			'Bruyère',
			'Cèdre',
			'Dalle',
			'Érable'
		]);
	});

	it('alternatives put the freest first', () => {
		expect(rankAvailability(rooms, 'free_first').map((r) => r.item)).toEqual([
			'Aulne',
			'Bruyère',
			'Dalle',
			'Érable',
			'Cèdre'
		]);
	});

	it('without a practice, ranks on conflicts and place only', () => {
		expect(rankAvailability([c('B', null, 1), c('A', null, 1), c('C', null, 0)]).map((r) => r.item)).toEqual([
			'C',
			'A',
			'B'
		]);
	});
});
