/**
 * A plan's figures, in the objective's order of importance, and the one way to say which of two
 * plans is better. The solver, the greedy fallback, the exhaustive search and the results pages
 * all rank plans through here, so that "better" means the same thing everywhere.
 */
import type { PlanProblem, PlanScore, PlannedSession } from './problem.js';

/**
 * Sessions beyond an activity's weekly demand earn nothing (the validator reports them); sessions
 * of unknown activities and unknown upgrade ids are ignored, and an upgrade listed twice is paid once.
 */
export function scorePlan(
	problem: PlanProblem,
	sessions: readonly PlannedSession[],
	upgradeIds: readonly string[]
): PlanScore {
	const placed = new Map<string, number>();
	const rooms = new Map<string, Set<string>>();
	for (const s of sessions) {
		placed.set(s.activityId, (placed.get(s.activityId) ?? 0) + 1);
		let used = rooms.get(s.activityId);
		if (!used) rooms.set(s.activityId, (used = new Set()));
		used.add(s.roomId);
	}

	let servedWeight = 0;
	let servedSessions = 0;
	let demandSessions = 0;
	let extraRooms = 0;
	for (const activity of problem.activities) {
		const served = Math.min(placed.get(activity.id) ?? 0, Math.max(0, activity.sessionsPerWeek));
		servedWeight += activity.priority * served;
		servedSessions += served;
		demandSessions += Math.max(0, activity.sessionsPerWeek);
		const used = rooms.get(activity.id);
		if (used && used.size > 0) extraRooms += used.size - 1;
	}

	const bought = new Set(upgradeIds);
	const upgradeCost = problem.upgrades.filter((u) => bought.has(u.id)).reduce((sum, u) => sum + u.cost, 0);

	return { servedWeight, servedSessions, demandSessions, upgradeCost, extraRooms };
}

/** Negative when a is the better plan: more weight served, then cheaper upgrades, then fewer extra rooms. */
export function compareScores(a: PlanScore, b: PlanScore): number {
	return b.servedWeight - a.servedWeight || a.upgradeCost - b.upgradeCost || a.extraRooms - b.extraRooms;
}
