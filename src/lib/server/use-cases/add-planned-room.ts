import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerRoom } from '../db/schema.js';
import { findScenario, nextRoomPosition, notFound, touchScenario, type EditResult } from '../planner/editor.js';
import { quartierOfScenarioCommune } from '../planner/rooms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parsePlannedRoomForm } from '#lib/domain/planner/scenario-forms.js';

/** A room that does not exist yet, described as the programme would build it. */
export async function addPlannedRoom(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult<{ id: string }>> {
	assertAllowed(actor, 'planner.use');
	const form = parsePlannedRoomForm(values);
	if (!form.ok) return form;
	return ctx.db.transaction(async (tx) => {
		const scenario = await findScenario(tx, scenarioId);
		if (!scenario) return notFound();
		if (form.data.quartierId && !(await quartierOfScenarioCommune(tx, scenario.communeId, form.data.quartierId)))
			return { ok: false as const, fieldErrors: { quartierId: 'CHOICE.INVALID' } };
		const id = randomUUID();
		await tx.insert(plannerRoom).values({
			id,
			scenarioId,
			position: await nextRoomPosition(tx, scenarioId),
			roomId: null,
			label: form.data.label,
			quartierId: form.data.quartierId,
			equipment: form.data.equipment,
			openingHours: form.data.openingHours
		});
		await touchScenario(tx, scenarioId);
		return { ok: true as const, id };
	});
}
