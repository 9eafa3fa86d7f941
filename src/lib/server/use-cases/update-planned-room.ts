import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerRoom } from '../db/schema.js';
import { findScenario, notFound, touchScenario, type EditResult } from '../planner/editor.js';
import { quartierOfScenarioCommune } from '../planner/rooms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parsePlannedRoomForm } from '#lib/domain/planner/scenario-forms.js';

/** A planned room's label, quartier, equipment and opening hours (existing rooms are edited by their managers). */
export async function updatePlannedRoom(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; plannerRoomId: string },
	values: Record<string, unknown>
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	const form = parsePlannedRoomForm(values);
	if (!form.ok) return form;
	return ctx.db.transaction(async (tx) => {
		const scenario = await findScenario(tx, input.scenarioId);
		if (!scenario) return notFound();
		if (form.data.quartierId && !(await quartierOfScenarioCommune(tx, scenario.communeId, form.data.quartierId)))
			return { ok: false as const, fieldErrors: { quartierId: 'CHOICE.INVALID' } };
		const updated = await tx
			.update(plannerRoom)
			.set({
				label: form.data.label,
				quartierId: form.data.quartierId,
				equipment: form.data.equipment,
				openingHours: form.data.openingHours
			})
			.where(
				and(
					eq(plannerRoom.id, input.plannerRoomId),
					eq(plannerRoom.scenarioId, input.scenarioId),
					isNull(plannerRoom.roomId)
				)
			)
			.returning({ id: plannerRoom.id });
		if (updated.length === 0) return { ok: false as const, fieldErrors: { form: 'PLANNER.ROOM_NOT_FOUND' } };
		await touchScenario(tx, input.scenarioId);
		return { ok: true as const };
	});
}
