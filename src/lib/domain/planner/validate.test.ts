import { describe, expect, it } from 'vitest';
import { validatePlan } from './validate.js';
import type { PlannedSession } from './problem.js';
import { activity, problem, room, upgrade } from '../testing/planner-problems.js';

/** A crèche of 40 m² with child toilets, a 32 m² room that can be given +8 m² and child toilets. */
const p = problem({
	grid: { slotMinutes: 60, dayStart: 8 * 60, dayEnd: 20 * 60 },
	rooms: [
		room('small', { quartierId: 'q1', open: [{ weekday: 1, start: 9 * 60, end: 18 * 60 }] }, { areaM2: 32 }),
		room('big', { quartierId: 'q1', busy: [{ weekday: 2, start: 10 * 60 + 15, end: 11 * 60 }] }, { areaM2: 60 }),
		room('elsewhere', { quartierId: null }, { areaM2: 60, childToilets: true })
	],
	activities: [
		activity(
			'creche',
			{ sessionsPerWeek: 2, sessionMinutes: 120, itinerant: true },
			{ minAreaM2: 40, childToilets: true }
		),
		activity('french', { sessionsPerWeek: 2, sessionMinutes: 90, windows: ['evening'] })
	],
	upgrades: [
		upgrade('plus8', 'small', { amountM2: 8, cost: 2400 }),
		upgrade('toilets', 'small', { kind: 'childToilets', amountM2: 0, cost: 3000 }),
		upgrade('bigToilets', 'big', { kind: 'childToilets', amountM2: 0, cost: 3000 })
	],
	settings: { budget: 6000, timeLimitSeconds: 5, relativeGap: 0 }
});

const session = (
	activityId: string,
	roomId: string,
	weekday: PlannedSession['weekday'],
	start: number,
	end: number
) => ({
	activityId,
	roomId,
	weekday,
	start,
	end
});

const valid: PlannedSession[] = [
	session('creche', 'small', 1, 9 * 60, 11 * 60),
	session('creche', 'elsewhere', 2, 9 * 60, 11 * 60),
	session('french', 'big', 1, 18 * 60, 20 * 60),
	session('french', 'big', 3, 18 * 60, 20 * 60)
];
const validUpgrades = ['plus8', 'toilets'];

/** The plan with its sessions (or upgrades) changed, checked; the valid plan must stay valid. */
function check(sessions: PlannedSession[] = valid, upgradeIds: string[] = validUpgrades): string[] {
	return validatePlan(p, sessions, upgradeIds);
}

const replace = (index: number, changes: Partial<PlannedSession>) =>
	valid.map((s, i) => (i === index ? { ...s, ...changes } : s));

describe('validatePlan', () => {
	it('finds nothing wrong with a plan that keeps every constraint', () => {
		expect(check()).toEqual([]);
		expect(validatePlan(p, [], [])).toEqual([]);
	});

	it('names unknown activities, rooms and upgrades, and upgrades bought twice', () => {
		const found = check([...valid, session('ghost', 'nowhere', 5, 600, 660)], [...validUpgrades, 'gold', 'plus8']);
		expect(found).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/unknown activity "ghost"/),
				expect.stringMatching(/unknown room "nowhere"/),
				expect.stringMatching(/Upgrade "gold" is not one of the candidate upgrades/),
				expect.stringMatching(/Upgrade "plus8" is bought more than once/)
			])
		);
	});

	it('wants the session length rounded up to the grid (90 minutes take two hourly slots)', () => {
		expect(check(replace(2, { end: 18 * 60 + 90 }))).toEqual([
			expect.stringMatching(/"french" in "big" on day 1 18:00–19:30 lasts 90 minutes instead of 120/)
		]);
	});

	it('wants starts on the grid and inside the grid day', () => {
		expect(check(replace(3, { start: 17 * 60 + 30, end: 19 * 60 + 30 }))).toEqual([
			expect.stringMatching(/does not start on a 60-minute slot/),
			expect.stringMatching(/outside the allowed windows of activity "french" \(evening\)/)
		]);
		const late = check(replace(3, { start: 19 * 60, end: 21 * 60 }));
		expect(late).toContainEqual(expect.stringMatching(/outside the grid's day, 08:00–20:00/));
	});

	it('keeps sessions inside the room opening hours; no hours means open all day', () => {
		expect(check(replace(0, { start: 8 * 60, end: 10 * 60 }))).toEqual([
			expect.stringMatching(/outside the opening hours of room "small"/)
		]);
		expect(check(replace(0, { weekday: 4 }))).toEqual([
			expect.stringMatching(/"creche" in "small" on day 4 09:00–11:00 is outside the opening hours/)
		]);
	});

	it('accepts a session across two touching opening periods', () => {
		const split = {
			...p,
			rooms: p.rooms.map((r) =>
				r.id === 'small'
					? {
							...r,
							open: [
								{ weekday: 1 as const, start: 10 * 60, end: 18 * 60 },
								{ weekday: 1 as const, start: 9 * 60, end: 10 * 60 }
							]
						}
					: r
			)
		};
		expect(validatePlan(split, valid, validUpgrades)).toEqual([]);
	});

	it('refuses overlaps with bookings, even off the grid, and between sessions', () => {
		expect(check(replace(1, { roomId: 'big', start: 9 * 60, end: 11 * 60 }))).toEqual([
			expect.stringMatching(/overlaps a booking of room "big" on day 2 10:15–11:00/),
			expect.stringMatching(/does not fit room "big" without upgrades/),
			expect.stringMatching(/Itinerant activity "creche" goes 2 times to quartier "q1"/)
		]);
		const clash = [...valid, session('french', 'big', 1, 19 * 60, 21 * 60)];
		expect(validatePlan({ ...p, grid: { ...p.grid, dayEnd: 22 * 60 } }, clash, validUpgrades)).toEqual([
			expect.stringMatching(
				/"french" in "big" on day 1 18:00–20:00 overlaps the session of "french" in "big" on day 1 19:00–21:00/
			),
			expect.stringMatching(/"french" has 3 sessions, more than the 2 a week/),
			expect.stringMatching(/"french" has 2 sessions on day 1, at most one a day/)
		]);
	});

	it('lets back-to-back sessions share a room', () => {
		const settled = {
			...p,
			activities: p.activities.map((a) => ({ ...a, itinerant: false })),
			settings: { ...p.settings, budget: 8400 }
		};
		const twoInARow = [valid[0]!, valid[2]!, valid[3]!, session('creche', 'big', 3, 16 * 60, 18 * 60)];
		expect(validatePlan(settled, twoInARow, [...validUpgrades, 'bigToilets'])).toEqual([]);
	});

	it('keeps sessions inside the activity windows', () => {
		expect(check(replace(2, { start: 14 * 60, end: 16 * 60 }))).toEqual([
			expect.stringMatching(/outside the allowed windows of activity "french"/)
		]);
	});

	it('counts an itinerant activity once per quartier, a room without one as its own', () => {
		const elsewhereTwice = [...valid.slice(1), session('creche', 'elsewhere', 4, 600, 720)];
		expect(validatePlan(p, elsewhereTwice, [])).toEqual([
			'Itinerant activity "creche" goes 2 times to room "elsewhere" in a week, at most once.'
		]);
		const settled = { ...p, activities: p.activities.map((a) => ({ ...a, itinerant: false })) };
		expect(validatePlan(settled, elsewhereTwice, [])).toEqual([]);
	});

	it('checks the fit after the upgrades bought for that room only', () => {
		expect(check(valid, ['plus8'])).toEqual([
			expect.stringMatching(/"creche" does not fit room "small" even after its upgrades "plus8"/)
		]);
		// Child toilets bought for another room do not help this one.
		expect(check(valid, ['plus8', 'bigToilets'])).toEqual([
			expect.stringMatching(/"creche" does not fit room "small" even after its upgrades "plus8"/)
		]);
		expect(check(valid, [])).toEqual([expect.stringMatching(/does not fit room "small" without upgrades/)]);
	});

	it('keeps the upgrades within the budget', () => {
		const tight = { ...p, settings: { ...p.settings, budget: 5399 } };
		expect(validatePlan(tight, valid, validUpgrades)).toEqual([
			'The upgrades bought cost 5400 €, more than the budget of 5399 €.'
		]);
	});
});
