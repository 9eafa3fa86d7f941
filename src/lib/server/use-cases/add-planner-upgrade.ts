import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerUpgrade } from '../db/schema.js';
import { findScenario, notFound, touchScenario, type EditResult } from '../planner/editor.js';
import { scenarioRooms } from '../planner/rooms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm } from '#lib/domain/account-forms.js';
import { upgradeForm } from '#lib/domain/planner/scenario-forms.js';
import { areaCost, DEFAULT_UNIT_PRICES, defaultUpgradeCost, isAreaKind } from '#lib/domain/planner/upgrade-costs.js';
import { KITCHEN_LEVELS } from '#lib/domain/vocabulary.js';

/**
 * A candidate upgrade of one of the scenario's rooms, with its cost: "+N m² at P €/m²" is worked
 * out, a kitchen or a fitting takes the default price unless a cost is typed (a quote).
 */
export async function addPlannerUpgrade(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult<{ id: string }>> {
	assertAllowed(actor, 'planner.use');
	const form = parseForm(upgradeForm, values);
	if (!form.ok) return form;
	const u = form.data;
	return ctx.db.transaction(async (tx) => {
		if (!(await findScenario(tx, scenarioId))) return notFound();
		const room = (await scenarioRooms(tx, scenarioId)).find((r) => r.id === u.plannerRoomId);
		if (!room) return { ok: false as const, fieldErrors: { plannerRoomId: 'CHOICE.INVALID' } };
		const kitchenLevel = u.kind === 'kitchen' ? (u.kitchenLevel as 'reheating' | 'full') : null;
		// A kitchen "upgrade" to the level the room already has (or lower) would be paid for nothing.
		if (kitchenLevel && KITCHEN_LEVELS.indexOf(kitchenLevel) <= KITCHEN_LEVELS.indexOf(room.equipment.kitchenLevel))
			return { ok: false as const, fieldErrors: { kitchenLevel: 'PLANNER.KITCHEN_NOT_HIGHER' } };
		if (!isAreaKind(u.kind) && u.kind !== 'kitchen' && room.equipment[u.kind])
			return { ok: false as const, fieldErrors: { kind: 'PLANNER.ALREADY_EQUIPPED' } };
		const amountM2 = isAreaKind(u.kind) ? (u.amountM2 ?? 0) : 0;
		const cost =
			u.costEuros ??
			(isAreaKind(u.kind)
				? areaCost(amountM2, u.unitPrice ?? DEFAULT_UNIT_PRICES[u.kind])
				: defaultUpgradeCost({ kind: u.kind, amountM2, kitchenLevel }, room.equipment));
		const id = randomUUID();
		await tx.insert(plannerUpgrade).values({
			id,
			scenarioId,
			plannerRoomId: room.id,
			kind: u.kind,
			amountM2,
			kitchenLevel,
			costEuros: cost,
			label: u.label
		});
		await touchScenario(tx, scenarioId);
		return { ok: true as const, id };
	});
}
