import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	checkOpeningHours,
	hoursField,
	openingHoursFromForm,
	openingHoursFromStorage,
	openingHoursToForm,
	parseTime,
	periodsByWeekday
} from './opening-hours.js';
import type { OpeningPeriod } from './vocabulary.js';

describe('parseTime', () => {
	it('reads times the way people write them in France and elsewhere', () => {
		expect(parseTime('9h')).toBe('09:00');
		expect(parseTime('9h30')).toBe('09:30');
		expect(parseTime('9 h 30')).toBe('09:30');
		expect(parseTime('09:30')).toBe('09:30');
		expect(parseTime('17.45')).toBe('17:45');
		expect(parseTime(' 14 ')).toBe('14:00');
		expect(parseTime('0:00')).toBe('00:00');
	});

	it('refuses what is not a time of day', () => {
		for (const bad of ['', '24:00', '9:60', '9h5', 'midi', '930', '-1', '12:00:00']) expect(parseTime(bad)).toBeNull();
	});
});

describe('openingHoursFromForm', () => {
	const form = (entries: Record<string, string>) => entries;

	it('reads up to two periods a day and ignores empty rows', () => {
		const result = openingHoursFromForm(
			form({
				[hoursField(1, 0, 'start')]: '14h',
				[hoursField(1, 0, 'end')]: '18h',
				[hoursField(1, 1, 'start')]: '9h',
				[hoursField(1, 1, 'end')]: '12h',
				[hoursField(3, 0, 'start')]: '08:30',
				[hoursField(3, 0, 'end')]: '17:00'
			})
		);
		expect(result).toEqual({
			ok: true,
			periods: [
				{ weekday: 1, start: '09:00', end: '12:00' },
				{ weekday: 1, start: '14:00', end: '18:00' },
				{ weekday: 3, start: '08:30', end: '17:00' }
			]
		});
	});

	it('an empty editor means "on request"', () => {
		expect(openingHoursFromForm({})).toEqual({ ok: true, periods: [] });
	});

	it('puts each problem on the field to fix', () => {
		const result = openingHoursFromForm(
			form({
				[hoursField(1, 0, 'start')]: '9h',
				[hoursField(2, 0, 'start')]: 'matin',
				[hoursField(2, 0, 'end')]: '12h',
				[hoursField(4, 0, 'start')]: '18h',
				[hoursField(4, 0, 'end')]: '9h',
				[hoursField(5, 0, 'start')]: '9h',
				[hoursField(5, 0, 'end')]: '13h',
				[hoursField(5, 1, 'start')]: '12h',
				[hoursField(5, 1, 'end')]: '17h'
			})
		);
		expect(result).toEqual({
			ok: false,
			fieldErrors: {
				[hoursField(1, 0, 'end')]: 'HOURS.INCOMPLETE',
				[hoursField(2, 0, 'start')]: 'HOURS.TIME_INVALID',
				[hoursField(4, 0, 'end')]: 'HOURS.START_AFTER_END',
				[hoursField(5, 1, 'start')]: 'HOURS.OVERLAP'
			}
		});
	});

	it('lets one period end when the next begins', () => {
		const result = openingHoursFromForm({
			[hoursField(6, 0, 'start')]: '9h',
			[hoursField(6, 0, 'end')]: '12h',
			[hoursField(6, 1, 'start')]: '12h',
			[hoursField(6, 1, 'end')]: '14h'
		});
		expect(result.ok).toBe(true);
	});
});

/** Valid weeks: at most two ordered, non-overlapping periods on any weekday. */
const week = fc
	.array(
		fc.record({
			weekday: fc.integer({ min: 1, max: 7 }),
			bounds: fc.uniqueArray(fc.integer({ min: 0, max: 23 * 60 + 59 }), { minLength: 2, maxLength: 4 })
		}),
		{ maxLength: 7 }
	)
	.map((days) => {
		const seen = new Set<number>();
		const periods: OpeningPeriod[] = [];
		for (const { weekday, bounds } of days) {
			if (seen.has(weekday)) continue;
			seen.add(weekday);
			const sorted = [...bounds].sort((a, b) => a - b);
			for (let i = 0; i + 1 < sorted.length; i += 2)
				periods.push({ weekday, start: hhmm(sorted[i]!), end: hhmm(sorted[i + 1]!) });
		}
		return periods;
	});

function hhmm(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

describe('properties', () => {
	it('a valid week survives the editor both ways', () => {
		fc.assert(
			fc.property(week, (periods) => {
				expect(checkOpeningHours(periods)).toBeNull();
				const back = openingHoursFromForm(openingHoursToForm(periods));
				expect(back).toEqual({ ok: true, periods: periodsByWeekday(periods).flatMap(withWeekday) });
			})
		);
	});

	it('whatever is typed, what the editor accepts is a valid week', () => {
		const field = fc.oneof(fc.constant(''), fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 23 }).map(String));
		const keys = [1, 2, 3, 4, 5, 6, 7].flatMap((d) =>
			[0, 1].flatMap((s) => [hoursField(d, s, 'start'), hoursField(d, s, 'end')])
		);
		fc.assert(
			fc.property(fc.dictionary(fc.constantFrom(...keys), field), (values) => {
				const result = openingHoursFromForm(values);
				if (result.ok) expect(checkOpeningHours(result.periods)).toBeNull();
				else expect(Object.keys(result.fieldErrors).every((k) => keys.includes(k))).toBe(true);
			})
		);
	});
});

function withWeekday(day: { weekday: number; periods: { start: string; end: string }[] }): OpeningPeriod[] {
	return day.periods.map((p) => ({ weekday: day.weekday, ...p }));
}

describe('checkOpeningHours and storage', () => {
	it('finds overlaps and bad values in a stored week', () => {
		expect(
			checkOpeningHours([
				{ weekday: 2, start: '09:00', end: '12:00' },
				{ weekday: 2, start: '11:00', end: '13:00' }
			])
		).toBe('HOURS.OVERLAP');
		expect(checkOpeningHours([{ weekday: 8, start: '09:00', end: '12:00' }])).toBe('HOURS.TIME_INVALID');
		expect(checkOpeningHours([{ weekday: 1, start: '9h', end: '12:00' }])).toBe('HOURS.TIME_INVALID');
		expect(checkOpeningHours([{ weekday: 1, start: '12:00', end: '12:00' }])).toBe('HOURS.START_AFTER_END');
	});

	it('shows a damaged stored week as "on request" rather than wrong', () => {
		expect(openingHoursFromStorage(null)).toEqual([]);
		expect(openingHoursFromStorage([{ weekday: 1, start: '09:00' }])).toEqual([]);
		expect(openingHoursFromStorage([{ weekday: 1, start: '09:00', end: '12:00', extra: true }])).toEqual([
			{ weekday: 1, start: '09:00', end: '12:00' }
		]);
	});

	it('lists every weekday, Monday first', () => {
		const days = periodsByWeekday([{ weekday: 7, start: '10:00', end: '12:00' }]);
		expect(days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(days[6]!.periods).toEqual([{ start: '10:00', end: '12:00' }]);
	});
});
