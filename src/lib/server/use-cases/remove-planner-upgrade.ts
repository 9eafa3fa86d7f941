import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerUpgrade } from '../db/schema.js';
import { touchScenario, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Drops a candidate upgrade (a suggestion the planner does not keep, or one typed by mistake). */
export async function removePlannerUpgrade(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; upgradeId: string }
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	return ctx.db.transaction(async (tx) => {
		const removed = await tx
			.delete(plannerUpgrade)
			.where(and(eq(plannerUpgrade.id, input.upgradeId), eq(plannerUpgrade.scenarioId, input.scenarioId)))
			.returning({ id: plannerUpgrade.id });
		if (removed.length === 0) return { ok: false as const, fieldErrors: { form: 'PLANNER.UPGRADE_NOT_FOUND' } };
		await touchScenario(tx, input.scenarioId);
		return { ok: true as const };
	});
}
