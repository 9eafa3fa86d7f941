/**
 * Why an activity got fewer sessions than it asked for, in words a planner can act on: no room is
 * large or equipped enough even with every candidate upgrade; the upgrades that would make one fit
 * are beyond the budget; the allowed windows never meet a fitting room's opening hours; there are
 * fewer usable days than sessions (one a day); an itinerant activity has run out of quartiers; or,
 * failing all of those, the fitting rooms are taken (by bookings or by other activities).
 *
 * The first reason that holds is given, in that order, so that the most structural cause (which
 * no timetable can get round) is named before the circumstantial one.
 */
import { cheapestUpgrades } from './greedy.js';
import type { PlanActivity, PlanProblem, PlanRoom, PlannedSession, UnmetDemand, Weekday } from './problem.js';
import { WEEK, sessionLength } from './problem.js';
import { fitsAfter } from './upgrades.js';
import { allowedIntervals, mergeIntervals, within } from './windows.js';

export function explainUnmet(
	problem: PlanProblem,
	sessions: readonly PlannedSession[],
	upgradeIds: readonly string[]
): UnmetDemand[] {
	const bought = new Set(upgradeIds);
	const spent = problem.upgrades.filter((u) => bought.has(u.id)).reduce((sum, u) => sum + u.cost, 0);
	const budgetLeft = problem.settings.budget - spent;
	const unmet: UnmetDemand[] = [];

	for (const activity of problem.activities) {
		const asked = Math.max(0, activity.sessionsPerWeek);
		const placed = sessions.filter((s) => s.activityId === activity.id).length;
		if (placed >= asked) continue;
		const missing = asked - placed;
		unmet.push({ activityId: activity.id, missing, reason: reason(problem, activity, bought, budgetLeft) });
	}
	return unmet;
}

function reason(
	problem: PlanProblem,
	activity: PlanActivity,
	bought: ReadonlySet<string>,
	budgetLeft: number
): UnmetDemand['reason'] {
	const ownUpgrades = (room: PlanRoom) => problem.upgrades.filter((u) => u.roomId === room.id);
	const fitsNow = (room: PlanRoom) =>
		fitsAfter(
			room.equipment,
			ownUpgrades(room).filter((u) => bought.has(u.id)),
			activity.requirements
		);

	const couldFit = problem.rooms.filter((room) => fitsAfter(room.equipment, ownUpgrades(room), activity.requirements));
	if (couldFit.length === 0) return 'no_room_fits';

	// The cheapest further upgrades of each room that fits only with works, against what is left.
	const extraCost = new Map<string, number>();
	for (const room of couldFit) {
		if (fitsNow(room)) extraCost.set(room.id, 0);
		else {
			const more = cheapestUpgrades(problem, room, activity, bought);
			if (more)
				extraCost.set(
					room.id,
					more.reduce((sum, u) => sum + u.cost, 0)
				);
		}
	}
	// Only a room that opens during the allowed windows makes money the answer.
	const opensInWindows = (room: PlanRoom) => WEEK.some((weekday) => hasSlot(problem, activity, room, weekday));
	if (couldFit.some((room) => (extraCost.get(room.id) ?? 0) > budgetLeft && opensInWindows(room))) return 'budget';

	// From here on, the rooms the plan has made fit or could still make fit within the budget.
	const fitting = couldFit.filter((room) => (extraCost.get(room.id) ?? Infinity) <= budgetLeft);
	const usableDays = new Set<Weekday>();
	const usableQuartiers = new Set<string>();
	for (const room of fitting)
		for (const weekday of WEEK)
			if (hasSlot(problem, activity, room, weekday)) {
				usableDays.add(weekday);
				usableQuartiers.add(room.quartierId === null ? `room:${room.id}` : `quartier:${room.quartierId}`);
			}
	if (usableDays.size === 0) return 'window_clash';
	const asked = Math.max(0, activity.sessionsPerWeek);
	if (usableDays.size < asked) return 'days';
	if (activity.itinerant && usableQuartiers.size < asked) return 'itinerant_quartiers';
	return 'room_busy';
}

/** Whether a whole session fits, on the grid, in the room's opening hours and the activity's windows (bookings aside). */
function hasSlot(problem: PlanProblem, activity: PlanActivity, room: PlanRoom, weekday: Weekday): boolean {
	const { grid } = problem;
	const length = sessionLength(activity, grid);
	const open = room.open.length === 0 ? null : mergeIntervals(room.open);
	const allowed = allowedIntervals(activity.windows);
	for (
		let start = Math.ceil(grid.dayStart / grid.slotMinutes) * grid.slotMinutes;
		start + length <= grid.dayEnd;
		start += grid.slotMinutes
	) {
		if (open && !within(open, weekday, start, start + length)) continue;
		if (allowed && !within(allowed, weekday, start, start + length)) continue;
		return true;
	}
	return false;
}
