import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	combineRooms,
	intersect,
	minutesIn,
	openIntervals,
	percent,
	roomWeekOccupancy,
	subtract,
	union,
	weeksFrom,
	type OccupancyBooking
} from './occupancy.js';
import { localInterval, toInstant, type Interval } from './zoned-time.js';
import type { OpeningPeriod } from './vocabulary.js';

const PARIS = 'Europe/Paris';
const WEEKDAYS_9_TO_17: OpeningPeriod[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
const at = (date: string, start: string, end: string) => localInterval(date, start, end, PARIS);
const booking = (interval: Interval, organisationId: string | null, publics: string[] = []): OccupancyBooking => ({
	interval,
	organisationId,
	publics
});

describe('interval arithmetic', () => {
	const i = (a: number, b: number): Interval => ({ start: new Date(a * 60_000), end: new Date(b * 60_000) });
	it('merges, intersects and subtracts', () => {
		expect(minutesIn([i(0, 10), i(5, 20), i(30, 40)])).toBe(30);
		expect(union([i(0, 10), i(10, 20)])).toEqual([i(0, 20)]);
		expect(intersect([i(0, 100)], [i(10, 20), i(50, 60)])).toEqual([i(10, 20), i(50, 60)]);
		expect(subtract([i(0, 100)], [i(10, 20), i(90, 120)])).toEqual([i(0, 10), i(20, 90)]);
	});
});

describe('intersect, walked side by side', () => {
	const i = (a: number, b: number): Interval => ({ start: new Date(a * 60_000), end: new Date(b * 60_000) });
	const minutesOf = (list: Interval[]) =>
		new Set(
			list.flatMap((x) =>
				Array.from({ length: (x.end.getTime() - x.start.getTime()) / 60_000 }, (_, k) => x.start.getTime() / 60_000 + k)
			)
		);
	it('keeps exactly the minutes in both lists, sorted and apart, whatever their order and overlaps', () => {
		const list = fc.array(
			fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 40 })).map(([a, d]) => i(a, a + d)),
			{ maxLength: 12 }
		);
		fc.assert(
			fc.property(list, list, (a, b) => {
				const out = intersect(a, b);
				const inA = minutesOf(a);
				expect(minutesOf(out)).toEqual(new Set([...minutesOf(b)].filter((x) => inA.has(x))));
				for (let k = 1; k < out.length; k++) expect(out[k]!.start > out[k - 1]!.end).toBe(true);
			})
		);
	});
});

describe('one room, one week', () => {
	it('divides confirmed booked hours inside opening hours by open hours', () => {
		const result = roomWeekOccupancy({
			weekStart: '2027-03-01',
			timeZone: PARIS,
			openingHours: WEEKDAYS_9_TO_17,
			closures: [],
			bookings: [
				booking(at('2027-03-01', '09:00', '12:00'), 'crèche', ['children_0_3', 'families']),
				// 16:00–19:00: only 16:00–17:00 is within opening hours.
				booking(at('2027-03-02', '16:00', '19:00'), 'restaurant', ['women']),
				booking(at('2027-03-03', '10:00', '12:00'), 'crèche', ['children_0_3']),
				booking(at('2027-03-06', '10:00', '12:00'), 'atelier', ['women']), // Saturday: closed
				booking(at('2027-03-08', '10:00', '12:00'), 'other', []) // next week
			]
		});
		expect(result.openMinutes).toBe(5 * 8 * 60);
		expect(result.bookedMinutes).toBe(6 * 60);
		expect(result.rate).toBeCloseTo(6 / 40);
		expect(result.organisationIds).toEqual(['crèche', 'restaurant']);
		expect(result.minutesByPublic).toEqual({ children_0_3: 300, families: 180, women: 60 });
		expect(result.minutesWithoutPublic).toBe(0);
	});

	it('takes closures out of the open hours', () => {
		const result = roomWeekOccupancy({
			weekStart: '2027-03-01',
			timeZone: PARIS,
			openingHours: WEEKDAYS_9_TO_17,
			closures: [{ start: toInstant('2027-03-04', '00:00', PARIS), end: toInstant('2027-03-06', '00:00', PARIS) }],
			bookings: [booking(at('2027-03-01', '09:00', '17:00'), 'a')]
		});
		expect(result.openMinutes).toBe(3 * 8 * 60);
		expect(result.rate).toBeCloseTo(1 / 3);
	});

	it('counts a week with the March change in real hours, with opening hours kept in wall time', () => {
		const hours: OpeningPeriod[] = [{ weekday: 7, start: '00:00', end: '06:00' }];
		const result = roomWeekOccupancy({
			weekStart: '2027-03-22',
			timeZone: PARIS,
			openingHours: hours,
			closures: [],
			bookings: [booking(at('2027-03-28', '01:00', '04:00'), 'a', [])]
		});
		// 00:00–06:00 on the change day lasts 5 hours; 01:00–04:00 lasts 2.
		expect(result.openMinutes).toBe(5 * 60);
		expect(result.bookedMinutes).toBe(2 * 60);
		expect(result.minutesWithoutPublic).toBe(120);
	});

	it('has no rate for a room open on request, but still counts its booked hours', () => {
		const result = roomWeekOccupancy({
			weekStart: '2027-03-01',
			timeZone: PARIS,
			openingHours: [],
			closures: [],
			bookings: [booking(at('2027-03-06', '20:00', '23:00'), 'a', ['women'])]
		});
		expect(result.openMinutes).toBeNull();
		expect(result.rate).toBeNull();
		expect(result.bookedMinutes).toBe(180);
		expect(percent(result.rate)).toBeNull();
	});

	it('combines rooms of a facility or quartier', () => {
		const week = '2027-03-01';
		const a = roomWeekOccupancy({
			weekStart: week,
			timeZone: PARIS,
			openingHours: WEEKDAYS_9_TO_17,
			closures: [],
			bookings: [booking(at(week, '09:00', '13:00'), 'x', ['women'])]
		});
		const b = roomWeekOccupancy({
			weekStart: week,
			timeZone: PARIS,
			openingHours: WEEKDAYS_9_TO_17,
			closures: [],
			bookings: [booking(at(week, '09:00', '17:00'), 'y', ['women', 'seniors'])]
		});
		const c = roomWeekOccupancy({
			weekStart: week,
			timeZone: PARIS,
			openingHours: [],
			closures: [],
			bookings: [booking(at(week, '18:00', '20:00'), 'x', [])]
		});
		const all = combineRooms(week, [a, b, c]);
		expect(all.openMinutes).toBe(2 * 40 * 60);
		expect(all.bookedMinutes).toBe(4 * 60 + 8 * 60 + 2 * 60);
		expect(all.rate).toBeCloseTo(12 / 80);
		expect(all.organisationIds).toEqual(['x', 'y']);
		expect(all.minutesByPublic).toEqual({ women: 720, seniors: 480 });
		expect(all.roomsOnRequest).toBe(1);
	});

	it('lists the Mondays of the weeks to show', () => {
		expect(weeksFrom('2027-03-03', 3)).toEqual(['2027-03-01', '2027-03-08', '2027-03-15']);
	});
});

describe('properties', () => {
	const period = fc
		.record({
			weekday: fc.integer({ min: 1, max: 7 }),
			start: fc.integer({ min: 0, max: 22 }),
			length: fc.integer({ min: 1, max: 10 })
		})
		.map(({ weekday, start, length }) => ({
			weekday,
			start: `${String(start).padStart(2, '0')}:00`,
			end: `${String(Math.min(23, start + length)).padStart(2, '0')}:${start + length >= 24 ? '59' : '00'}`
		}));
	const base = toInstant('2027-10-25', '00:00', PARIS).getTime(); // the week after the October change
	const interval = fc
		.record({ offset: fc.integer({ min: -2000, max: 12000 }), length: fc.integer({ min: 1, max: 3000 }) })
		.map(({ offset, length }) => ({
			start: new Date(base + offset * 60_000),
			end: new Date(base + (offset + length) * 60_000)
		}));
	const bookings = fc.array(
		fc.record({
			interval,
			organisationId: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
			publics: fc.subarray(['women', 'children_0_3', 'seniors'])
		}),
		{ maxLength: 12 }
	);

	it('never goes above 100 %, and per-public hours never exceed booked hours', () => {
		fc.assert(
			fc.property(
				fc.array(period, { maxLength: 10 }),
				fc.array(interval, { maxLength: 3 }),
				bookings,
				(hours, closures, list) => {
					for (const weekStart of ['2027-10-25', '2027-10-18']) {
						const r = roomWeekOccupancy({ weekStart, timeZone: PARIS, openingHours: hours, closures, bookings: list });
						expect(r.bookedMinutes).toBeGreaterThanOrEqual(0);
						if (r.openMinutes !== null) {
							expect(r.bookedMinutes).toBeLessThanOrEqual(r.openMinutes + 1e-9);
							if (r.rate !== null) expect(r.rate).toBeLessThanOrEqual(1 + 1e-12);
						}
						for (const minutes of Object.values(r.minutesByPublic))
							expect(minutes).toBeLessThanOrEqual(r.bookedMinutes + 1e-9);
						expect(r.minutesWithoutPublic).toBeLessThanOrEqual(r.bookedMinutes + 1e-9);
						// Every booked minute either serves at least one named public or none: the two add up
						// to the booked minutes when bookings do not overlap; with overlaps, to at least them.
						const served = minutesIn(
							intersect(
								list.filter((b) => b.publics.length > 0).map((b) => b.interval),
								r.openMinutes === null
									? [{ start: new Date(base - 1e13), end: new Date(base + 1e13) }]
									: openIntervals(weekStart, hours, PARIS)
							)
						);
						expect(r.minutesWithoutPublic + Math.min(served, r.bookedMinutes)).toBeGreaterThanOrEqual(
							r.bookedMinutes - 1e-6
						);
						expect(r.organisationIds.length).toBeLessThanOrEqual(3);
						expect(percent(r.rate) ?? 0).toBeLessThanOrEqual(100);
					}
				}
			),
			{ numRuns: 120 }
		);
	});

	it('adds up: combined booked and open minutes are the sums of the rooms', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.array(period, { maxLength: 6 }), bookings), { minLength: 1, maxLength: 4 }),
				(rooms) => {
					const weeks = rooms.map(([hours, list]) =>
						roomWeekOccupancy({
							weekStart: '2027-10-25',
							timeZone: PARIS,
							openingHours: hours,
							closures: [],
							bookings: list
						})
					);
					const all = combineRooms('2027-10-25', weeks);
					expect(all.bookedMinutes).toBeCloseTo(weeks.reduce((s, w) => s + w.bookedMinutes, 0));
					const open = weeks.filter((w) => w.openMinutes !== null);
					expect(all.openMinutes).toBe(open.length ? open.reduce((s, w) => s + w.openMinutes!, 0) : null);
					if (all.rate !== null) expect(all.rate).toBeLessThanOrEqual(1 + 1e-12);
					expect(all.roomsOnRequest + open.length).toBe(rooms.length);
				}
			),
			{ numRuns: 200 }
		);
	});
});
