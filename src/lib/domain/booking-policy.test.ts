import { describe, expect, it } from 'vitest';
import { checkPolicy, mayBook, policyAllows, withinOpeningHours, type BookingPolicy } from './booking-policy.js';
import { localInterval } from './zoned-time.js';

const TZ = 'Europe/Paris';
const policy: BookingPolicy = {
	approvalRequired: true,
	minNoticeHours: 48,
	maxBookingMinutes: 240,
	openingHours: [
		{ weekday: 2, start: '09:00', end: '12:00' },
		{ weekday: 2, start: '14:00', end: '20:00' },
		{ weekday: 3, start: '08:00', end: '00:00' }
	],
	bookableBy: 'organisations',
	weeklyQuotaMinutes: null,
	timeZone: TZ
};
const occ = (date: string, start: string, end: string) => ({ date, interval: localInterval(date, start, end, TZ) });
const now = new Date('2027-03-01T08:00:00Z');
const ctx = { now, requesterKind: 'organisation' as const, weeklyMinutesAlreadyHeld: {}, closures: [] };

describe('mayBook', () => {
	it('follows the room’s bookable_by, and managers always may', () => {
		expect(mayBook('organisations', 'organisation')).toBe(true);
		expect(mayBook('organisations', 'resident')).toBe(false);
		expect(mayBook('residents', 'resident')).toBe(true);
		expect(mayBook('residents', 'organisation')).toBe(true);
		expect(mayBook('managers', 'organisation')).toBe(false);
		expect(mayBook('managers', 'manager')).toBe(true);
		expect(mayBook('organisations', 'manager')).toBe(true);
	});
});

describe('withinOpeningHours', () => {
	it('accepts an occurrence inside one period of its weekday, in local time', () => {
		// 2027-03-09 is a Tuesday.
		expect(withinOpeningHours(localInterval('2027-03-09', '09:00', '12:00', TZ), policy.openingHours, TZ)).toBe(true);
		expect(withinOpeningHours(localInterval('2027-03-09', '10:00', '15:00', TZ), policy.openingHours, TZ)).toBe(false);
		expect(withinOpeningHours(localInterval('2027-03-09', '08:30', '10:00', TZ), policy.openingHours, TZ)).toBe(false);
		// Monday: closed.
		expect(withinOpeningHours(localInterval('2027-03-08', '10:00', '11:00', TZ), policy.openingHours, TZ)).toBe(false);
	});
	it('reads a period ending at 00:00 as ending at midnight', () => {
		expect(withinOpeningHours(localInterval('2027-03-10', '20:00', '23:30', TZ), policy.openingHours, TZ)).toBe(true);
	});
	it('keeps wall-clock hours across the daylight-saving change', () => {
		// 2027-03-30 is the Tuesday after the March change; 09:00 local is 07:00Z then.
		expect(withinOpeningHours(localInterval('2027-03-30', '09:00', '12:00', TZ), policy.openingHours, TZ)).toBe(true);
		expect(withinOpeningHours(localInterval('2027-03-23', '09:00', '12:00', TZ), policy.openingHours, TZ)).toBe(true);
	});
	it('checks nothing when the room opens on request', () => {
		expect(withinOpeningHours(localInterval('2027-03-08', '03:00', '04:00', TZ), [], TZ)).toBe(true);
	});
});

describe('checkPolicy', () => {
	it('passes a request that keeps every rule', () => {
		const result = checkPolicy(policy, [occ('2027-03-09', '09:00', '11:00'), occ('2027-03-16', '09:00', '11:00')], ctx);
		expect(result.map((r) => r.problems)).toEqual([[], []]);
		expect(policyAllows(result)).toBe(true);
	});

	it('flags too short notice, too long and outside opening hours per occurrence', () => {
		const result = checkPolicy(
			policy,
			[occ('2027-03-02', '09:00', '11:00'), occ('2027-03-09', '14:00', '19:00'), occ('2027-03-08', '09:00', '10:00')],
			ctx
		);
		expect(result.map((r) => r.problems)).toEqual([['notice'], ['too_long'], ['outside_opening_hours']]);
		expect(policyAllows(result)).toBe(false);
	});

	it('counts notice in hours from now', () => {
		const justEnough = {
			...ctx,
			now: new Date(localInterval('2027-03-09', '09:00', '10:00', TZ).start.getTime() - 48 * 3_600_000)
		};
		expect(checkPolicy(policy, [occ('2027-03-09', '09:00', '10:00')], justEnough)[0]!.problems).toEqual([]);
		const late = { ...justEnough, now: new Date(justEnough.now.getTime() + 60_000) };
		expect(checkPolicy(policy, [occ('2027-03-09', '09:00', '10:00')], late)[0]!.problems).toEqual(['notice']);
	});

	it('refuses everyone the room does not admit', () => {
		const result = checkPolicy({ ...policy, bookableBy: 'managers' }, [occ('2027-03-09', '09:00', '10:00')], ctx);
		expect(result[0]!.problems).toEqual(['not_allowed']);
		const manager = checkPolicy({ ...policy, bookableBy: 'managers' }, [occ('2027-03-09', '09:00', '10:00')], {
			...ctx,
			requesterKind: 'manager'
		});
		expect(manager[0]!.problems).toEqual([]);
	});

	it('flags occurrences during a closure, half-open: a closure ending at the start does not count', () => {
		const closures = [localInterval('2027-03-16', '00:00', '10:00', TZ)];
		const result = checkPolicy(policy, [occ('2027-03-16', '09:00', '11:00'), occ('2027-03-16', '10:00', '11:00')], {
			...ctx,
			closures
		});
		expect(result.map((r) => r.problems)).toEqual([['closed'], []]);
	});

	it('counts the weekly quota Monday to Sunday, with what the organisation already holds', () => {
		const quota = { ...policy, weeklyQuotaMinutes: 300, openingHours: [] };
		// Week of Monday 2027-03-08: 120 already held; Tuesday 120 → 240, Wednesday 120 → 360 > 300.
		// Sunday 2027-03-14 is in the same week; Monday 2027-03-15 starts a new one.
		const result = checkPolicy(
			quota,
			[
				occ('2027-03-10', '09:00', '11:00'),
				occ('2027-03-09', '09:00', '11:00'),
				occ('2027-03-14', '09:00', '10:00'),
				occ('2027-03-15', '09:00', '13:00')
			],
			{ ...ctx, weeklyMinutesAlreadyHeld: { '2027-03-08': 120 } }
		);
		expect(result.map((r) => [r.date, r.problems])).toEqual([
			['2027-03-10', ['quota']],
			['2027-03-09', []],
			['2027-03-14', []],
			['2027-03-15', []]
		]);
	});

	it('does not bind a manager by notice or quota', () => {
		const quota = { ...policy, weeklyQuotaMinutes: 60, openingHours: [] };
		const result = checkPolicy(quota, [occ('2027-03-02', '09:00', '11:00')], { ...ctx, requesterKind: 'manager' });
		expect(result[0]!.problems).toEqual([]);
	});
});
