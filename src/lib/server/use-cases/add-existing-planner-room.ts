import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { facility, plannerRoom, room } from '../db/schema.js';
import { findScenario, nextRoomPosition, notFound, touchScenario, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * Adds one of the commune's rooms to a scenario. Only a reference is stored: the room is read as
 * it is when the scenario is solved, with its bookings of the reference week as fixed occupancy.
 */
export async function addExistingPlannerRoom(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult<{ id: string }>> {
	assertAllowed(actor, 'planner.use');
	const roomId = typeof values.roomId === 'string' ? values.roomId.trim() : '';
	if (!roomId) return { ok: false, fieldErrors: { roomId: 'FIELD.REQUIRED' } };
	return ctx.db.transaction(async (tx) => {
		const scenario = await findScenario(tx, scenarioId);
		if (!scenario) return notFound();
		const [r] = await tx
			.select({ id: room.id, name: room.name, facilityName: facility.name, quartierId: facility.quartierId })
			.from(room)
			.innerJoin(facility, eq(facility.id, room.facilityId))
			.where(and(eq(room.id, roomId), eq(facility.communeId, scenario.communeId)))
			.limit(1);
		if (!r) return { ok: false as const, fieldErrors: { roomId: 'CHOICE.INVALID' } };
		const [already] = await tx
			.select({ id: plannerRoom.id })
			.from(plannerRoom)
			.where(and(eq(plannerRoom.scenarioId, scenarioId), eq(plannerRoom.roomId, roomId)))
			.limit(1);
		if (already) return { ok: false as const, fieldErrors: { roomId: 'PLANNER.ROOM_ALREADY_ADDED' } };
		const id = randomUUID();
		await tx.insert(plannerRoom).values({
			id,
			scenarioId,
			position: await nextRoomPosition(tx, scenarioId),
			roomId: r.id,
			label: `${r.name} — ${r.facilityName}`,
			quartierId: r.quartierId
		});
		await touchScenario(tx, scenarioId);
		return { ok: true as const, id };
	});
}
