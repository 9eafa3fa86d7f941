/**
 * The renovation planner's problem and plan, as plain data: what the solver reads, what the
 * validator checks and what the pages show. Nothing here knows about the database or HiGHS.
 *
 * Times are minutes since midnight in the commune's local wall time, on a weekly grid
 * (1 = Monday … 7 = Sunday, ISO 8601). A session starts and ends on the grid's slots.
 */
import type { KitchenLevel, PracticeRequirements, RoomEquipment, TimeWindow } from '../vocabulary.js';

export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEK: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** A span of one weekday, [start, end) in minutes since midnight. */
export interface WeeklyInterval {
	weekday: Weekday;
	start: number;
	end: number;
}

/** The weekly grid the timetable is drawn on: an hourly grid, or a half-hour one. */
export interface Grid {
	slotMinutes: 30 | 60;
	/** First minute of the day a session may start (e.g. 480 for 8:00) … */
	dayStart: number;
	/** … and the last minute a session may end (e.g. 1320 for 22:00). */
	dayEnd: number;
}

export const DEFAULT_GRID: Grid = { slotMinutes: 60, dayStart: 8 * 60, dayEnd: 22 * 60 };

/** A scenario's stored grid (its slot column is a plain integer, 30 or 60 by constraint). */
export function gridOf(s: { slotMinutes: number; dayStart: number; dayEnd: number }): Grid {
	return { slotMinutes: s.slotMinutes === 30 ? 30 : 60, dayStart: s.dayStart, dayEnd: s.dayEnd };
}

/** A room the plan may use: an existing one (with its bookings as fixed occupancy) or a planned one. */
export interface PlanRoom {
	id: string;
	label: string;
	/** Itinerant activities run in a different quartier each day: rooms without one count as their own. */
	quartierId: string | null;
	facilityId: string | null;
	/** Existing rooms can receive booking requests once a plan is applied. */
	existing: boolean;
	/** The room as it is today (or as designed, for a planned room), before any candidate upgrade. */
	equipment: RoomEquipment;
	/** When the room is open; an empty list means open during the whole grid every day. */
	open: WeeklyInterval[];
	/** Time already taken by bookings (existing rooms): no session may overlap it. */
	busy: WeeklyInterval[];
	/** The organisations behind the fixed occupancy, to count who shares the room. */
	busyOrganisationIds: string[];
}

/** An activity to place: a practice from the catalogue with its weekly demand. */
export interface PlanActivity {
	id: string;
	label: string;
	practiceId: string | null;
	/** The organisation that would run it, when known (for "organisations per room"). */
	organisationId: string | null;
	requirements: PracticeRequirements;
	sessionsPerWeek: number;
	/** A multiple of the grid's slot; the model builder rounds up to it. */
	sessionMinutes: number;
	/** Named windows the sessions must fall in (their union); empty means any time the room is open. */
	windows: TimeWindow[];
	/** Weight of one session served, 1–10; defaults from residents' support. */
	priority: number;
	/** Sessions on different days go to rooms of different quartiers (an itinerant crèche in a van). */
	itinerant: boolean;
}

export const UPGRADE_KINDS = [
	'area',
	'storage',
	'outdoor',
	'kitchen',
	'toilets',
	'childToilets',
	'changingTable',
	'waterPoint',
	'stepFree'
] as const;
export type UpgradeKind = (typeof UPGRADE_KINDS)[number];

/**
 * One candidate upgrade of one room, bought whole or not at all. Upgrades of the same room add
 * up (two +4 m² make +8 m²); kitchen upgrades take the best level bought.
 */
export interface CandidateUpgrade {
	id: string;
	roomId: string;
	kind: UpgradeKind;
	/** m² added, for area, storage and outdoor. */
	amountM2: number;
	/** The level reached, for kitchen. */
	kitchenLevel: KitchenLevel | null;
	/** Euros, whole. */
	cost: number;
	label: string;
}

export interface PlanSettings {
	/** Euros available for upgrades. */
	budget: number;
	/** The solver stops after this and returns the best plan found. */
	timeLimitSeconds: number;
	/** 0 asks for a proven optimum; 0.01 accepts a plan within 1 % of it. */
	relativeGap: number;
}

export const DEFAULT_SETTINGS: PlanSettings = { budget: 0, timeLimitSeconds: 20, relativeGap: 0 };

export interface PlanProblem {
	grid: Grid;
	rooms: PlanRoom[];
	activities: PlanActivity[];
	upgrades: CandidateUpgrade[];
	settings: PlanSettings;
}

/** One session of the weekly timetable. */
export interface PlannedSession {
	activityId: string;
	roomId: string;
	weekday: Weekday;
	start: number;
	end: number;
}

/** Why a session asked for could not be placed. */
export type UnmetReason =
	/** No room, even with every candidate upgrade, meets the requirements. */
	| 'no_room_fits'
	/** A room would fit with upgrades, but the budget does not allow them. */
	| 'budget'
	/** The allowed windows never meet a fitting room's opening hours on the grid. */
	| 'window_clash'
	/** Fitting rooms are open at the right times, but already taken by bookings or other activities. */
	| 'room_busy'
	/** An itinerant activity has run out of quartiers (one quartier per day). */
	| 'itinerant_quartiers'
	/** At most one session a day: there are fewer usable days than sessions asked for. */
	| 'days';

export interface UnmetDemand {
	activityId: string;
	/** Sessions per week asked for and not placed. */
	missing: number;
	reason: UnmetReason;
}

/**
 * How the plan was obtained: proven optimal (within the gap asked for), the best found when the
 * time limit struck (with its gap), or the greedy fallback when the solver gave nothing usable.
 */
export type PlanStatus = 'optimal' | 'time_limit' | 'greedy';

export interface Plan {
	status: PlanStatus;
	/** Relative optimality gap of the returned plan; null when unknown (greedy). */
	gap: number | null;
	sessions: PlannedSession[];
	/** Ids of the candidate upgrades bought. */
	upgradeIds: string[];
	unmet: UnmetDemand[];
	/** The plan's figures, in the objective's order of importance. */
	score: PlanScore;
	solveMs: number;
	modelSize: { columns: number; rows: number };
	/** The independent validator's findings: empty when every constraint holds. */
	violations: string[];
}

export interface PlanScore {
	/** Σ priority × sessions placed: maximised first. */
	servedWeight: number;
	servedSessions: number;
	demandSessions: number;
	/** Euros of upgrades bought: minimised second. */
	upgradeCost: number;
	/** Σ over activities of (rooms used − 1): continuity, minimised third. */
	extraRooms: number;
}

/** What a run shows while the solver works (stored on planner_run.progress). */
export interface RunProgress {
	phase: 'queued' | 'building' | 'solving' | 'checking';
	elapsedMs: number;
	timeLimitMs: number;
	/** The best plan's objective so far, and the solver's bound on the optimum; null until known. */
	bestObjective: number | null;
	bound: number | null;
	gap: number | null;
}

/** A session's length on the grid: its minutes rounded up to whole slots. */
export function sessionLength(activity: Pick<PlanActivity, 'sessionMinutes'>, grid: Grid): number {
	return Math.ceil(activity.sessionMinutes / grid.slotMinutes) * grid.slotMinutes;
}
