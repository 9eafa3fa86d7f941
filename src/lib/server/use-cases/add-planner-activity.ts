import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerActivity, practice } from '../db/schema.js';
import { activityFromPractice, practiceActivityColumns } from '../planner/practice-activity.js';
import {
	findScenario,
	nextActivityPosition,
	notFound,
	scenarioQuartierIds,
	themeDemand,
	touchScenario,
	type EditResult
} from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { ServableDemand } from '#lib/domain/planner/servable-demand.js';
import { gridOf } from '#lib/domain/planner/problem.js';

/**
 * Adds a published practice of the catalogue to a scenario as an activity: its requirements and
 * time pattern are copied (then edited in the scenario, never in the catalogue), and its priority
 * starts from residents' support for its themes in the scenario's quartiers. Its weekly demand is
 * brought within what its windows can serve on the scenario's grid (servable-demand.ts), and what
 * was changed is returned, for the editor to tell the planner.
 */
export async function addPlannerActivity(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult<{ id: string; adjusted: ServableDemand['adjusted'] }>> {
	assertAllowed(actor, 'planner.use');
	const practiceId = typeof values.practiceId === 'string' ? values.practiceId.trim() : '';
	if (!practiceId) return { ok: false, fieldErrors: { practiceId: 'FIELD.REQUIRED' } };
	return ctx.db.transaction(async (tx) => {
		const scenario = await findScenario(tx, scenarioId);
		if (!scenario) return notFound();
		const [p] = await tx
			.select(practiceActivityColumns)
			.from(practice)
			.where(and(eq(practice.id, practiceId), eq(practice.status, 'published')))
			.limit(1);
		if (!p) return { ok: false as const, fieldErrors: { practiceId: 'CHOICE.INVALID' } };
		const demand = await themeDemand(tx, await scenarioQuartierIds(tx, scenarioId));
		const { values: activity, adjusted } = activityFromPractice(p, gridOf(scenario), demand);
		const id = randomUUID();
		await tx.insert(plannerActivity).values({
			id,
			scenarioId,
			position: await nextActivityPosition(tx, scenarioId),
			...activity
		});
		await touchScenario(tx, scenarioId);
		return { ok: true as const, id, adjusted };
	});
}
