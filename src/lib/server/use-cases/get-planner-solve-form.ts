import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerScenario } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

export interface PlannerSolveForm {
	id: string;
	name: string;
	timeLimitSeconds: number;
}

/** What the "solve" page shows before a run is asked for; null when there is no such scenario. */
export async function getPlannerSolveForm(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string
): Promise<PlannerSolveForm | null> {
	assertAllowed(actor, 'planner.use');
	const [row] = await ctx.db
		.select({ id: plannerScenario.id, name: plannerScenario.name, timeLimitSeconds: plannerScenario.timeLimitSeconds })
		.from(plannerScenario)
		.where(eq(plannerScenario.id, scenarioId));
	return row ?? null;
}
