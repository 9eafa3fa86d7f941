import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerActivity } from '../db/schema.js';
import { touchScenario, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Takes an activity out of a scenario (past runs keep it: they hold their own copy of the problem). */
export async function removePlannerActivity(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; activityId: string }
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	return ctx.db.transaction(async (tx) => {
		const removed = await tx
			.delete(plannerActivity)
			.where(and(eq(plannerActivity.id, input.activityId), eq(plannerActivity.scenarioId, input.scenarioId)))
			.returning({ id: plannerActivity.id });
		if (removed.length === 0) return { ok: false as const, fieldErrors: { form: 'PLANNER.ACTIVITY_NOT_FOUND' } };
		await touchScenario(tx, input.scenarioId);
		return { ok: true as const };
	});
}
