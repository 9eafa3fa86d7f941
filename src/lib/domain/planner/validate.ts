/**
 * The independent check of a plan: every constraint of the planner, written out again from the
 * problem's plain meaning and NOT from the solver's model, so that a mistake in the model (a
 * missing row, a wrong index) shows up here as a violation instead of as a timetable that cannot
 * be kept. It runs on every solve and on every plan the tests produce.
 *
 * Each violation is one plain English sentence naming the ids involved: for logs and tests, not
 * for residents (the pages show the plan, not these sentences).
 */
import type {
	CandidateUpgrade,
	PlanActivity,
	PlanProblem,
	PlanRoom,
	PlannedSession,
	WeeklyInterval
} from './problem.js';
import { sessionLength } from './problem.js';
import { fitsAfter } from './upgrades.js';
import { allowedIntervals, mergeIntervals } from './windows.js';

const clock = (minutes: number) =>
	`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const describe = (s: PlannedSession) =>
	`session of "${s.activityId}" in "${s.roomId}" on day ${s.weekday} ${clock(s.start)}–${clock(s.end)}`;

/** Whether [start, end) lies inside one interval of that day; the intervals must be merged first. */
const inside = (intervals: readonly WeeklyInterval[], weekday: number, start: number, end: number) =>
	intervals.some((i) => i.weekday === weekday && i.start <= start && end <= i.end);

const meets = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/** Every violated constraint, one sentence each; an empty list means the plan is valid. */
export function validatePlan(
	problem: PlanProblem,
	sessions: readonly PlannedSession[],
	upgradeIds: readonly string[]
): string[] {
	const violations: string[] = [];
	const { grid } = problem;
	const activities = new Map<string, PlanActivity>(problem.activities.map((a) => [a.id, a]));
	const rooms = new Map<string, PlanRoom>(problem.rooms.map((r) => [r.id, r]));
	const candidates = new Map<string, CandidateUpgrade>(problem.upgrades.map((u) => [u.id, u]));

	// Upgrades: known, bought once, within the budget.
	const bought: CandidateUpgrade[] = [];
	const seen = new Set<string>();
	for (const id of upgradeIds) {
		const upgrade = candidates.get(id);
		if (!upgrade) violations.push(`Upgrade "${id}" is not one of the candidate upgrades.`);
		else if (seen.has(id)) violations.push(`Upgrade "${id}" is bought more than once.`);
		else bought.push(upgrade);
		seen.add(id);
	}
	const cost = bought.reduce((sum, u) => sum + u.cost, 0);
	if (cost > problem.settings.budget)
		violations.push(`The upgrades bought cost ${cost} €, more than the budget of ${problem.settings.budget} €.`);

	// Each session on its own: ids, length, grid, opening hours, bookings, windows, fit.
	const known: { session: PlannedSession; activity: PlanActivity; room: PlanRoom }[] = [];
	for (const s of sessions) {
		const activity = activities.get(s.activityId);
		const room = rooms.get(s.roomId);
		if (!activity) violations.push(`The ${describe(s)} names an unknown activity "${s.activityId}".`);
		if (!room) violations.push(`The ${describe(s)} names an unknown room "${s.roomId}".`);
		if (!Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7)
			violations.push(`The ${describe(s)} is on day ${s.weekday}, which is not a weekday from 1 to 7.`);
		if (!Number.isInteger(s.start) || s.start % grid.slotMinutes !== 0)
			violations.push(`The ${describe(s)} does not start on a ${grid.slotMinutes}-minute slot.`);
		if (s.start < grid.dayStart || s.end > grid.dayEnd)
			violations.push(`The ${describe(s)} is outside the grid's day, ${clock(grid.dayStart)}–${clock(grid.dayEnd)}.`);
		if (!activity || !room) continue;
		known.push({ session: s, activity, room });

		const length = sessionLength(activity, grid);
		if (s.end - s.start !== length)
			violations.push(`The ${describe(s)} lasts ${s.end - s.start} minutes instead of ${length}.`);

		const open = room.open.length === 0 ? null : mergeIntervals(room.open);
		if (open && !inside(open, s.weekday, s.start, s.end))
			violations.push(`The ${describe(s)} is outside the opening hours of room "${room.id}".`);

		const busy = room.busy.find((b) => b.weekday === s.weekday && meets(b, s));
		if (busy)
			violations.push(
				`The ${describe(s)} overlaps a booking of room "${room.id}" on day ${busy.weekday} ${clock(busy.start)}–${clock(busy.end)}.`
			);

		const allowed = allowedIntervals(activity.windows);
		if (allowed && !inside(allowed, s.weekday, s.start, s.end))
			violations.push(
				`The ${describe(s)} is outside the allowed windows of activity "${activity.id}" (${activity.windows.join(', ')}).`
			);

		const roomUpgrades = bought.filter((u) => u.roomId === room.id);
		if (!fitsAfter(room.equipment, roomUpgrades, activity.requirements))
			violations.push(
				roomUpgrades.length === 0
					? `Activity "${activity.id}" does not fit room "${room.id}" without upgrades, and none are bought for it.`
					: `Activity "${activity.id}" does not fit room "${room.id}" even after its upgrades ${roomUpgrades.map((u) => `"${u.id}"`).join(', ')}.`
			);
	}

	// Sessions against each other, in a stable order so that each pair is reported once.
	for (let i = 0; i < known.length; i++)
		for (let j = i + 1; j < known.length; j++) {
			const a = known[i]!.session;
			const b = known[j]!.session;
			if (a.roomId === b.roomId && a.weekday === b.weekday && meets(a, b))
				violations.push(`The ${describe(a)} overlaps the ${describe(b)}.`);
		}

	for (const activity of problem.activities) {
		const own = known.filter((k) => k.activity.id === activity.id);
		if (own.length > activity.sessionsPerWeek)
			violations.push(
				`Activity "${activity.id}" has ${own.length} sessions, more than the ${activity.sessionsPerWeek} a week asked for.`
			);
		const days = new Map<number, number>();
		for (const k of own) days.set(k.session.weekday, (days.get(k.session.weekday) ?? 0) + 1);
		for (const [day, count] of days)
			if (count > 1)
				violations.push(`Activity "${activity.id}" has ${count} sessions on day ${day}, at most one a day.`);
		if (activity.itinerant) {
			// A room outside every quartier counts as a quartier of its own.
			const quartiers = new Map<string, number>();
			for (const k of own) {
				const key = k.room.quartierId === null ? `room:${k.room.id}` : `quartier:${k.room.quartierId}`;
				quartiers.set(key, (quartiers.get(key) ?? 0) + 1);
			}
			for (const [key, count] of quartiers)
				if (count > 1)
					violations.push(
						`Itinerant activity "${activity.id}" goes ${count} times to ${key.startsWith('room:') ? `room "${key.slice(5)}"` : `quartier "${key.slice(9)}"`} in a week, at most once.`
					);
		}
	}

	return violations;
}
