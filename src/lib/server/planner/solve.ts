/**
 * Solves a planner problem: HiGHS in a worker thread (optimise.ts) started from the greedy
 * plan, the solver's status always read, and whatever comes out checked by the independent
 * validator before anyone sees it. When the solver gives nothing usable — no solution, an
 * error, a crashed worker, or a plan the validator rejects — the greedy plan is returned,
 * labelled 'greedy'.
 */
import type { Formulation } from '#lib/domain/planner/model.js';
import type { Plan, PlannedSession, PlanProblem, PlanStatus, RunProgress } from '#lib/domain/planner/problem.js';
import { greedyPlan } from '#lib/domain/planner/greedy.js';
import { compareScores, scorePlan } from '#lib/domain/planner/score.js';
import { explainUnmet } from '#lib/domain/planner/unmet.js';
import { validatePlan } from '#lib/domain/planner/validate.js';
import type { HighsWorker } from '../highs/highs-worker.js';
import { takeHighsWorker, warmHighs } from '../highs/highs-spare.js';
import { optimise } from './optimise.js';

export interface SolveOptions {
	onProgress?(p: RunProgress): void;
	/** The benchmark compares the plain time-indexed model; the application uses the default. */
	formulation?: Formulation;
}

export async function solvePlan(problem: PlanProblem, options: SolveOptions = {}): Promise<Plan> {
	const t0 = Date.now();
	const timeLimitMs = problem.settings.timeLimitSeconds * 1000;
	const report = (p: Omit<RunProgress, 'elapsedMs' | 'timeLimitMs'>) =>
		options.onProgress?.({ ...p, elapsedMs: Date.now() - t0, timeLimitMs });

	// A compiled spare when there is one; otherwise the worker compiles HiGHS on its thread
	// while this one makes the greedy plan.
	let worker: HighsWorker | null = null;
	try {
		worker = takeHighsWorker();
	} catch (error) {
		console.error('planner: the HiGHS worker could not start', error);
	}
	const greedy = greedyPlan(problem);
	let sessions: PlannedSession[] = greedy.sessions;
	let upgradeIds: string[] = greedy.upgradeIds;
	let status: PlanStatus = 'greedy';
	let gap: number | null = null;
	let modelSize = { columns: 0, rows: 0 };
	try {
		if (!worker) throw new Error('no HiGHS worker');
		const result = await optimise(problem, {
			worker,
			formulation: options.formulation,
			start: greedy,
			startedAt: t0,
			onProgress: (p) => report({ phase: p.phase, bestObjective: p.bestObjective, bound: p.bound, gap: p.gap })
		});
		modelSize = result.modelSize;
		if (result.sessions && result.status) {
			sessions = result.sessions;
			upgradeIds = result.upgradeIds;
			status = result.status;
			gap = result.gap;
		} else console.warn('planner: the solver found no plan in time; the greedy plan is returned');
	} catch (error) {
		console.error('planner: the solver failed; the greedy plan is returned', error);
	}

	report({ phase: 'checking', bestObjective: null, bound: null, gap });
	let violations = validatePlan(problem, sessions, upgradeIds);
	if (status !== 'greedy') {
		const fallback = () => {
			sessions = greedy.sessions;
			upgradeIds = greedy.upgradeIds;
			status = 'greedy';
			gap = null;
			violations = validatePlan(problem, sessions, upgradeIds);
		};
		if (violations.length > 0) {
			console.error('planner: the solver plan breaks constraints; the greedy plan is returned', violations);
			fallback();
		} else if (
			compareScores(scorePlan(problem, greedy.sessions, greedy.upgradeIds), scorePlan(problem, sessions, upgradeIds)) <
			0
		) {
			// Only possible when the time ran out before HiGHS reached the greedy plan's level.
			console.warn('planner: the greedy plan beats the solver plan found in time; the greedy plan is returned');
			fallback();
		}
	}
	if (violations.length > 0) console.error('planner: the returned plan breaks constraints', violations);
	// The next solve (a what-if, a variant) will not wait for HiGHS to compile.
	void warmHighs();
	return {
		status,
		gap,
		sessions,
		upgradeIds,
		unmet: explainUnmet(problem, sessions, upgradeIds),
		score: scorePlan(problem, sessions, upgradeIds),
		solveMs: Date.now() - t0,
		modelSize,
		violations
	};
}
