/**
 * A finished run's timetable seen as booking requests: for each weekly session, the existing room
 * it would be asked in and the organisation it would be asked for, or why it cannot be (a planned
 * room has no bookings yet; an activity without an organisation has nobody to ask for it). Read
 * by the apply page's preview and by the apply use case, so that what is previewed is what is
 * requested.
 *
 * Ids in a run's problem are the scenario's own (see scenario-problem.ts): a session's roomId is a
 * planner_room id, mapped here to the real room through planner_room.room_id as it is NOW (the
 * room may have been taken out of the scenario since the run), and its activityId a
 * planner_activity id, whose organisation is read now too (it may have been set after the run).
 */
import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../db/client.js';
import {
	commune,
	organisation,
	plannerActivity,
	plannerAppliedSeries,
	plannerRoom,
	plannerRun,
	plannerScenario,
	room
} from '../db/schema.js';
import type { PlannedSession, Weekday } from '#lib/domain/planner/problem.js';

export const APPLY_SKIP_REASONS = [
	'planned_room',
	'room_removed',
	'activity_removed',
	'no_organisation',
	'ends_at_midnight'
] as const;
export type ApplySkipReason = (typeof APPLY_SKIP_REASONS)[number];

/** One session of the timetable, and the request it becomes (or why it is skipped). */
export interface ApplyItem {
	activityId: string;
	activityLabel: string;
	plannerRoomId: string;
	roomLabel: string;
	/** The real room, for a session in an existing room still in the scenario. */
	roomId: string | null;
	weekday: Weekday;
	start: number;
	end: number;
	organisationId: string | null;
	organisationName: string | null;
	skipped: ApplySkipReason | null;
}

/** A series an earlier application created, as it stands now. */
export interface AppliedSeries {
	seriesId: string;
	activityId: string;
	roomId: string;
	roomName: string;
	organisationName: string | null;
	title: string;
	startsOn: string;
	startTime: string;
	endTime: string;
	/** Bookings of the series by status: managers decide them one by one or all at once. */
	pending: number;
	confirmed: number;
	refused: number;
}

export interface RunApplication {
	runId: string;
	scenarioId: string;
	scenarioName: string;
	status: string;
	/** The commune's zone: the timetable's wall-clock times are read in it. */
	timeZone: string;
	items: ApplyItem[];
	applied: AppliedSeries[];
}

/** The run of that scenario as requests, or null when there is no such run in that scenario. */
export async function loadRunApplication(
	db: Database,
	scenarioId: string,
	runId: string
): Promise<RunApplication | null> {
	const [run] = await db
		.select({
			id: plannerRun.id,
			status: plannerRun.status,
			problem: plannerRun.problem,
			plan: plannerRun.plan,
			scenarioName: plannerScenario.name,
			timeZone: commune.timeZone
		})
		.from(plannerRun)
		.innerJoin(plannerScenario, eq(plannerRun.scenarioId, plannerScenario.id))
		.innerJoin(commune, eq(plannerScenario.communeId, commune.id))
		.where(and(eq(plannerRun.id, runId), eq(plannerRun.scenarioId, scenarioId)));
	if (!run) return null;

	const sessions = run.status === 'done' ? sessionsOf(run.plan) : [];
	const snapshot = namesOf(run.problem);

	const rooms = await db
		.select({ id: plannerRoom.id, roomId: plannerRoom.roomId, label: plannerRoom.label, name: room.name })
		.from(plannerRoom)
		.leftJoin(room, eq(plannerRoom.roomId, room.id))
		.where(eq(plannerRoom.scenarioId, scenarioId));
	const roomsById = new Map(rooms.map((r) => [r.id, r]));
	const activities = await db
		.select({
			id: plannerActivity.id,
			label: plannerActivity.label,
			organisationId: plannerActivity.organisationId,
			organisationName: organisation.name
		})
		.from(plannerActivity)
		.leftJoin(organisation, eq(plannerActivity.organisationId, organisation.id))
		.where(eq(plannerActivity.scenarioId, scenarioId));
	const activitiesById = new Map(activities.map((a) => [a.id, a]));

	const items = sessions
		.map((s): ApplyItem => {
			const planned = snapshot.rooms.get(s.roomId);
			const live = roomsById.get(s.roomId);
			const activity = activitiesById.get(s.activityId);
			const skipped: ApplySkipReason | null =
				planned && !planned.existing
					? 'planned_room'
					: !live?.roomId
						? 'room_removed'
						: !activity
							? 'activity_removed'
							: !activity.organisationId
								? 'no_organisation'
								: // A booking's wall-clock times end on the day they start: 24:00 cannot be asked for.
									s.end >= 24 * 60
									? 'ends_at_midnight'
									: null;
			return {
				activityId: s.activityId,
				activityLabel: activity?.label ?? snapshot.activities.get(s.activityId) ?? s.activityId,
				plannerRoomId: s.roomId,
				roomLabel: live?.name ?? live?.label ?? planned?.label ?? s.roomId,
				roomId: planned?.existing === false ? null : (live?.roomId ?? null),
				weekday: s.weekday,
				start: s.start,
				end: s.end,
				organisationId: activity?.organisationId ?? null,
				organisationName: activity?.organisationName ?? null,
				skipped
			};
		})
		.sort((a, b) => a.roomLabel.localeCompare(b.roomLabel) || a.weekday - b.weekday || a.start - b.start);

	return {
		runId: run.id,
		scenarioId,
		scenarioName: run.scenarioName,
		status: run.status,
		timeZone: run.timeZone,
		items,
		applied: await appliedSeriesOf(db, run.id)
	};
}

/** The series a run was applied as, with how far their managers have got. */
export async function appliedSeriesOf(db: Database, runId: string): Promise<AppliedSeries[]> {
	const rows = rowsOf<{
		series_id: string;
		activity_id: string;
		room_id: string;
		room_name: string;
		organisation_name: string | null;
		title: string;
		starts_on: string;
		start_time: string;
		end_time: string;
		pending: number | string;
		confirmed: number | string;
		refused: number | string;
	}>(
		await db.execute(sql`
			SELECT a.series_id, a.activity_id, s.room_id, r.name AS room_name, o.name AS organisation_name,
			       s.title, s.starts_on::text AS starts_on, s.start_time, s.end_time,
			       count(*) FILTER (WHERE b.status = 'pending') AS pending,
			       count(*) FILTER (WHERE b.status = 'confirmed') AS confirmed,
			       count(*) FILTER (WHERE b.status = 'refused') AS refused
			FROM planner_applied_series a
			JOIN booking_series s ON s.id = a.series_id
			JOIN room r ON r.id = s.room_id
			LEFT JOIN organisation o ON o.id = s.organisation_id
			LEFT JOIN booking b ON b.series_id = s.id
			WHERE a.run_id = ${runId}
			GROUP BY a.series_id, a.activity_id, s.room_id, r.name, o.name, s.title, s.starts_on, s.start_time, s.end_time
			ORDER BY r.name, s.starts_on, s.start_time`)
	);
	return rows.map((r) => ({
		seriesId: r.series_id,
		activityId: r.activity_id,
		roomId: r.room_id,
		roomName: r.room_name,
		organisationName: r.organisation_name,
		title: r.title,
		startsOn: r.starts_on,
		startTime: r.start_time,
		endTime: r.end_time,
		pending: Number(r.pending),
		confirmed: Number(r.confirmed),
		refused: Number(r.refused)
	}));
}

/** Whether the run has been applied already (some of its series still exist). */
export async function isApplied(db: Database, runId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: plannerAppliedSeries.seriesId })
		.from(plannerAppliedSeries)
		.where(eq(plannerAppliedSeries.runId, runId))
		.limit(1);
	return Boolean(row);
}

/** Locks the run's row until the transaction ends, so that two applications of it queue up. */
export async function lockRun(tx: Database, runId: string): Promise<void> {
	await tx.execute(sql`SELECT id FROM planner_run WHERE id = ${runId} FOR UPDATE`);
}

/** The plan's sessions, read defensively: a stored plan is JSON written by another process. */
function sessionsOf(plan: unknown): PlannedSession[] {
	const sessions = (plan as { sessions?: unknown } | null)?.sessions;
	if (!Array.isArray(sessions)) return [];
	return sessions.filter(
		(s): s is PlannedSession =>
			!!s &&
			typeof s === 'object' &&
			typeof s.activityId === 'string' &&
			typeof s.roomId === 'string' &&
			Number.isInteger(s.weekday) &&
			s.weekday >= 1 &&
			s.weekday <= 7 &&
			Number.isInteger(s.start) &&
			Number.isInteger(s.end) &&
			s.start >= 0 &&
			s.end > s.start &&
			s.end <= 24 * 60
	);
}

/** Labels and kinds of the rooms and activities as they were solved. */
function namesOf(problem: unknown): {
	rooms: Map<string, { label: string; existing: boolean }>;
	activities: Map<string, string>;
} {
	const p = (problem ?? {}) as { rooms?: unknown; activities?: unknown };
	const rooms = new Map<string, { label: string; existing: boolean }>();
	for (const r of Array.isArray(p.rooms) ? p.rooms : [])
		if (r && typeof r.id === 'string')
			rooms.set(r.id, { label: String(r.label ?? r.id), existing: r.existing !== false });
	const activities = new Map<string, string>();
	for (const a of Array.isArray(p.activities) ? p.activities : [])
		if (a && typeof a.id === 'string') activities.set(a.id, String(a.label ?? a.id));
	return { rooms, activities };
}
