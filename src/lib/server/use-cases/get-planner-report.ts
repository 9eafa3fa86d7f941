import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadScenarioNeeds } from '../planner/runs.js';
import { getPlannerRun } from './get-planner-run.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The programme report of a finished run, for the architect's brief: the run's results and the
 * needs of the scenario's quartiers (counted by theme, the most supported first). Null when the
 * run does not exist or has no plan yet: a report of nothing would mislead.
 */
export async function getPlannerReport(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; runId: string }
) {
	assertAllowed(actor, 'planner.use');
	const view = await getPlannerRun(ctx, actor, input);
	if (!view?.results) return null;
	const needs = await loadScenarioNeeds(ctx.db, input.scenarioId);
	return { run: view.run, results: view.results, needs };
}

export type PlannerReport = NonNullable<Awaited<ReturnType<typeof getPlannerReport>>>;
