import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type MemberConstraints, type RotaProblem } from './problem.js';
import { explainUnmet } from './unmet.js';

const member = (memberId: string, extra: Partial<MemberConstraints> = {}): MemberConstraints => ({
	memberId,
	unavailable: [],
	daysOff: [],
	maxMinutes: 35 * 60,
	wishedMinutes: 20 * 60,
	partTimePercent: null,
	pattern: 'any',
	...extra
});
const pickUp = { weekday: 1 as const, start: 16 * 60, end: 17 * 60, kind: 'school_pickup' as const };
const need = { weekday: 1 as const, start: 16 * 60, end: 17 * 60, people: 2 };

describe('explainUnmet', () => {
	it('says nobody is available when the members pick up their children, and counts them', () => {
		const problem: RotaProblem = {
			settings: DEFAULT_SETTINGS,
			needs: [need],
			members: [
				member('a', { unavailable: [pickUp] }),
				member('b', { unavailable: [pickUp] }),
				member('c', { daysOff: [1] })
			]
		};
		expect(explainUnmet(problem, [])).toEqual([
			{
				weekday: 1,
				start: 960,
				end: 1020,
				needed: 2,
				missing: 2,
				reason: 'NOBODY_AVAILABLE',
				counts: {
					dayOff: 1,
					schoolDropoff: 0,
					schoolPickup: 2,
					otherUnavailable: 0,
					pattern: 0,
					maxHours: 0,
					workingElsewhere: 0,
					free: 0
				}
			}
		]);
	});
	it('says the team is too small when the need is larger than the team', () => {
		const problem: RotaProblem = {
			settings: DEFAULT_SETTINGS,
			needs: [{ ...need, people: 3 }],
			members: [member('a')]
		};
		expect(explainUnmet(problem, [{ memberId: 'a', weekday: 1, start: 900, end: 1020 }])).toMatchObject([
			{ reason: 'TEAM_TOO_SMALL', missing: 2, start: 960, end: 1020 }
		]);
	});
	it('says everyone available has reached her maximum hours, or already works that day', () => {
		const full = member('a', { maxMinutes: 4 * 60 });
		const problem: RotaProblem = { settings: DEFAULT_SETTINGS, needs: [{ ...need, people: 1 }], members: [full] };
		expect(explainUnmet(problem, [{ memberId: 'a', weekday: 2, start: 540, end: 780 }])[0]!.reason).toBe(
			'MAX_HOURS_REACHED'
		);
		const busy = { ...problem, members: [member('a')] };
		expect(explainUnmet(busy, [{ memberId: 'a', weekday: 1, start: 540, end: 780 }])[0]!.reason).toBe(
			'ONE_SHIFT_A_DAY'
		);
	});
	it('reports nothing when every need is covered', () => {
		const problem: RotaProblem = {
			settings: DEFAULT_SETTINGS,
			needs: [{ ...need, people: 1 }],
			members: [member('a')]
		};
		expect(explainUnmet(problem, [{ memberId: 'a', weekday: 1, start: 900, end: 1020 }])).toEqual([]);
	});
});
