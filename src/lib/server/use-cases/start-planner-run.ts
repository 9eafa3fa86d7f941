import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerRun } from '../db/schema.js';
import { loadScenarioProblem } from '../planner/scenario-problem.js';
import { enqueueRun, failStaleRuns } from '../planner/run-queue.js';
import type { solvePlan } from '../planner/solve.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { RunProgress } from '#lib/domain/planner/problem.js';
import { fail, ok, type Result } from '#lib/domain/result.js';

export type StartPlannerRunError = 'PLANNER.SCENARIO_NOT_FOUND' | 'PLANNER.NOTHING_TO_PLAN';

/**
 * A planner asks for a timetable: the scenario is read as the solver's problem, kept on a new
 * run (queued) exactly as it will be solved, and the solve starts in the background of this
 * process — after the runs queued before it. The answer comes back at once with the run's id;
 * the run page follows its progress.
 */
export async function startPlannerRun(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	options: { solve?: typeof solvePlan } = {}
): Promise<Result<{ runId: string }, StartPlannerRunError>> {
	assertAllowed(actor, 'planner.use');
	await failStaleRuns(ctx.db, scenarioId);
	const problem = await loadScenarioProblem(ctx.db, scenarioId);
	if (!problem) return fail('PLANNER.SCENARIO_NOT_FOUND');
	if (problem.activities.length === 0 || problem.rooms.length === 0) return fail('PLANNER.NOTHING_TO_PLAN');

	const runId = randomUUID();
	const progress: RunProgress = {
		phase: 'queued',
		elapsedMs: 0,
		timeLimitMs: problem.settings.timeLimitSeconds * 1000,
		bestObjective: null,
		bound: null,
		gap: null
	};
	await ctx.db
		.insert(plannerRun)
		.values({ id: runId, scenarioId, status: 'queued', problem, progress, requestedBy: actor.userId });
	enqueueRun(ctx.db, runId, problem, options.solve);
	return ok({ runId });
}
