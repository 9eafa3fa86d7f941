import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadNames, loadRun } from '../planner/runs.js';
import { failStaleRuns } from '../planner/run-queue.js';
import { activitySummary, planTotals, roomStats, spaceProgramme, timetable } from '#lib/domain/planner/results.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * A run as its page shows it: while it runs, its progress; once done, the plan read through the
 * results module (figures per room, timetable, programme, totals) with the names it refers to.
 * Null when there is no such run under that scenario.
 */
export async function getPlannerRun(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; runId: string }
) {
	assertAllowed(actor, 'planner.use');
	let run = await loadRun(ctx.db, input.scenarioId, input.runId);
	if (!run) return null;
	// A run whose process died would show "running" for ever: settled here as on a new start.
	if ((run.status === 'queued' || run.status === 'running') && (await failStaleRuns(ctx.db, input.scenarioId)) > 0)
		run = (await loadRun(ctx.db, input.scenarioId, input.runId)) ?? run;
	const { problem, plan } = run;
	const results =
		run.status === 'done' && problem && plan
			? {
					problem,
					plan,
					names: await loadNames(ctx.db, problem),
					rooms: roomStats(problem, plan),
					timetable: timetable(problem, plan),
					programme: spaceProgramme(problem, plan),
					totals: planTotals(problem, plan),
					activities: activitySummary(problem, plan)
				}
			: null;
	return { run: { ...run, problem: undefined, plan: undefined }, results };
}

export type PlannerRunView = NonNullable<Awaited<ReturnType<typeof getPlannerRun>>>;
export type PlannerResults = NonNullable<PlannerRunView['results']>;
