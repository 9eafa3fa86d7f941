import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerRoom } from '../db/schema.js';
import { touchScenario, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Takes a room out of a scenario, with its candidate upgrades (the room itself is untouched). */
export async function removePlannerRoom(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; plannerRoomId: string }
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	return ctx.db.transaction(async (tx) => {
		const removed = await tx
			.delete(plannerRoom)
			.where(and(eq(plannerRoom.id, input.plannerRoomId), eq(plannerRoom.scenarioId, input.scenarioId)))
			.returning({ id: plannerRoom.id });
		if (removed.length === 0) return { ok: false as const, fieldErrors: { form: 'PLANNER.ROOM_NOT_FOUND' } };
		await touchScenario(tx, input.scenarioId);
		return { ok: true as const };
	});
}
