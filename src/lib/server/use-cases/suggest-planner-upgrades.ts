import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerActivity, plannerUpgrade } from '../db/schema.js';
import { findScenario, notFound, touchScenario, type EditResult } from '../planner/editor.js';
import { scenarioRooms } from '../planner/rooms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { readRequirements } from '#lib/domain/planner/stored.js';
import { suggestUpgrades } from '#lib/domain/planner/upgrade-costs.js';
import { isOneOf, KITCHEN_LEVELS } from '#lib/domain/vocabulary.js';
import { UPGRADE_KINDS } from '#lib/domain/planner/problem.js';

/**
 * Lists, as candidate upgrades, what would close the fit gaps between the scenario's activities
 * and rooms, priced from the default table. The planner then removes what she does not want;
 * the solver buys only what serves demand within the budget.
 */
export async function suggestPlannerUpgrades(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string
): Promise<EditResult<{ added: number }>> {
	assertAllowed(actor, 'planner.use');
	return ctx.db.transaction(async (tx) => {
		if (!(await findScenario(tx, scenarioId))) return notFound();
		const rooms = await scenarioRooms(tx, scenarioId);
		const activities = (
			await tx
				.select({ id: plannerActivity.id, requirements: plannerActivity.requirements })
				.from(plannerActivity)
				.where(eq(plannerActivity.scenarioId, scenarioId))
		).map((a) => ({ id: a.id, requirements: readRequirements(a.requirements) }));
		const listed = (await tx.select().from(plannerUpgrade).where(eq(plannerUpgrade.scenarioId, scenarioId))).flatMap(
			(u) =>
				isOneOf(UPGRADE_KINDS, u.kind)
					? [
							{
								roomId: u.plannerRoomId,
								kind: u.kind,
								amountM2: u.amountM2,
								kitchenLevel: isOneOf(KITCHEN_LEVELS, u.kitchenLevel) ? u.kitchenLevel : null
							}
						]
					: []
		);
		const suggested = suggestUpgrades(rooms, activities, listed);
		if (suggested.length > 0) {
			await tx.insert(plannerUpgrade).values(
				suggested.map((s) => ({
					id: randomUUID(),
					scenarioId,
					plannerRoomId: s.roomId,
					kind: s.kind,
					amountM2: s.amountM2,
					kitchenLevel: s.kitchenLevel,
					costEuros: s.cost,
					label: ''
				}))
			);
			await touchScenario(tx, scenarioId);
		}
		return { ok: true as const, added: suggested.length };
	});
}
