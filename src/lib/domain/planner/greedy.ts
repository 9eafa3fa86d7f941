/**
 * A plan without a solver: the fallback when HiGHS gives nothing usable in time, and a warm
 * start or a yardstick otherwise. It is deterministic (the same problem gives the same plan) and
 * always valid, so that a planner never gets an empty page or a timetable that cannot be kept.
 *
 * Activities are served by priority (highest first, then in the problem's order). Each one tries
 * the rooms it fits as they are (counting upgrades already bought), then the rooms that the
 * cheapest set of that room's candidate upgrades would make fit within what is left of the budget.
 * It stays in one room for as many days as it can before moving on (continuity), and takes the
 * earliest free start each day. Upgrades are bought only when a session is actually placed thanks
 * to them.
 */
import { fit, type Gap } from '../fit.js';
import { KITCHEN_LEVELS } from '../vocabulary.js';
import type {
	CandidateUpgrade,
	PlanActivity,
	PlanProblem,
	PlanRoom,
	PlannedSession,
	UpgradeKind,
	Weekday,
	WeeklyInterval
} from './problem.js';
import { WEEK, sessionLength } from './problem.js';
import { fitsAfter, roomAfter } from './upgrades.js';
import { allowedIntervals, mergeIntervals, overlaps, within } from './windows.js';

/** Subsets of more upgrades than this are not enumerated: the cheapest ones are tried instead. */
const MAX_ENUMERATED_UPGRADES = 12;

export interface GreedyPlan {
	sessions: PlannedSession[];
	upgradeIds: string[];
}

export function greedyPlan(problem: PlanProblem): GreedyPlan {
	const { grid } = problem;
	const bought = new Set<string>();
	let budgetLeft = problem.settings.budget;
	const sessions: PlannedSession[] = [];
	// What each room already holds: its bookings, then every session placed so far.
	const taken = new Map<string, WeeklyInterval[]>(problem.rooms.map((r) => [r.id, [...r.busy]]));
	const openHours = new Map<string, WeeklyInterval[] | null>(
		problem.rooms.map((r) => [r.id, r.open.length === 0 ? null : mergeIntervals(r.open)])
	);
	const firstSlot = Math.ceil(grid.dayStart / grid.slotMinutes) * grid.slotMinutes;

	const order = problem.activities
		.map((activity, index) => ({ activity, index }))
		.sort((a, b) => b.activity.priority - a.activity.priority || a.index - b.index)
		.map(({ activity }) => activity);

	for (const activity of order) {
		const wanted = Math.min(Math.max(0, Math.floor(activity.sessionsPerWeek)), WEEK.length);
		if (wanted === 0) continue;
		const length = sessionLength(activity, grid);
		const allowed = allowedIntervals(activity.windows);
		const days = new Set<Weekday>();
		const quartiers = new Set<string>();
		let placed = 0;

		const earliestStart = (room: PlanRoom, weekday: Weekday): number | null => {
			const open = openHours.get(room.id) ?? null;
			const busy = taken.get(room.id)!;
			for (let start = firstSlot; start + length <= grid.dayEnd; start += grid.slotMinutes) {
				const end = start + length;
				if (open && !within(open, weekday, start, end)) continue;
				if (allowed && !within(allowed, weekday, start, end)) continue;
				if (overlaps(busy, weekday, start, end)) continue;
				return start;
			}
			return null;
		};

		const options = problem.rooms
			.map((room, index) => ({ room, index, upgrades: cheapestUpgrades(problem, room, activity, bought) }))
			.filter((o): o is typeof o & { upgrades: CandidateUpgrade[] } => o.upgrades !== null)
			.map((o) => ({ ...o, cost: o.upgrades.reduce((sum, u) => sum + u.cost, 0) }))
			.sort((a, b) => a.cost - b.cost || a.upgrades.length - b.upgrades.length || a.index - b.index);

		for (const { room, upgrades, cost } of options) {
			if (placed >= wanted) break;
			if (cost > budgetLeft) continue;
			const quartier = room.quartierId === null ? `room:${room.id}` : `quartier:${room.quartierId}`;
			let here = 0;
			for (const weekday of WEEK) {
				if (placed >= wanted) break;
				if (days.has(weekday)) continue;
				if (activity.itinerant && quartiers.has(quartier)) break;
				const start = earliestStart(room, weekday);
				if (start === null) continue;
				const session = { activityId: activity.id, roomId: room.id, weekday, start, end: start + length };
				sessions.push(session);
				taken.get(room.id)!.push({ weekday, start, end: session.end });
				days.add(weekday);
				if (activity.itinerant) quartiers.add(quartier);
				placed++;
				here++;
			}
			if (here > 0) {
				for (const u of upgrades) bought.add(u.id);
				budgetLeft -= cost;
			}
		}
	}

	return { sessions, upgradeIds: problem.upgrades.filter((u) => bought.has(u.id)).map((u) => u.id) };
}

/** The candidate upgrade kinds that can close a gap (van access cannot be bought). */
function closes(gap: Gap, upgrade: CandidateUpgrade): boolean {
	const kinds: Partial<Record<Gap['kind'], UpgradeKind>> = {
		area: 'area',
		storage: 'storage',
		outdoor: 'outdoor',
		kitchen: 'kitchen',
		stepFree: 'stepFree'
	};
	if (gap.kind === 'sanitary') return upgrade.kind === gap.item;
	if (gap.kind === 'kitchen')
		return (
			upgrade.kind === 'kitchen' &&
			upgrade.kitchenLevel !== null &&
			KITCHEN_LEVELS.indexOf(upgrade.kitchenLevel) > KITCHEN_LEVELS.indexOf(gap.from)
		);
	return kinds[gap.kind] === upgrade.kind;
}

/**
 * The cheapest set of the room's not-yet-bought candidate upgrades that makes the activity fit
 * (fewest upgrades among equal costs), [] when it fits already, null when nothing does. The
 * budget is not looked at here: the caller compares the cost with what is left.
 */
export function cheapestUpgrades(
	problem: PlanProblem,
	room: PlanRoom,
	activity: PlanActivity,
	bought: ReadonlySet<string>
): CandidateUpgrade[] | null {
	const own = problem.upgrades.filter((u) => u.roomId === room.id);
	const already = own.filter((u) => bought.has(u.id));
	if (fitsAfter(room.equipment, already, activity.requirements)) return [];
	const gaps = fit(roomAfter(room.equipment, already), activity.requirements).gaps;
	const pool = own
		.filter((u) => !bought.has(u.id) && gaps.some((g) => closes(g, u)))
		.sort((a, b) => a.cost - b.cost)
		.slice(0, MAX_ENUMERATED_UPGRADES);

	let best: CandidateUpgrade[] | null = null;
	let bestCost = Infinity;
	for (let mask = 1; mask < 1 << pool.length; mask++) {
		const subset = pool.filter((_, i) => mask & (1 << i));
		const cost = subset.reduce((sum, u) => sum + u.cost, 0);
		if (cost > bestCost || (cost === bestCost && best && subset.length >= best.length)) continue;
		if (fitsAfter(room.equipment, [...already, ...subset], activity.requirements)) {
			best = subset;
			bestCost = cost;
		}
	}
	return best;
}
