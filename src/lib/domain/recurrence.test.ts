import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	expandRule,
	formatRule,
	parseRule,
	weekdayCode,
	WEEKDAYS,
	type RecurrenceRule,
	type Weekday
} from './recurrence.js';
import { addDays, daysInMonth } from './zoned-time.js';

function rule(text: string): RecurrenceRule {
	const parsed = parseRule(text);
	if (!parsed.ok) throw new Error(`invalid rule in test: ${text}`);
	return parsed.value;
}

/** 'Sep 2,3' style lists of the RFC, written out as ISO dates. */
function d(year: number, month: number, ...days: number[]): string[] {
	return days.map((day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

/**
 * RFC 5545 §3.8.5.3, the examples within the supported subset (DAILY / WEEKLY / MONTHLY, no
 * BYMONTH, no times of day). Each name quotes the RFC; the expected dates are the RFC's.
 * DTSTART is the RFC's (America/New_York, 09:00), reduced to its date.
 */
const RFC_EXAMPLES: { text: string; dtstart: string; rrule: string; to?: string; expected: string[] }[] = [
	{
		text: 'Daily for 10 occurrences',
		dtstart: '1997-09-02',
		rrule: 'FREQ=DAILY;COUNT=10',
		expected: d(1997, 9, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
	},
	{
		text: 'Daily until December 24, 1997',
		dtstart: '1997-09-02',
		rrule: 'FREQ=DAILY;UNTIL=19971224T000000Z',
		expected: [
			...d(1997, 9, ...Array.from({ length: 29 }, (_, i) => i + 2)),
			...d(1997, 10, ...Array.from({ length: 31 }, (_, i) => i + 1)),
			...d(1997, 11, ...Array.from({ length: 30 }, (_, i) => i + 1)),
			...d(1997, 12, ...Array.from({ length: 23 }, (_, i) => i + 1))
		]
	},
	{
		text: 'Every other day - forever',
		dtstart: '1997-09-02',
		rrule: 'FREQ=DAILY;INTERVAL=2',
		to: '1997-12-04',
		expected: [
			...d(1997, 9, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30),
			...d(1997, 10, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30),
			...d(1997, 11, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29),
			...d(1997, 12, 1, 3)
		]
	},
	{
		text: 'Every 10 days, 5 occurrences',
		dtstart: '1997-09-02',
		rrule: 'FREQ=DAILY;INTERVAL=10;COUNT=5',
		expected: [...d(1997, 9, 2, 12, 22), ...d(1997, 10, 2, 12)]
	},
	{
		text: 'Weekly for 10 occurrences',
		dtstart: '1997-09-02',
		rrule: 'FREQ=WEEKLY;COUNT=10',
		expected: [...d(1997, 9, 2, 9, 16, 23, 30), ...d(1997, 10, 7, 14, 21, 28), ...d(1997, 11, 4)]
	},
	{
		text: 'Weekly until December 24, 1997',
		dtstart: '1997-09-02',
		rrule: 'FREQ=WEEKLY;UNTIL=19971224T000000Z',
		expected: [
			...d(1997, 9, 2, 9, 16, 23, 30),
			...d(1997, 10, 7, 14, 21, 28),
			...d(1997, 11, 4, 11, 18, 25),
			...d(1997, 12, 2, 9, 16, 23)
		]
	},
	{
		text: 'Every other week - forever',
		dtstart: '1997-09-02',
		rrule: 'FREQ=WEEKLY;INTERVAL=2;WKST=SU',
		to: '1998-02-17',
		expected: [
			...d(1997, 9, 2, 16, 30),
			...d(1997, 10, 14, 28),
			...d(1997, 11, 11, 25),
			...d(1997, 12, 9, 23),
			...d(1998, 1, 6, 20),
			...d(1998, 2, 3, 17)
		]
	},
	{
		text: 'Weekly on Tuesday and Thursday for five weeks (UNTIL)',
		dtstart: '1997-09-02',
		rrule: 'FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH',
		expected: [...d(1997, 9, 2, 4, 9, 11, 16, 18, 23, 25, 30), ...d(1997, 10, 2)]
	},
	{
		text: 'Weekly on Tuesday and Thursday for five weeks (COUNT)',
		dtstart: '1997-09-02',
		rrule: 'FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH',
		expected: [...d(1997, 9, 2, 4, 9, 11, 16, 18, 23, 25, 30), ...d(1997, 10, 2)]
	},
	{
		text: 'Every other week on Monday, Wednesday, and Friday until December 24, 1997, starting on Monday, September 1, 1997',
		dtstart: '1997-09-01',
		rrule: 'FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR',
		expected: [
			...d(1997, 9, 1, 3, 5, 15, 17, 19, 29),
			...d(1997, 10, 1, 3, 13, 15, 17, 27, 29, 31),
			...d(1997, 11, 10, 12, 14, 24, 26, 28),
			...d(1997, 12, 8, 10, 12, 22)
		]
	},
	{
		text: 'Every other week on Tuesday and Thursday, for 8 occurrences',
		dtstart: '1997-09-02',
		rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH',
		expected: [...d(1997, 9, 2, 4, 16, 18, 30), ...d(1997, 10, 2, 14, 16)]
	},
	{
		text: 'Monthly on the first Friday for 10 occurrences',
		dtstart: '1997-09-05',
		rrule: 'FREQ=MONTHLY;COUNT=10;BYDAY=1FR',
		expected: [
			...d(1997, 9, 5),
			...d(1997, 10, 3),
			...d(1997, 11, 7),
			...d(1997, 12, 5),
			...d(1998, 1, 2),
			...d(1998, 2, 6),
			...d(1998, 3, 6),
			...d(1998, 4, 3),
			...d(1998, 5, 1),
			...d(1998, 6, 5)
		]
	},
	{
		text: 'Monthly on the first Friday until December 24, 1997',
		dtstart: '1997-09-05',
		rrule: 'FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR',
		expected: [...d(1997, 9, 5), ...d(1997, 10, 3), ...d(1997, 11, 7), ...d(1997, 12, 5)]
	},
	{
		text: 'Every other month on the first and last Sunday of the month for 10 occurrences',
		dtstart: '1997-09-07',
		rrule: 'FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU',
		expected: [
			...d(1997, 9, 7, 28),
			...d(1997, 11, 2, 30),
			...d(1998, 1, 4, 25),
			...d(1998, 3, 1, 29),
			...d(1998, 5, 3, 31)
		]
	},
	{
		text: 'Monthly on the second-to-last Monday of the month for 6 months',
		dtstart: '1997-09-22',
		rrule: 'FREQ=MONTHLY;COUNT=6;BYDAY=-2MO',
		expected: [
			...d(1997, 9, 22),
			...d(1997, 10, 20),
			...d(1997, 11, 17),
			...d(1997, 12, 22),
			...d(1998, 1, 19),
			...d(1998, 2, 16)
		]
	},
	{
		text: 'Monthly on the third-to-the-last day of the month, forever',
		dtstart: '1997-09-28',
		rrule: 'FREQ=MONTHLY;BYMONTHDAY=-3',
		to: '1998-02-26',
		expected: [
			...d(1997, 9, 28),
			...d(1997, 10, 29),
			...d(1997, 11, 28),
			...d(1997, 12, 29),
			...d(1998, 1, 29),
			...d(1998, 2, 26)
		]
	},
	{
		text: 'Monthly on the 2nd and 15th of the month for 10 occurrences',
		dtstart: '1997-09-02',
		rrule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15',
		expected: [
			...d(1997, 9, 2, 15),
			...d(1997, 10, 2, 15),
			...d(1997, 11, 2, 15),
			...d(1997, 12, 2, 15),
			...d(1998, 1, 2, 15)
		]
	},
	{
		text: 'Monthly on the first and last day of the month for 10 occurrences',
		dtstart: '1997-09-30',
		rrule: 'FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1',
		expected: [
			...d(1997, 9, 30),
			...d(1997, 10, 1, 31),
			...d(1997, 11, 1, 30),
			...d(1997, 12, 1, 31),
			...d(1998, 1, 1, 31),
			...d(1998, 2, 1)
		]
	},
	{
		text: 'Every 18 months on the 10th thru 15th of the month for 10 occurrences',
		dtstart: '1997-09-10',
		rrule: 'FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15',
		expected: [...d(1997, 9, 10, 11, 12, 13, 14, 15), ...d(1999, 3, 10, 11, 12, 13)]
	},
	{
		text: 'Every Tuesday, every other month',
		dtstart: '1997-09-02',
		rrule: 'FREQ=MONTHLY;INTERVAL=2;BYDAY=TU',
		to: '1998-03-31',
		expected: [
			...d(1997, 9, 2, 9, 16, 23, 30),
			...d(1997, 11, 4, 11, 18, 25),
			...d(1998, 1, 6, 13, 20, 27),
			...d(1998, 3, 3, 10, 17, 24, 31)
		]
	},
	{
		// The RFC's DTSTART (1997-09-02) is removed by EXDATE; here it is not generated at all,
		// since it is not a Friday the 13th (see the module comment).
		text: 'Every Friday the 13th, forever',
		dtstart: '1997-09-02',
		rrule: 'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13',
		to: '2000-10-13',
		expected: [...d(1998, 2, 13), ...d(1998, 3, 13), ...d(1998, 11, 13), ...d(1999, 8, 13), ...d(2000, 10, 13)]
	},
	{
		text: 'The first Saturday that follows the first Sunday of the month, forever',
		dtstart: '1997-09-13',
		rrule: 'FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13',
		to: '1998-06-13',
		expected: [
			...d(1997, 9, 13),
			...d(1997, 10, 11),
			...d(1997, 11, 8),
			...d(1997, 12, 13),
			...d(1998, 1, 10),
			...d(1998, 2, 7),
			...d(1998, 3, 7),
			...d(1998, 4, 11),
			...d(1998, 5, 9),
			...d(1998, 6, 13)
		]
	},
	{
		text: 'The third instance into the month of one of Tuesday, Wednesday, or Thursday, for the next 3 months',
		dtstart: '1997-09-04',
		rrule: 'FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3',
		expected: [...d(1997, 9, 4), ...d(1997, 10, 7), ...d(1997, 11, 6)]
	},
	{
		text: 'The second-to-last weekday of the month',
		dtstart: '1997-09-29',
		rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2',
		to: '1998-03-30',
		expected: [
			...d(1997, 9, 29),
			...d(1997, 10, 30),
			...d(1997, 11, 27),
			...d(1997, 12, 30),
			...d(1998, 1, 29),
			...d(1998, 2, 26),
			...d(1998, 3, 30)
		]
	},
	{
		text: 'An example where the days generated makes a difference because of WKST (WKST=MO)',
		dtstart: '1997-08-05',
		rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO',
		expected: d(1997, 8, 5, 10, 19, 24)
	},
	{
		text: 'changing only WKST from MO to SU, yields different results',
		dtstart: '1997-08-05',
		rrule: 'FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU',
		expected: d(1997, 8, 5, 17, 19, 31)
	},
	{
		text: 'An example where an invalid date (i.e., February 30) is ignored',
		dtstart: '2007-01-15',
		rrule: 'FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5',
		expected: [...d(2007, 1, 15, 30), ...d(2007, 2, 15), ...d(2007, 3, 15, 30)]
	}
];

describe('RFC 5545 §3.8.5.3 worked examples', () => {
	for (const example of RFC_EXAMPLES) {
		it(`"${example.text}": RRULE:${example.rrule}`, () => {
			expect(expandRule(rule(example.rrule), example.dtstart, example.to ? { to: example.to } : {})).toEqual(
				example.expected
			);
		});
	}
});

describe('parseRule', () => {
	it('reads the rule of the brief and formats it back', () => {
		const parsed = parseRule('FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270630');
		expect(parsed).toEqual({
			ok: true,
			value: {
				freq: 'WEEKLY',
				interval: 1,
				byDay: [{ weekday: 'MO' }, { weekday: 'TU' }],
				byMonthDay: [],
				bySetPos: [],
				until: '2027-06-30'
			}
		});
		if (parsed.ok) expect(formatRule(parsed.value)).toBe('FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270630');
	});

	it('accepts an RRULE: prefix, lower case, and a date-time UNTIL read as its local date', () => {
		expect(parseRule('RRULE:freq=monthly;byday=2tu,-1fr;until=20270630T235959Z')).toMatchObject({
			ok: true,
			value: {
				freq: 'MONTHLY',
				byDay: [
					{ weekday: 'TU', ordinal: 2 },
					{ weekday: 'FR', ordinal: -1 }
				],
				until: '2027-06-30'
			}
		});
	});

	it.each([
		[''],
		['FREQ=YEARLY'],
		['FREQ=HOURLY'],
		['BYDAY=MO'],
		['FREQ=WEEKLY;BYMONTH=1'],
		['FREQ=WEEKLY;BYHOUR=9'],
		['FREQ=WEEKLY;COUNT=3;UNTIL=20270101'],
		['FREQ=WEEKLY;BYDAY=2TU'],
		['FREQ=DAILY;BYDAY=-1FR'],
		['FREQ=MONTHLY;BYDAY=6TU'],
		['FREQ=MONTHLY;BYDAY=0TU'],
		['FREQ=MONTHLY;BYDAY=XX'],
		['FREQ=WEEKLY;BYMONTHDAY=3'],
		['FREQ=MONTHLY;BYMONTHDAY=0'],
		['FREQ=MONTHLY;BYMONTHDAY=32'],
		['FREQ=MONTHLY;BYSETPOS=1'],
		['FREQ=WEEKLY;INTERVAL=0'],
		['FREQ=WEEKLY;INTERVAL=-1'],
		['FREQ=WEEKLY;COUNT=0'],
		['FREQ=WEEKLY;UNTIL=20270230'],
		['FREQ=WEEKLY;UNTIL=2027-06-30'],
		['FREQ=WEEKLY;WKST=XX'],
		['FREQ=WEEKLY;FREQ=DAILY'],
		['FREQ=WEEKLY;;BYDAY=MO'],
		['FREQ=WEEKLY;BYDAY=MO;X-NAME=1']
	])('rejects %s with RRULE.INVALID', (text) => {
		expect(parseRule(text)).toEqual({ ok: false, error: 'RRULE.INVALID' });
	});
});

describe('expandRule edges', () => {
	it('skips months without the start day (the 31st)', () => {
		expect(expandRule(rule('FREQ=MONTHLY;COUNT=4'), '2027-01-31')).toEqual([
			'2027-01-31',
			'2027-03-31',
			'2027-05-31',
			'2027-07-31'
		]);
	});

	it('does not make the first date an occurrence when it does not match the rule', () => {
		expect(expandRule(rule('FREQ=WEEKLY;BYDAY=TU;COUNT=2'), '2027-03-01')).toEqual(['2027-03-02', '2027-03-09']);
	});

	it('stops at two years and 750 dates by default', () => {
		const daily = expandRule(rule('FREQ=DAILY'), '2027-01-01');
		expect(daily).toHaveLength(732);
		expect(daily.at(-1)).toBe(addDays('2027-01-01', 731));
		expect(expandRule(rule('FREQ=DAILY'), '2027-01-01', { to: '2035-01-01' })).toHaveLength(750);
	});
});

const weekdayArb = fc.constantFrom<Weekday>(...WEEKDAYS);
const ruleArb: fc.Arbitrary<RecurrenceRule> = fc
	.record({
		freq: fc.constantFrom<'DAILY' | 'WEEKLY' | 'MONTHLY'>('DAILY', 'WEEKLY', 'MONTHLY'),
		interval: fc.integer({ min: 1, max: 4 }),
		days: fc.uniqueArray(weekdayArb, { maxLength: 4 }),
		ordinal: fc.option(fc.constantFrom(1, 2, 3, 4, -1, -2), { nil: undefined }),
		byMonthDay: fc.uniqueArray(fc.constantFrom(1, 2, 10, 15, 28, 30, 31, -1, -3), { maxLength: 3 }),
		bySetPos: fc.uniqueArray(fc.constantFrom(1, 2, -1), { maxLength: 2 }),
		end: fc.oneof(
			fc.record({ count: fc.integer({ min: 1, max: 60 }) }),
			fc.record({ untilDays: fc.integer({ min: 0, max: 500 }) }),
			fc.constant({})
		),
		weekStart: fc.option(weekdayArb, { nil: undefined })
	})
	.map(({ freq, interval, days, ordinal, byMonthDay, bySetPos, end, weekStart }) => {
		const r: RecurrenceRule = {
			freq,
			interval,
			byDay: days.map((weekday) => (freq === 'MONTHLY' && ordinal !== undefined ? { weekday, ordinal } : { weekday })),
			byMonthDay: freq === 'WEEKLY' ? [] : byMonthDay,
			bySetPos: []
		};
		if (r.byDay.length + r.byMonthDay.length > 0) r.bySetPos = bySetPos;
		if ('count' in end) r.count = end.count;
		if ('untilDays' in end) r.until = addDays('2027-01-01', end.untilDays);
		if (weekStart) r.weekStart = weekStart;
		return r;
	});
const startArb = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2026-06-01', n));

describe('expandRule properties', () => {
	it('round-trips through formatRule and parseRule', () => {
		fc.assert(
			fc.property(ruleArb, (r) => {
				expect(parseRule(formatRule(r))).toEqual({ ok: true, value: r });
			})
		);
	});

	it('gives sorted, unique dates, from the first date, never after UNTIL, at most COUNT, each matching BYDAY and BYMONTHDAY', () => {
		fc.assert(
			fc.property(ruleArb, startArb, (r, start) => {
				const dates = expandRule(r, start, { to: addDays(start, 800) });
				for (let i = 1; i < dates.length; i++) expect(dates[i - 1]! < dates[i]!).toBe(true);
				if (dates.length > 0) expect(dates[0]! >= start).toBe(true);
				if (r.until) for (const date of dates) expect(date <= r.until).toBe(true);
				if (r.count !== undefined) expect(dates.length).toBeLessThanOrEqual(r.count);
				for (const date of dates) {
					if (r.byDay.length > 0) expect(r.byDay.map((b) => b.weekday)).toContain(weekdayCode(date));
					if (r.byMonthDay.length > 0) {
						const [y, m, day] = date.split('-').map(Number) as [number, number, number];
						const last = daysInMonth(y, m);
						expect(r.byMonthDay.some((n) => (n > 0 ? n === day : last + n + 1 === day))).toBe(true);
					}
				}
			})
		);
	});

	it('gives exactly COUNT dates when nothing else stops it', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 100 }),
				fc.uniqueArray(weekdayArb, { minLength: 1 }),
				startArb,
				(count, days, start) => {
					const r: RecurrenceRule = {
						freq: 'WEEKLY',
						interval: 1,
						byDay: days.map((weekday) => ({ weekday })),
						byMonthDay: [],
						bySetPos: [],
						count
					};
					expect(expandRule(r, start, { to: '2100-01-01' })).toHaveLength(count);
				}
			)
		);
	});
});
