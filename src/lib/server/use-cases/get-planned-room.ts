import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { quartier, quartierCommune } from '../db/schema.js';
import { findScenario, scenarioQuartierIds } from '../planner/editor.js';
import { scenarioRooms } from '../planner/rooms.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The planned-room form: the quartiers it may be in (the scenario's commune's, the scenario's
 * own first) and, when editing, the room as designed so far. Null when the scenario (or the
 * planned room asked for) does not exist.
 */
export async function getPlannedRoom(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; plannerRoomId?: string }
) {
	assertAllowed(actor, 'planner.use');
	const scenario = await findScenario(ctx.db, input.scenarioId);
	if (!scenario) return null;
	let room = null;
	if (input.plannerRoomId) {
		room = (await scenarioRooms(ctx.db, scenario.id)).find((r) => r.id === input.plannerRoomId && r.roomId === null);
		if (!room) return null;
	}
	const selected = new Set(await scenarioQuartierIds(ctx.db, scenario.id));
	const quartiers = (
		await ctx.db
			.select({ id: quartier.id, name: quartier.name })
			.from(quartierCommune)
			.innerJoin(quartier, eq(quartier.id, quartierCommune.quartierId))
			.where(eq(quartierCommune.communeId, scenario.communeId))
			.orderBy(asc(quartier.name))
	).sort((a, b) => Number(selected.has(b.id)) - Number(selected.has(a.id)));
	return { scenario: { id: scenario.id, name: scenario.name }, room, quartiers };
}
