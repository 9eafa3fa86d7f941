/**
 * The weekly demand an activity starts with when it is added from the catalogue. The catalogue
 * describes a practice as it runs somewhere (the itinerant crèche's eleven-hour day, the
 * restaurant's five lunches a week); copied as it is, it can ask for what the activity's own time
 * windows can never give on the scenario's grid, and the solver would then leave it unmet whatever
 * the rooms and the budget. So the copy is brought within reach, and the planner told what changed:
 *
 * - a session no longer than the longest stretch its windows give on one day, on the grid (the
 *   model places whole sessions inside one window, on slot boundaries: `activityDayWindows`);
 * - no more sessions a week than days with such a stretch (at most one session a day).
 *
 * Only the windows and the grid are read, not the rooms: rooms come and go in a scenario, and
 * whether they are free is the solver's question. Demand that fits is left as it is (a length off
 * the grid is rounded up by the model, which still fits: the longest stretch is on the grid).
 */
import type { TimeWindow } from '../vocabulary.js';
import { WEEK, sessionLength, type Grid } from './problem.js';
import { LIMITS } from './scenario-forms.js';
import { allowedIntervals } from './windows.js';

export interface Demand {
	sessionsPerWeek: number;
	sessionMinutes: number;
}

export interface ServableDemand extends Demand {
	/** What was changed, from what to what; empty when the demand was kept as asked. */
	adjusted: { sessionsPerWeek?: { from: number; to: number }; sessionMinutes?: { from: number; to: number } };
}

const clamp = (n: number, range: { min: number; max: number }) => Math.min(range.max, Math.max(range.min, n));

/** The longest stretch, in minutes on the grid, the windows give on each weekday (index 0 = Monday). */
export function longestStretches(windows: readonly TimeWindow[], grid: Grid): number[] {
	const allowed = allowedIntervals(windows);
	const s = grid.slotMinutes;
	return WEEK.map((weekday) => {
		const day = allowed
			? allowed.filter((i) => i.weekday === weekday)
			: [{ weekday, start: grid.dayStart, end: grid.dayEnd }];
		let longest = 0;
		for (const i of day) {
			const from = Math.ceil(Math.max(i.start, grid.dayStart) / s) * s;
			const to = Math.floor(Math.min(i.end, grid.dayEnd) / s) * s;
			longest = Math.max(longest, to - from);
		}
		return longest;
	});
}

/**
 * The catalogue's demand kept within what a scenario accepts (LIMITS), then within what the
 * windows can serve on the grid. When the windows give no stretch of even one slot, nothing can be
 * served however the demand is cut: it is kept, and the run will say why (window_clash).
 */
export function servableDemand(asked: Demand, windows: readonly TimeWindow[], grid: Grid): ServableDemand {
	let sessionsPerWeek = clamp(Math.round(asked.sessionsPerWeek), LIMITS.sessionsPerWeek);
	let sessionMinutes = clamp(Math.round(asked.sessionMinutes), LIMITS.sessionMinutes);
	const stretches = longestStretches(windows, grid);
	const longest = Math.max(...stretches);
	if (longest >= grid.slotMinutes) {
		if (sessionLength({ sessionMinutes }, grid) > longest) sessionMinutes = clamp(longest, LIMITS.sessionMinutes);
		const length = sessionLength({ sessionMinutes }, grid);
		sessionsPerWeek = Math.min(sessionsPerWeek, stretches.filter((stretch) => stretch >= length).length);
	}
	// Reported against the catalogue's own figures, so that the planner reads what she would have got.
	const adjusted: ServableDemand['adjusted'] = {};
	if (sessionsPerWeek !== asked.sessionsPerWeek)
		adjusted.sessionsPerWeek = { from: asked.sessionsPerWeek, to: sessionsPerWeek };
	if (sessionMinutes !== asked.sessionMinutes)
		adjusted.sessionMinutes = { from: asked.sessionMinutes, to: sessionMinutes };
	return { sessionsPerWeek, sessionMinutes, adjusted };
}

/** The query parameters an adjustment travels in, from the add form's redirect to the editor. */
const ADJUSTMENT_PARAMS = { sessionsPerWeek: 'sessions', sessionMinutes: 'minutes' } as const;
const ADJUSTED_KEYS = Object.keys(ADJUSTMENT_PARAMS) as (keyof typeof ADJUSTMENT_PARAMS)[];

/** "&sessions=5-4&minutes=660-600" for what changed; "" when nothing did. */
export function writeAdjustment(adjusted: ServableDemand['adjusted']): string {
	const params = new URLSearchParams();
	for (const key of ADJUSTED_KEYS) {
		const change = adjusted[key];
		if (change) params.set(ADJUSTMENT_PARAMS[key], `${change.from}-${change.to}`);
	}
	const query = params.toString();
	return query ? `&${query}` : '';
}

/** The adjustment read back from the address; null when there is none (or it was tampered into nonsense). */
export function readAdjustment(params: URLSearchParams): ServableDemand['adjusted'] | null {
	const adjusted: ServableDemand['adjusted'] = {};
	for (const key of ADJUSTED_KEYS) {
		const pair = /^(\d{1,4})-(\d{1,4})$/.exec(params.get(ADJUSTMENT_PARAMS[key]) ?? '');
		if (pair) adjusted[key] = { from: Number(pair[1]), to: Number(pair[2]) };
	}
	return adjusted.sessionsPerWeek || adjusted.sessionMinutes ? adjusted : null;
}
