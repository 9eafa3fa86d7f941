/**
 * What a plan means for the people who read it: figures per room (time used, fixed occupancy,
 * occupancy, who shares it), the timetable laid out per room and weekday, the space programme
 * (each room after the upgrades bought, and what changed), the totals against the budget, and
 * two plans side by side. Pure: the run page, the programme report, its PDF and the CSV all read
 * the same figures from here.
 */
import type { RoomEquipment } from '../vocabulary.js';
import {
	WEEK,
	type CandidateUpgrade,
	type Plan,
	type PlanProblem,
	type PlannedSession,
	type PlanRoom,
	type Weekday,
	type WeeklyInterval
} from './problem.js';
import { roomAfter } from './upgrades.js';
import { mergeIntervals } from './windows.js';

/** The room's open time on the grid: its opening hours cut to the grid's day, every day when none are set. */
export function openOnGrid(room: Pick<PlanRoom, 'open'>, grid: PlanProblem['grid']): WeeklyInterval[] {
	const open = room.open.length === 0 ? WEEK.map((weekday) => ({ weekday, start: 0, end: 1440 })) : room.open;
	return mergeIntervals(
		open.map((i) => ({
			weekday: i.weekday,
			start: Math.max(i.start, grid.dayStart),
			end: Math.min(i.end, grid.dayEnd)
		}))
	);
}

/** Minutes of `intervals` that fall inside `within` (both merged per day first). */
export function minutesInside(intervals: readonly WeeklyInterval[], within: readonly WeeklyInterval[]): number {
	const a = mergeIntervals(intervals);
	const b = mergeIntervals(within);
	let total = 0;
	for (const x of a)
		for (const y of b)
			if (x.weekday === y.weekday) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
	return total;
}

const minutesOf = (intervals: readonly WeeklyInterval[]) =>
	mergeIntervals(intervals).reduce((sum, i) => sum + i.end - i.start, 0);

export interface RoomStats {
	roomId: string;
	label: string;
	existing: boolean;
	/** Minutes of the plan's sessions in the room. */
	sessionMinutes: number;
	/** Minutes already taken by bookings, within the room's open time on the grid. */
	fixedMinutes: number;
	/** The room's open minutes on the grid over the week. */
	openMinutes: number;
	/** (sessions + fixed) ÷ open, 0 when the room is never open; between 0 and 1. */
	occupancy: number;
	sessionCount: number;
	/** Who shares the room: organisations of the fixed occupancy and of the activities placed there. */
	organisationIds: string[];
	/** Activities placed in the room, in the problem's order. */
	activityIds: string[];
}

export function roomStats(problem: PlanProblem, plan: Plan): RoomStats[] {
	const organisationOf = new Map(problem.activities.map((a) => [a.id, a.organisationId]));
	return problem.rooms.map((room) => {
		const open = openOnGrid(room, problem.grid);
		const sessions = plan.sessions.filter((s) => s.roomId === room.id);
		const sessionIntervals = sessions.map((s) => ({ weekday: s.weekday, start: s.start, end: s.end }));
		const sessionMinutes = minutesOf(sessionIntervals);
		const fixedMinutes = minutesInside(room.busy, open);
		const openMinutes = minutesOf(open);
		const placed = new Set(sessions.map((s) => s.activityId));
		const organisations = new Set(room.busyOrganisationIds);
		for (const id of placed) {
			const org = organisationOf.get(id);
			if (org) organisations.add(org);
		}
		return {
			roomId: room.id,
			label: room.label,
			existing: room.existing,
			sessionMinutes,
			fixedMinutes,
			openMinutes,
			occupancy: openMinutes === 0 ? 0 : Math.min(1, (sessionMinutes + fixedMinutes) / openMinutes),
			sessionCount: sessions.length,
			organisationIds: [...organisations].sort(),
			activityIds: problem.activities.filter((a) => placed.has(a.id)).map((a) => a.id)
		};
	});
}

/** Colours are given in the problem's order of activities, so that a legend reads the same everywhere. */
export const ACTIVITY_COLOURS = 10;
export function colourOf(problem: PlanProblem, activityId: string): number {
	const i = problem.activities.findIndex((a) => a.id === activityId);
	return i < 0 ? 0 : i % ACTIVITY_COLOURS;
}

/** One block of the grid view: a session or fixed occupancy, placed on rows counted in slots. */
export interface GridBlock {
	kind: 'session' | 'busy';
	weekday: Weekday;
	start: number;
	end: number;
	/** 1-based slot row where the block starts, and how many slots it spans (clipped to the grid). */
	row: number;
	span: number;
	activityId: string | null;
	colour: number;
}

export interface RoomTimetable {
	roomId: string;
	label: string;
	/** The weekdays the room is open on the grid or has something on, in week order. */
	days: Weekday[];
	/** Each day's sessions, in time order (for the accessible table and the PDF). */
	sessionsByDay: { weekday: Weekday; sessions: PlannedSession[] }[];
	blocks: GridBlock[];
}

export interface Timetable {
	/** The slots' start minutes, top to bottom. */
	slots: number[];
	slotMinutes: number;
	rooms: RoomTimetable[];
}

export function timetable(problem: PlanProblem, plan: Plan): Timetable {
	const { grid } = problem;
	const slots: number[] = [];
	for (let t = grid.dayStart; t < grid.dayEnd; t += grid.slotMinutes) slots.push(t);
	const place = (start: number, end: number) => {
		const from = Math.max(start, grid.dayStart);
		const to = Math.min(end, grid.dayEnd);
		const row = Math.floor((from - grid.dayStart) / grid.slotMinutes) + 1;
		const span = Math.max(1, Math.ceil((to - grid.dayStart) / grid.slotMinutes) + 1 - row);
		return { row, span, visible: to > from };
	};
	const byTime = (a: PlannedSession, b: PlannedSession) => a.weekday - b.weekday || a.start - b.start;
	return {
		slots,
		slotMinutes: grid.slotMinutes,
		rooms: problem.rooms.map((room) => {
			const sessions = plan.sessions.filter((s) => s.roomId === room.id).sort(byTime);
			const open = openOnGrid(room, grid);
			const days = WEEK.filter((d) => open.some((i) => i.weekday === d) || sessions.some((s) => s.weekday === d));
			const blocks: GridBlock[] = [];
			for (const b of mergeIntervals(room.busy)) {
				const p = place(b.start, b.end);
				if (p.visible)
					blocks.push({
						kind: 'busy',
						weekday: b.weekday,
						start: b.start,
						end: b.end,
						row: p.row,
						span: p.span,
						activityId: null,
						colour: 0
					});
			}
			for (const s of sessions) {
				const p = place(s.start, s.end);
				if (p.visible)
					blocks.push({
						kind: 'session',
						weekday: s.weekday,
						start: s.start,
						end: s.end,
						row: p.row,
						span: p.span,
						activityId: s.activityId,
						colour: colourOf(problem, s.activityId)
					});
			}
			return {
				roomId: room.id,
				label: room.label,
				days,
				sessionsByDay: days
					.map((weekday) => ({ weekday, sessions: sessions.filter((s) => s.weekday === weekday) }))
					.filter((d) => d.sessions.length > 0),
				blocks
			};
		})
	};
}

export type EquipmentField = keyof RoomEquipment;
export const EQUIPMENT_FIELDS: readonly EquipmentField[] = [
	'areaM2',
	'kitchenLevel',
	'storageM2',
	'outdoorM2',
	'toilets',
	'childToilets',
	'changingTable',
	'waterPoint',
	'stepFree',
	'vanAccess'
];

export interface EquipmentChange {
	field: EquipmentField;
	before: RoomEquipment[EquipmentField];
	after: RoomEquipment[EquipmentField];
}

export interface RoomProgramme {
	roomId: string;
	label: string;
	existing: boolean;
	before: RoomEquipment;
	after: RoomEquipment;
	bought: CandidateUpgrade[];
	/** Only the fields the upgrades changed, in EQUIPMENT_FIELDS order. */
	changes: EquipmentChange[];
	/** Euros of this room's upgrades. */
	cost: number;
	/** The activities the plan places in the room. */
	activityIds: string[];
}

/** The space programme: every room as the plan needs it, through roomAfter (the solver's own definition). */
export function spaceProgramme(problem: PlanProblem, plan: Plan): RoomProgramme[] {
	const bought = new Set(plan.upgradeIds);
	return problem.rooms.map((room) => {
		const mine = problem.upgrades.filter((u) => u.roomId === room.id && bought.has(u.id));
		const after = roomAfter(room.equipment, mine);
		const placed = new Set(plan.sessions.filter((s) => s.roomId === room.id).map((s) => s.activityId));
		return {
			roomId: room.id,
			label: room.label,
			existing: room.existing,
			before: room.equipment,
			after,
			bought: mine,
			changes: EQUIPMENT_FIELDS.filter((f) => room.equipment[f] !== after[f]).map((field) => ({
				field,
				before: room.equipment[field],
				after: after[field]
			})),
			cost: mine.reduce((sum, u) => sum + u.cost, 0),
			activityIds: problem.activities.filter((a) => placed.has(a.id)).map((a) => a.id)
		};
	});
}

export interface PlanTotals {
	servedSessions: number;
	demandSessions: number;
	servedWeight: number;
	/** Σ priority × sessions asked for: what servedWeight would be if everything fit. */
	demandWeight: number;
	upgradeCost: number;
	budget: number;
	/** Budget − cost; negative would mean the plan broke the budget. */
	remaining: number;
	unmetSessions: number;
}

export function planTotals(problem: PlanProblem, plan: Plan): PlanTotals {
	const priority = new Map(problem.activities.map((a) => [a.id, a.priority]));
	const bought = new Set(plan.upgradeIds);
	const upgradeCost = problem.upgrades.filter((u) => bought.has(u.id)).reduce((sum, u) => sum + u.cost, 0);
	const servedWeight = plan.sessions.reduce((sum, s) => sum + (priority.get(s.activityId) ?? 0), 0);
	const demandSessions = problem.activities.reduce((sum, a) => sum + a.sessionsPerWeek, 0);
	return {
		servedSessions: plan.sessions.length,
		demandSessions,
		servedWeight,
		demandWeight: problem.activities.reduce((sum, a) => sum + a.priority * a.sessionsPerWeek, 0),
		upgradeCost,
		budget: problem.settings.budget,
		remaining: problem.settings.budget - upgradeCost,
		unmetSessions: plan.unmet.reduce((sum, u) => sum + u.missing, 0)
	};
}

/** Per activity: sessions asked for, placed, and the rooms used (for "chosen practices"). */
export function activitySummary(problem: PlanProblem, plan: Plan) {
	return problem.activities.map((a) => {
		const sessions = plan.sessions.filter((s) => s.activityId === a.id);
		const roomIds = [...new Set(sessions.map((s) => s.roomId))];
		return {
			activity: a,
			placed: sessions.length,
			rooms: problem.rooms.filter((r) => roomIds.includes(r.id)).map((r) => r.label),
			unmet: plan.unmet.filter((u) => u.activityId === a.id)
		};
	});
}

export interface ComparedRoom {
	/** Rooms are matched by label: a what-if copy gives its rooms new ids, never new names. */
	label: string;
	a: RoomStats | null;
	b: RoomStats | null;
}

export interface Comparison {
	a: PlanTotals;
	b: PlanTotals;
	upgrades: { a: CandidateUpgrade[]; b: CandidateUpgrade[] };
	unmet: { a: number; b: number };
	rooms: ComparedRoom[];
}

export function comparePlans(
	a: { problem: PlanProblem; plan: Plan },
	b: { problem: PlanProblem; plan: Plan }
): Comparison {
	const statsA = roomStats(a.problem, a.plan);
	const statsB = roomStats(b.problem, b.plan);
	const labels = [...new Set([...statsA.map((r) => r.label), ...statsB.map((r) => r.label)])];
	const bought = (x: { problem: PlanProblem; plan: Plan }) =>
		x.problem.upgrades.filter((u) => x.plan.upgradeIds.includes(u.id));
	const totalsA = planTotals(a.problem, a.plan);
	const totalsB = planTotals(b.problem, b.plan);
	return {
		a: totalsA,
		b: totalsB,
		upgrades: { a: bought(a), b: bought(b) },
		unmet: { a: totalsA.unmetSessions, b: totalsB.unmetSessions },
		rooms: labels.map((label) => ({
			label,
			a: statsA.find((r) => r.label === label) ?? null,
			b: statsB.find((r) => r.label === label) ?? null
		}))
	};
}

/** The timetable as CSV rows: one per session, in room then week order. */
export function timetableRows(problem: PlanProblem, plan: Plan) {
	const roomIndex = new Map(problem.rooms.map((r, i) => [r.id, i]));
	const room = new Map(problem.rooms.map((r) => [r.id, r]));
	const activity = new Map(problem.activities.map((a) => [a.id, a]));
	return [...plan.sessions]
		.sort(
			(x, y) =>
				(roomIndex.get(x.roomId) ?? 0) - (roomIndex.get(y.roomId) ?? 0) || x.weekday - y.weekday || x.start - y.start
		)
		.map((s) => ({
			session: s,
			room: room.get(s.roomId) ?? null,
			activity: activity.get(s.activityId) ?? null
		}));
}

/** 'HH:MM' from minutes since midnight (24:00 for the end of the day). */
export function clock(minutes: number): string {
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
