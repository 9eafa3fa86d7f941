/**
 * The optimum of a TINY planner problem by brute force: every subset of candidate upgrades within
 * the budget, then every way of placing each activity's sessions over (room, weekday, start),
 * with a simple bound. Its only use is to check the HiGHS model on small instances ("on small
 * instances the result equals an exhaustive search"): it shares no code with the model builder,
 * only the problem's plain meaning (fitsAfter, windows, sessionLength, scorePlan).
 *
 * Meant for 2–3 rooms, 2–4 activities, a few slots a day and a couple of open days. It throws when
 * the instance is too big to enumerate (more than MAX_UPGRADES candidate upgrades, or an estimated
 * search space beyond MAX_SEARCH_SPACE), rather than running for hours.
 */
import { greedyPlan } from './greedy.js';
import type { PlanProblem, PlanScore, PlannedSession, Weekday, WeeklyInterval } from './problem.js';
import { WEEK, sessionLength } from './problem.js';
import { compareScores, scorePlan } from './score.js';
import { fitsAfter } from './upgrades.js';
import { allowedIntervals, mergeIntervals, overlaps, within } from './windows.js';

export const MAX_UPGRADES = 12;
/** Upgrade subsets × the ways of placing each activity alone, multiplied: a loose upper bound on the nodes. */
export const MAX_SEARCH_SPACE = 5e9;

export interface ExhaustiveResult {
	sessions: PlannedSession[];
	upgradeIds: string[];
	score: PlanScore;
}

interface Placement {
	roomIndex: number;
	start: number;
	end: number;
}

export function exhaustiveSearch(problem: PlanProblem): ExhaustiveResult {
	const { grid, rooms, activities, upgrades } = problem;
	if (upgrades.length > MAX_UPGRADES)
		throw new Error(`Exhaustive search: ${upgrades.length} candidate upgrades, at most ${MAX_UPGRADES}.`);

	// Every (room, weekday, start) each activity could use if it fitted, bookings and windows considered.
	const firstSlot = Math.ceil(grid.dayStart / grid.slotMinutes) * grid.slotMinutes;
	const placements: Placement[][][] = activities.map((activity) => {
		const length = sessionLength(activity, grid);
		const allowed = allowedIntervals(activity.windows);
		return WEEK.map((weekday) =>
			rooms.flatMap((room, roomIndex) => {
				const open = room.open.length === 0 ? null : mergeIntervals(room.open);
				const out: Placement[] = [];
				for (let start = firstSlot; start + length <= grid.dayEnd; start += grid.slotMinutes) {
					const end = start + length;
					if (open && !within(open, weekday, start, end)) continue;
					if (allowed && !within(allowed, weekday, start, end)) continue;
					if (overlaps(room.busy, weekday, start, end)) continue;
					out.push({ roomIndex, start, end });
				}
				return out;
			})
		);
	});

	const subsets: { ids: string[]; cost: number }[] = [];
	for (let mask = 0; mask < 1 << upgrades.length; mask++) {
		const chosen = upgrades.filter((_, i) => mask & (1 << i));
		const cost = chosen.reduce((sum, u) => sum + u.cost, 0);
		if (cost <= problem.settings.budget) subsets.push({ ids: chosen.map((u) => u.id), cost });
	}
	subsets.sort((a, b) => a.cost - b.cost || a.ids.length - b.ids.length);

	const space = activities.reduce(
		(product, activity, a) => product * waysToPlace(placements[a]!, activity.sessionsPerWeek),
		subsets.length
	);
	if (space > MAX_SEARCH_SPACE)
		throw new Error(
			`Exhaustive search: about ${space.toExponential(1)} plans to look at, more than ${MAX_SEARCH_SPACE.toExponential(0)}.`
		);

	// The greedy plan is valid: starting from it only prunes more, the optimum is still searched for.
	const greedy = greedyPlan(problem);
	let best: ExhaustiveResult = { ...greedy, score: scorePlan(problem, greedy.sessions, greedy.upgradeIds) };

	const quartierOf = rooms.map((r, i) => (r.quartierId === null ? `room:${i}` : `quartier:${r.quartierId}`));
	const wanted = activities.map((a) => Math.max(0, Math.min(WEEK.length, Math.floor(a.sessionsPerWeek))));

	for (const subset of subsets) {
		const bought = upgrades.filter((u) => subset.ids.includes(u.id));
		const fits = activities.map((activity) =>
			rooms.map((room) =>
				fitsAfter(
					room.equipment,
					bought.filter((u) => u.roomId === room.id),
					activity.requirements
				)
			)
		);
		// Per activity and weekday, the placements in rooms it fits; and what it could serve at most.
		const usable = placements.map((days, a) => days.map((list) => list.filter((p) => fits[a]![p.roomIndex])));
		const most = activities.map((activity, a) => {
			let days = usable[a]!.filter((list) => list.length > 0).length;
			if (activity.itinerant)
				days = Math.min(days, new Set(usable[a]!.flat().map((p) => quartierOf[p.roomIndex])).size);
			return Math.min(wanted[a]!, days);
		});
		const restWeight: number[] = [];
		for (let a = activities.length, sum = 0; a >= 0; a--) {
			restWeight[a] = sum;
			if (a > 0) sum += activities[a - 1]!.priority * most[a - 1]!;
		}

		const taken: WeeklyInterval[][] = rooms.map(() => []);
		const chosen: PlannedSession[] = [];

		const visit = (
			a: number,
			dayIndex: number,
			count: number,
			weight: number,
			extraDone: number,
			roomsHere: Map<number, number>,
			quartiers: Set<string>
		): void => {
			const extraNow = extraDone + Math.max(0, roomsHere.size - 1);
			const daysLeft = WEEK.length - dayIndex;
			const here =
				a < activities.length ? activities[a]!.priority * Math.max(0, Math.min(most[a]! - count, daysLeft)) : 0;
			const bound = weight + here + restWeight[Math.min(a + 1, activities.length)]!;
			const upper = { servedWeight: bound, upgradeCost: subset.cost, extraRooms: extraNow };
			if (compareScores({ ...best.score, ...upper }, best.score) >= 0) return;

			if (a === activities.length) {
				const score = scorePlan(problem, chosen, subset.ids);
				if (compareScores(score, best.score) < 0) best = { sessions: [...chosen], upgradeIds: subset.ids, score };
				return;
			}
			if (count === wanted[a] || dayIndex === WEEK.length) {
				visit(a + 1, 0, 0, weight, extraNow, new Map(), new Set());
				return;
			}
			const weekday = WEEK[dayIndex]! as Weekday;
			const activity = activities[a]!;
			for (const p of usable[a]![dayIndex]!) {
				if (activity.itinerant && quartiers.has(quartierOf[p.roomIndex]!)) continue;
				if (overlaps(taken[p.roomIndex]!, weekday, p.start, p.end)) continue;
				const interval = { weekday, start: p.start, end: p.end };
				taken[p.roomIndex]!.push(interval);
				chosen.push({ activityId: activity.id, roomId: rooms[p.roomIndex]!.id, ...interval });
				roomsHere.set(p.roomIndex, (roomsHere.get(p.roomIndex) ?? 0) + 1);
				if (activity.itinerant) quartiers.add(quartierOf[p.roomIndex]!);
				visit(a, dayIndex + 1, count + 1, weight + activity.priority, extraDone, roomsHere, quartiers);
				if (activity.itinerant) quartiers.delete(quartierOf[p.roomIndex]!);
				const left = roomsHere.get(p.roomIndex)! - 1;
				if (left === 0) roomsHere.delete(p.roomIndex);
				else roomsHere.set(p.roomIndex, left);
				chosen.pop();
				taken[p.roomIndex]!.pop();
			}
			visit(a, dayIndex + 1, count, weight, extraDone, roomsHere, quartiers);
		};
		visit(0, 0, 0, 0, 0, new Map(), new Set());
	}
	return best;
}

/** How many ways one activity alone could take at most k of its placements, one a day. */
function waysToPlace(days: readonly (readonly Placement[])[], sessionsPerWeek: number): number {
	const k = Math.max(0, Math.min(WEEK.length, Math.floor(sessionsPerWeek)));
	// ways[j]: the ways of choosing j sessions on the days seen so far.
	let ways = [1, ...new Array<number>(k).fill(0)];
	for (const list of days) {
		const next = [...ways];
		for (let j = 1; j <= k; j++) next[j] = next[j]! + ways[j - 1]! * list.length;
		ways = next;
	}
	return ways.reduce((sum, w) => sum + w, 0);
}
