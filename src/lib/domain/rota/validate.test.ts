import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MemberConstraints, type RotaProblem } from './problem.js';
import { validateRota } from './validate.js';

const nadia: MemberConstraints = {
	memberId: 'nadia',
	unavailable: [{ weekday: 1, start: 16 * 60 + 15, end: 17 * 60, kind: 'school_pickup' }],
	daysOff: [3],
	maxMinutes: 8 * 60,
	wishedMinutes: 6 * 60,
	partTimePercent: null,
	pattern: 'mornings'
};
const problem: RotaProblem = { settings: DEFAULT_SETTINGS, needs: [], members: [nadia] };
const codes = (shifts: Parameters<typeof validateRota>[1]) => validateRota(problem, shifts).map((v) => v.code);

describe('validateRota', () => {
	it('accepts a shift inside her availability', () => {
		expect(codes([{ memberId: 'nadia', weekday: 1, start: 540, end: 780 }])).toEqual([]);
	});
	it('refuses a shift crossing her school pick-up, naming it', () => {
		const nadiaAnyTime = { ...nadia, pattern: 'any' as const };
		expect(
			validateRota({ ...problem, members: [nadiaAnyTime] }, [{ memberId: 'nadia', weekday: 1, start: 870, end: 990 }])
		).toEqual([{ code: 'UNAVAILABLE', memberId: 'nadia', weekday: 1, detail: 'school_pickup' }]);
	});
	it('refuses her day off, her pattern, two shifts a day, and hours over her maximum', () => {
		expect(codes([{ memberId: 'nadia', weekday: 3, start: 540, end: 660 }])).toEqual(['DAY_OFF']);
		expect(codes([{ memberId: 'nadia', weekday: 2, start: 720, end: 900 }])).toEqual(['PATTERN']);
		expect(
			codes([
				{ memberId: 'nadia', weekday: 2, start: 480, end: 600 },
				{ memberId: 'nadia', weekday: 2, start: 660, end: 780 }
			])
		).toEqual(['TWO_SHIFTS_A_DAY']);
		expect(
			codes([
				{ memberId: 'nadia', weekday: 1, start: 480, end: 840 },
				{ memberId: 'nadia', weekday: 2, start: 480, end: 840 }
			])
		).toEqual(['MAX_HOURS']);
	});
	it('refuses shifts off the grid, too short, too long, or for someone outside the team', () => {
		expect(codes([{ memberId: 'nadia', weekday: 2, start: 545, end: 725 }])).toEqual(['OFF_GRID']);
		expect(codes([{ memberId: 'nadia', weekday: 2, start: 540, end: 600 }])).toEqual(['TOO_SHORT']);
		expect(codes([{ memberId: 'other', weekday: 2, start: 540, end: 720 }])).toEqual(['UNKNOWN_MEMBER']);
		expect(
			validateRota({ ...problem, members: [{ ...nadia, pattern: 'any', maxMinutes: 20 * 60 }] }, [
				{ memberId: 'nadia', weekday: 2, start: 420, end: 1020 }
			]).map((v) => v.code)
		).toEqual(['TOO_LONG']);
	});
});
