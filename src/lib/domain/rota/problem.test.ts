import { describe, expect, it } from 'vitest';
import {
	availableSegments,
	compareRotaScores,
	DEFAULT_SETTINGS,
	demandGrid,
	effectiveMaxMinutes,
	minutesOutsideSchool,
	scoreRota,
	targetMinutes,
	type MemberConstraints
} from './problem.js';

const s = DEFAULT_SETTINGS;
const aicha: MemberConstraints = {
	memberId: 'aicha',
	unavailable: [
		{ weekday: 1, start: 8 * 60, end: 9 * 60, kind: 'school_dropoff' },
		{ weekday: 1, start: 16 * 60 + 15, end: 17 * 60, kind: 'school_pickup' }
	],
	daysOff: [3],
	maxMinutes: 30 * 60,
	wishedMinutes: 25 * 60,
	partTimePercent: 60,
	pattern: 'any'
};

describe('availableSegments', () => {
	it('cuts the day around the school runs, closing the whole slot a pick-up at 16:15 touches', () => {
		expect(availableSegments(aicha, 1, s)).toEqual([
			[7 * 60, 8 * 60],
			[9 * 60, 16 * 60],
			[17 * 60, 21 * 60]
		]);
	});
	it('gives nothing on a day off, and keeps a pattern to its half of the day', () => {
		expect(availableSegments(aicha, 3, s)).toEqual([]);
		expect(availableSegments({ ...aicha, pattern: 'mornings' }, 2, s)).toEqual([[7 * 60, 14 * 60]]);
		expect(availableSegments({ ...aicha, pattern: 'afternoons' }, 1, s)).toEqual([
			[12 * 60, 16 * 60],
			[17 * 60, 21 * 60]
		]);
	});
	it('merges overlapping unavailability', () => {
		const m = {
			...aicha,
			unavailable: [
				{ weekday: 2 as const, start: 600, end: 700, kind: 'other' as const },
				{ weekday: 2 as const, start: 650, end: 720, kind: 'other' as const }
			]
		};
		expect(availableSegments(m, 2, s)).toEqual([
			[420, 600],
			[720, 1260]
		]);
	});
});

describe('weekly hours', () => {
	it('caps the maximum at the part-time share of a 35-hour week, and the target at the maximum', () => {
		expect(effectiveMaxMinutes(aicha, s)).toBe(21 * 60);
		expect(targetMinutes(aicha, s)).toBe(21 * 60);
		expect(effectiveMaxMinutes({ ...aicha, partTimePercent: null }, s)).toBe(30 * 60);
	});
});

describe('scores', () => {
	it('counts covered person-slots, never more than asked, and the worst relative gap to a target', () => {
		const problem = {
			settings: s,
			needs: [{ weekday: 1 as const, start: 600, end: 720, people: 1 }],
			members: [{ ...aicha, partTimePercent: null, wishedMinutes: 240 }]
		};
		expect(demandGrid(problem)[0]!.filter((n) => n > 0)).toHaveLength(4);
		const score = scoreRota(problem, [
			{ memberId: 'aicha', weekday: 1, start: 540, end: 720 },
			{ memberId: 'aicha', weekday: 2, start: 540, end: 600 }
		]);
		expect(score).toMatchObject({ covered: 4, demand: 4, shifts: 2 });
		expect(score.maxDeviation).toBeCloseTo(0);
	});
	it('orders rotas by coverage, then fairness, then school hours', () => {
		const base = { covered: 10, demand: 12, maxDeviation: 0.2, outsideSchoolMinutes: 60, shifts: 4 };
		expect(compareRotaScores({ ...base, covered: 11, maxDeviation: 0.9 }, base)).toBeLessThan(0);
		expect(compareRotaScores({ ...base, maxDeviation: 0.1, outsideSchoolMinutes: 600 }, base)).toBeLessThan(0);
		expect(compareRotaScores({ ...base, outsideSchoolMinutes: 30 }, base)).toBeLessThan(0);
	});
	it('counts minutes outside school hours, all of them on Wednesday', () => {
		expect(minutesOutsideSchool({ weekday: 1, start: 480, end: 600 }, s)).toBe(30);
		expect(minutesOutsideSchool({ weekday: 3, start: 600, end: 720 }, s)).toBe(120);
	});
});
