import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addMonths,
	monthWeeks,
	neighbours,
	parseViewRequest,
	placeOnDays,
	viewDays,
	viewInterval,
	viewQuery,
	weekDays
} from './calendar-view.js';
import { addDays, localInterval, toInstant, weekdayOf } from './zoned-time.js';

const PARIS = 'Europe/Paris';

describe('which days a view shows', () => {
	it('shows a week from Monday to Sunday', () => {
		expect(weekDays('2027-03-31')).toEqual([
			'2027-03-29',
			'2027-03-30',
			'2027-03-31',
			'2027-04-01',
			'2027-04-02',
			'2027-04-03',
			'2027-04-04'
		]);
	});

	it('shows a month as whole weeks covering its first and last days', () => {
		const weeks = monthWeeks('2027-02-14'); // February 2027 starts on a Monday, ends on a Sunday
		expect(weeks.length).toBe(4);
		expect(weeks[0]![0]).toBe('2027-02-01');
		expect(weeks[3]![6]).toBe('2027-02-28');
		const march = monthWeeks('2027-03-01');
		expect(march[0]![0]).toBe('2027-03-01');
		expect(march.at(-1)!.at(-1)).toBe('2027-04-04');
		const may = monthWeeks('2027-05-20'); // Saturday 1 May to Monday 31 May: 6 rows
		expect(may.length).toBe(6);
		expect(may[0]![0]).toBe('2027-04-26');
	});

	it('covers every day of any month exactly once, in weeks starting on Monday (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
				const date = `${year}-${String(month).padStart(2, '0')}-15`;
				const weeks = monthWeeks(date);
				expect(weeks.length).toBeGreaterThanOrEqual(4);
				expect(weeks.length).toBeLessThanOrEqual(6);
				for (const week of weeks) expect(weekdayOf(week[0]!)).toBe(1);
				const days = weeks.flat();
				for (let i = 1; i < days.length; i++) expect(days[i]).toBe(addDays(days[i - 1]!, 1));
				const inMonth = days.filter((d) => d.slice(0, 7) === date.slice(0, 7));
				expect(inMonth[0]!.slice(8)).toBe('01');
				expect(new Set(inMonth).size).toBe(inMonth.length);
			})
		);
	});

	it('covers 23 hours on the March change day and 25 on the October one', () => {
		const march = viewInterval({ view: 'week', date: '2027-03-28' }, PARIS);
		expect((march.end.getTime() - march.start.getTime()) / 3_600_000).toBe(7 * 24 - 1);
		const october = viewInterval({ view: 'week', date: '2027-10-31' }, PARIS);
		expect((october.end.getTime() - october.start.getTime()) / 3_600_000).toBe(7 * 24 + 1);
	});
});

describe('reading the request and moving around', () => {
	it('defaults to this week and ignores nonsense', () => {
		expect(parseViewRequest(null, null, '2027-01-06')).toEqual({ view: 'week', date: '2027-01-06' });
		expect(parseViewRequest('month', '2027-02-30', '2027-01-06')).toEqual({ view: 'month', date: '2027-01-06' });
		expect(parseViewRequest('year', '99999-01-01', '2027-01-06')).toEqual({ view: 'week', date: '2027-01-06' });
		expect(parseViewRequest('month', '2027-03-10', '2027-01-06')).toEqual({ view: 'month', date: '2027-03-10' });
	});

	it('goes a week or a month back and forth, across years', () => {
		expect(neighbours({ view: 'week', date: '2027-01-01' }, '2026-11-26')).toEqual({
			previous: { view: 'week', date: '2026-12-21' },
			next: { view: 'week', date: '2027-01-04' },
			today: { view: 'week', date: '2026-11-26' }
		});
		const month = neighbours({ view: 'month', date: '2027-01-31' }, '2026-11-26');
		expect(month.previous.date).toBe('2026-12-01');
		expect(month.next.date).toBe('2027-02-01');
		expect(addMonths('2027-12-15', 1)).toBe('2028-01-01');
		expect(addMonths('2027-01-15', -13)).toBe('2025-12-01');
		expect(viewQuery({ view: 'month', date: '2027-02-01' })).toBe('?view=month&date=2027-02-01');
	});

	it('shows 28 to 42 days in a month view', () => {
		expect(viewDays({ view: 'month', date: '2027-05-01' }).length).toBe(42);
		expect(viewDays({ view: 'week', date: '2027-05-01' }).length).toBe(7);
	});
});

describe('placing bookings and closures on days', () => {
	it('keeps 12:00–14:00 at noon on both sides of the October change', () => {
		const items = ['2027-10-29', '2027-11-01'].map((d) => ({
			id: d,
			interval: localInterval(d, '12:00', '14:00', PARIS)
		}));
		const days = weekDays('2027-10-26').concat(weekDays('2027-11-01'));
		const placed = placeOnDays(items, days, PARIS);
		expect(placed.get('2027-10-29')!.map((p) => [p.startTime, p.endTime])).toEqual([['12:00', '14:00']]);
		expect(placed.get('2027-11-01')!.map((p) => [p.startTime, p.endTime, p.startMinute, p.endMinute])).toEqual([
			['12:00', '14:00', 720, 840]
		]);
		expect(placed.get('2027-10-30')).toEqual([]);
	});

	it('splits an evening over midnight and a closure of several days, day by day', () => {
		const evening = {
			id: 'evening',
			interval: { start: toInstant('2027-06-04', '20:00', PARIS), end: toInstant('2027-06-05', '01:00', PARIS) }
		};
		const closure = {
			id: 'works',
			interval: { start: toInstant('2027-06-02', '00:00', PARIS), end: toInstant('2027-06-04', '00:00', PARIS) }
		};
		const placed = placeOnDays([evening, closure], weekDays('2027-06-01'), PARIS);
		const summary = (d: string) => placed.get(d)!.map((p) => `${p.item.id} ${p.startTime}-${p.endTime}`);
		expect(summary('2027-06-01')).toEqual([]);
		expect(summary('2027-06-02')).toEqual(['works 00:00-24:00']);
		expect(summary('2027-06-03')).toEqual(['works 00:00-24:00']);
		// The closure ends exactly at midnight: it is not on the 4th (half-open).
		expect(summary('2027-06-04')).toEqual(['evening 20:00-24:00']);
		expect(summary('2027-06-05')).toEqual(['evening 00:00-01:00']);
		const [late] = placed.get('2027-06-05')!;
		expect(late!.continuesFromPreviousDay).toBe(true);
		expect(placed.get('2027-06-04')![0]!.continuesToNextDay).toBe(true);
	});

	it('orders a day by start time and leaves days outside the view alone', () => {
		const items = [
			{ id: 'b', interval: localInterval('2027-06-01', '14:00', '16:00', PARIS) },
			{ id: 'a', interval: localInterval('2027-06-01', '09:00', '11:00', PARIS) },
			{ id: 'later', interval: localInterval('2027-07-01', '09:00', '11:00', PARIS) }
		];
		const placed = placeOnDays(items, weekDays('2027-06-01'), PARIS);
		expect(placed.get('2027-06-01')!.map((p) => p.item.id)).toEqual(['a', 'b']);
		expect([...placed.values()].flat().some((p) => p.item.id === 'later')).toBe(false);
	});

	it('gives pieces whose lengths add up to the part of the item inside the view (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 60 * 24 * 9 }),
				fc.integer({ min: 15, max: 60 * 24 * 4 }),
				(offsetMinutes, lengthMinutes) => {
					// Around the March change, in a zone-agnostic way: count real elapsed minutes.
					const base = toInstant('2027-03-24', '00:00', PARIS).getTime();
					const interval = {
						start: new Date(base + offsetMinutes * 60_000),
						end: new Date(base + (offsetMinutes + lengthMinutes) * 60_000)
					};
					const days = weekDays('2027-03-22').concat(weekDays('2027-03-29'));
					const view = {
						start: toInstant(days[0]!, '00:00', PARIS),
						end: toInstant(addDays(days.at(-1)!, 1), '00:00', PARIS)
					};
					const inside =
						Math.max(
							0,
							Math.min(interval.end.getTime(), view.end.getTime()) -
								Math.max(interval.start.getTime(), view.start.getTime())
						) / 60_000;
					const placed = [...placeOnDays([{ interval }], days, PARIS).values()].flat();
					for (const p of placed) expect(p.endMinute).toBeGreaterThan(p.startMinute);
					// Wall-clock minutes differ from elapsed minutes only by the hour the clock skips.
					const wall = placed.reduce((sum, p) => sum + p.endMinute - p.startMinute, 0);
					expect(Math.abs(wall - inside)).toBeLessThanOrEqual(60);
				}
			)
		);
	});
});
