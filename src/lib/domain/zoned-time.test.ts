import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	addDays,
	daysBetween,
	fromRangeLiteral,
	isLocalDate,
	localInterval,
	mondayOf,
	toInstant,
	toLocal,
	toRangeLiteral,
	weekdayOf
} from './zoned-time.js';

const PARIS = 'Europe/Paris';

describe('wall-clock time in Paris', () => {
	it('keeps 12:00 at noon on both sides of the October change (10:00Z then 11:00Z)', () => {
		expect(toInstant('2026-10-24', '12:00', PARIS).toISOString()).toBe('2026-10-24T10:00:00.000Z');
		expect(toInstant('2026-10-26', '12:00', PARIS).toISOString()).toBe('2026-10-26T11:00:00.000Z');
	});

	it('keeps 09:00 at nine across the March change (08:00Z then 07:00Z)', () => {
		expect(toInstant('2027-03-27', '09:00', PARIS).toISOString()).toBe('2027-03-27T08:00:00.000Z');
		expect(toInstant('2027-03-29', '09:00', PARIS).toISOString()).toBe('2027-03-29T07:00:00.000Z');
	});

	it('moves a time skipped in spring forward by the gap', () => {
		// 2027-03-28 02:30 does not exist in Paris: clocks jump from 02:00 to 03:00.
		expect(toInstant('2027-03-28', '02:30', PARIS).toISOString()).toBe('2027-03-28T01:30:00.000Z');
		expect(toLocal(toInstant('2027-03-28', '02:30', PARIS), PARIS).time).toBe('03:30');
	});

	it('takes the first of a time that happens twice in autumn', () => {
		expect(toInstant('2026-10-25', '02:30', PARIS).toISOString()).toBe('2026-10-25T00:30:00.000Z');
	});

	it('makes the change-day session one hour longer or shorter in instants, never in wall time', () => {
		const autumn = localInterval('2026-10-25', '01:00', '04:00', PARIS);
		expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(4);
		const spring = localInterval('2027-03-28', '01:00', '04:00', PARIS);
		expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(2);
	});

	it('round-trips every quarter hour of 2026 and 2027 that exists', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 729 }), fc.integer({ min: 0, max: 95 }), (day, quarter) => {
				const date = addDays('2026-01-01', day);
				const time = `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
				const back = toLocal(toInstant(date, time, PARIS), PARIS);
				// Only the skipped spring hour may come back different.
				if (back.time !== time) expect(time.startsWith('02:')).toBe(true);
				else expect(back.date).toBe(date);
			})
		);
	});

	it('works in overseas zones without daylight saving', () => {
		expect(toInstant('2026-07-01', '09:00', 'America/Cayenne').toISOString()).toBe('2026-07-01T12:00:00.000Z');
		expect(toInstant('2026-07-01', '09:00', 'Indian/Reunion').toISOString()).toBe('2026-07-01T05:00:00.000Z');
	});
});

describe('calendar dates', () => {
	it('counts days and weekdays without time zones', () => {
		expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
		expect(weekdayOf('2026-11-26')).toBe(4);
		expect(weekdayOf('2026-11-29')).toBe(7);
		expect(mondayOf('2026-11-29')).toBe('2026-11-23');
	});

	it('rejects impossible dates', () => {
		expect(isLocalDate('2026-02-29')).toBe(false);
		expect(isLocalDate('2028-02-29')).toBe(true);
		expect(isLocalDate('2026-9-1')).toBe(false);
	});
});

describe('range literals', () => {
	it('reads back what it writes, and the server text forms', () => {
		const i = localInterval('2026-09-01', '09:00', '11:30', PARIS);
		expect(fromRangeLiteral(toRangeLiteral(i))).toEqual(i);
		expect(fromRangeLiteral('["2026-09-01 09:00:00+02","2026-09-01 11:30:00+02")')).toEqual(i);
		expect(fromRangeLiteral('["2026-09-01 07:00:00+00","2026-09-01 09:30:00+00")')).toEqual(i);
	});
});

describe('wall clocks read through the remembered offsets', () => {
	// What Intl itself says, without the per-quarter cache: the reference toLocal must agree with.
	const intlWallClock = (instant: Date, timeZone: string) => {
		const parts = Object.fromEntries(
			new Intl.DateTimeFormat('en-GB', {
				timeZone,
				hourCycle: 'h23',
				year: 'numeric',
				month: '2-digit',
				day: '2-digit',
				hour: '2-digit',
				minute: '2-digit'
			})
				.formatToParts(instant)
				.map((p) => [p.type, p.value])
		);
		return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
	};

	it('agree with Intl at every instant, around every change of offset, in zones with odd offsets', () => {
		const zones = [
			PARIS,
			'America/Cayenne',
			'Indian/Reunion',
			'Australia/Lord_Howe',
			'America/St_Johns',
			'Asia/Kathmandu'
		];
		fc.assert(
			fc.property(
				fc.constantFrom(...zones),
				// From 1975 (before the cache's start) to 2040, to the millisecond.
				fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2040, 0, 1) }),
				(zone, t) => {
					const instant = new Date(t);
					expect(toLocal(instant, zone)).toEqual(intlWallClock(instant, zone));
				}
			),
			{ numRuns: 3000 }
		);
		// Each minute of the nights Paris and Lord Howe (a 30-minute change) change their clocks, and
		// of Newfoundland's in 2010, when it changed at 00:01 local time: 03:31 and 02:31 UTC, inside a
		// quarter of an hour, the case the cache must leave to Intl.
		for (const [zone, night] of [
			['America/St_Johns', Date.UTC(2010, 2, 14, 2)],
			['America/St_Johns', Date.UTC(2010, 10, 7, 1)],
			[PARIS, Date.UTC(2026, 2, 29, 0)],
			[PARIS, Date.UTC(2026, 9, 25, 0)],
			['Australia/Lord_Howe', Date.UTC(2026, 3, 4, 14)],
			['Australia/Lord_Howe', Date.UTC(2026, 9, 3, 15)]
		] as const)
			for (let minute = 0; minute < 180; minute++) {
				const instant = new Date(night + minute * 60_000 + 59_999);
				expect(toLocal(instant, zone), `${zone} ${instant.toISOString()}`).toEqual(intlWallClock(instant, zone));
			}
	});
});
