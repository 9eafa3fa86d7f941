/**
 * A scenario as the solver sees it: the PlanProblem built from the scenario's rows, with each
 * existing room read as it is today and its bookings (pending or confirmed: a pending request
 * holds its slot) and closures of the reference week as fixed occupancy.
 *
 * Ids in the problem are the scenario's own: a PlanRoom's id is the planner_room id (an existing
 * room's real id is planner_room.room_id), an activity's the planner_activity id, an upgrade's
 * the planner_upgrade id. The run keeps this problem as it was solved.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../db/client.js';
import { commune, plannerActivity, plannerScenario, plannerUpgrade } from '../db/schema.js';
import { scenarioRooms } from './rooms.js';
import { closuresOverlapping } from '../bookings/closures.js';
import { weekInterval } from '#lib/domain/occupancy.js';
import { fromRangeLiteral, toRangeLiteral, type Interval } from '#lib/domain/zoned-time.js';
import { isOneOf, KITCHEN_LEVELS, TIME_WINDOWS } from '#lib/domain/vocabulary.js';
import {
	gridOf,
	UPGRADE_KINDS,
	type CandidateUpgrade,
	type PlanActivity,
	type PlanProblem,
	type PlanRoom
} from '#lib/domain/planner/problem.js';
import { readRequirements } from '#lib/domain/planner/stored.js';
import { weeklyBusy, weeklyOpening } from '#lib/domain/planner/week.js';

/** The scenario's problem, or null when there is no such scenario. */
export async function loadScenarioProblem(db: Database, scenarioId: string): Promise<PlanProblem | null> {
	const [scenario] = await db
		.select({
			slotMinutes: plannerScenario.slotMinutes,
			dayStart: plannerScenario.dayStart,
			dayEnd: plannerScenario.dayEnd,
			budget: plannerScenario.budgetEuros,
			timeLimitSeconds: plannerScenario.timeLimitSeconds,
			relativeGap: plannerScenario.relativeGap,
			referenceWeek: plannerScenario.referenceWeek,
			timeZone: commune.timeZone
		})
		.from(plannerScenario)
		.innerJoin(commune, eq(plannerScenario.communeId, commune.id))
		.where(eq(plannerScenario.id, scenarioId));
	if (!scenario) return null;

	const activityRows = await db
		.select()
		.from(plannerActivity)
		.where(eq(plannerActivity.scenarioId, scenarioId))
		.orderBy(asc(plannerActivity.position), asc(plannerActivity.id));
	const activities: PlanActivity[] = activityRows.map((a) => ({
		id: a.id,
		label: a.label,
		practiceId: a.practiceId,
		organisationId: a.organisationId,
		requirements: readRequirements(a.requirements),
		sessionsPerWeek: a.sessionsPerWeek,
		sessionMinutes: a.sessionMinutes,
		windows: a.windows.filter((w) => isOneOf(TIME_WINDOWS, w)),
		priority: a.priority,
		itinerant: a.itinerant
	}));

	const roomRows = await scenarioRooms(db, scenarioId);
	const week = weekInterval(scenario.referenceWeek, scenario.timeZone);
	const realRoomIds = roomRows.flatMap((r) => (r.roomId ? [r.roomId] : []));
	const occupancy = await occupancyOf(db, realRoomIds, week);

	const rooms: PlanRoom[] = roomRows.map((r) => {
		const taken = r.roomId ? (occupancy.get(r.roomId) ?? { intervals: [], organisationIds: [] }) : null;
		return {
			id: r.id,
			label: r.label,
			quartierId: r.quartierId,
			facilityId: r.facilityId,
			existing: r.roomId !== null,
			equipment: r.equipment,
			open: weeklyOpening(r.openingHours),
			busy: taken ? weeklyBusy(taken.intervals, scenario.referenceWeek, scenario.timeZone) : [],
			busyOrganisationIds: taken ? taken.organisationIds : []
		};
	});

	const upgradeRows = await db
		.select()
		.from(plannerUpgrade)
		.where(eq(plannerUpgrade.scenarioId, scenarioId))
		.orderBy(asc(plannerUpgrade.id));
	const upgrades: CandidateUpgrade[] = upgradeRows
		.filter((u) => isOneOf(UPGRADE_KINDS, u.kind))
		.map((u) => ({
			id: u.id,
			roomId: u.plannerRoomId,
			kind: u.kind as CandidateUpgrade['kind'],
			amountM2: u.amountM2,
			kitchenLevel: isOneOf(KITCHEN_LEVELS, u.kitchenLevel) ? u.kitchenLevel : null,
			cost: u.costEuros,
			label: u.label
		}));

	return {
		grid: gridOf(scenario),
		rooms,
		activities,
		upgrades,
		settings: {
			budget: scenario.budget,
			timeLimitSeconds: scenario.timeLimitSeconds,
			relativeGap: scenario.relativeGap
		}
	};
}

/** Bookings that hold their slot (pending or confirmed) and closures, per room, over the week. */
async function occupancyOf(
	db: Database,
	roomIds: readonly string[],
	week: Interval
): Promise<Map<string, { intervals: Interval[]; organisationIds: string[] }>> {
	const byRoom = new Map<string, { intervals: Interval[]; organisationIds: string[] }>();
	if (roomIds.length === 0) return byRoom;
	const entry = (roomId: string) => {
		let e = byRoom.get(roomId);
		if (!e) byRoom.set(roomId, (e = { intervals: [], organisationIds: [] }));
		return e;
	};
	const bookings = rowsOf<{ room_id: string; during: string; organisation_id: string | null }>(
		await db.execute(sql`
			SELECT room_id, during::text AS during, organisation_id
			FROM booking
			WHERE room_id IN (${sql.join(
				roomIds.map((id) => sql`${id}`),
				sql`, `
			)})
			  AND status IN ('pending', 'confirmed')
			  AND during && ${toRangeLiteral(week)}::tstzrange
			ORDER BY lower(during)`)
	);
	for (const b of bookings) {
		const e = entry(b.room_id);
		e.intervals.push(fromRangeLiteral(b.during));
		if (b.organisation_id && !e.organisationIds.includes(b.organisation_id)) e.organisationIds.push(b.organisation_id);
	}
	for (const c of await closuresOverlapping(db, roomIds, [week])) entry(c.roomId).intervals.push(c.interval);
	return byRoom;
}
