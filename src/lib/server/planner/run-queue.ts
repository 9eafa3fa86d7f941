/**
 * Planner runs of this process, one at a time: a MIP solve takes one core for up to its time
 * limit, and on a two-core machine two at once would slow each other and the web server.
 * The queue lives in memory: a run queued or running here when the process dies is left
 * behind in the database, which `failStaleRuns` settles.
 */
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { plannerRun } from '../db/schema.js';
import type { PlanProblem, RunProgress } from '#lib/domain/planner/problem.js';
import { solvePlan } from './solve.js';

type Task = () => Promise<void>;
const waiting: Task[] = [];
let busy: Promise<void> | null = null;
/** Runs this process has queued and not finished: never stale, whatever their age. */
const owned = new Set<string>();

/** Error code stored on a run its process did not finish. */
export const INTERRUPTED = 'PLANNER.INTERRUPTED';
/** How long past its time limit a run not owned here may still be another instance's live run. */
const GRACE_SECONDS = 120;

function pump() {
	if (busy) return;
	const next = waiting.shift();
	if (!next) return;
	busy = next()
		.catch((error) => console.error('planner: a run failed outside its own handling', error))
		.finally(() => {
			busy = null;
			pump();
		});
}

/** Resolves once every queued run has finished (tests, orderly shutdown). */
export async function whenIdle(): Promise<void> {
	while (busy || waiting.length > 0) await (busy ?? Promise.resolve());
}

/** Queues the solve of a run already inserted (status queued) and returns at once. */
export function enqueueRun(db: Database, runId: string, problem: PlanProblem, solve = solvePlan): void {
	owned.add(runId);
	waiting.push(() => executeRun(db, runId, problem, solve).finally(() => owned.delete(runId)));
	pump();
}

/** Writes progress at most every 500 ms, one write after another, the last one always. */
function progressWriter(db: Database, runId: string) {
	let chain = Promise.resolve();
	let last = 0;
	const write = (progress: RunProgress) => {
		chain = chain
			.then(() => db.update(plannerRun).set({ progress }).where(eq(plannerRun.id, runId)))
			.then(() => undefined)
			.catch((error) => console.error('planner: progress not written', error));
	};
	return {
		report(progress: RunProgress) {
			const now = Date.now();
			if (progress.phase === 'solving' && now - last < 500) return;
			last = now;
			write(progress);
		},
		flushed: () => chain
	};
}

async function executeRun(db: Database, runId: string, problem: PlanProblem, solve: typeof solvePlan): Promise<void> {
	await db.update(plannerRun).set({ status: 'running', startedAt: new Date() }).where(eq(plannerRun.id, runId));
	const progress = progressWriter(db, runId);
	try {
		const plan = await solve(problem, { onProgress: (p) => progress.report(p) });
		await progress.flushed();
		await db.update(plannerRun).set({ status: 'done', plan, finishedAt: new Date() }).where(eq(plannerRun.id, runId));
	} catch (error) {
		console.error('planner: run failed', runId, error);
		await progress.flushed();
		await db
			.update(plannerRun)
			.set({ status: 'failed', error: error instanceof Error ? error.message : String(error), finishedAt: new Date() })
			.where(eq(plannerRun.id, runId));
	}
}

/**
 * Marks failed (error PLANNER.INTERRUPTED) the runs still queued or running that this process
 * does not own and that are older than their time limit plus two minutes: their process died
 * (a restart, a crash) and nothing will finish them. The grace leaves another instance's live
 * run alone. Called when a run is started and when one is read, so that no run shows
 * "running" forever.
 */
export async function failStaleRuns(db: Database, scenarioId?: string): Promise<number> {
	const limit = sql`(${plannerRun.problem} #>> '{settings,timeLimitSeconds}')::int`;
	const stale = await db
		.select({ id: plannerRun.id })
		.from(plannerRun)
		.where(
			and(
				inArray(plannerRun.status, ['queued', 'running']),
				scenarioId ? eq(plannerRun.scenarioId, scenarioId) : undefined,
				lt(plannerRun.createdAt, sql`now() - make_interval(secs => ${limit} + ${GRACE_SECONDS})`)
			)
		);
	const ids = stale.map((r) => r.id).filter((id) => !owned.has(id));
	if (ids.length === 0) return 0;
	await db
		.update(plannerRun)
		.set({ status: 'failed', error: INTERRUPTED, finishedAt: new Date() })
		.where(and(inArray(plannerRun.id, ids), inArray(plannerRun.status, ['queued', 'running'])));
	return ids.length;
}
