/**
 * The lexicographic solve: served weight first, then upgrade cost, then continuity and spread,
 * each stage solved to optimality (or the time it is given), its value then held by a row while
 * the next stage is solved, every stage warm-started from the best plan so far.
 *
 * Inside each stage, the aggregated model's solution is checked room-day by room-day; sets of
 * sessions that cannot be sequenced become cuts and the stage is solved again (see model.ts).
 * Sequential stages rather than one weighted objective: weights that keep the order exact
 * (priority × 10⁴ € × rooms × days) reach 10¹⁰ and drown in the solver's tolerances.
 */
import {
	buildModel,
	completeHelpers,
	conflictCuts,
	consolidate,
	decode,
	encode,
	satisfiesModel,
	spreadOut,
	type Formulation,
	type PlannerModel
} from '#lib/domain/planner/model.js';
import type { PlannedSession, PlanProblem, PlanStatus } from '#lib/domain/planner/problem.js';
import { termsValue } from '#lib/domain/sparse-model.js';
import { HighsWorker, MODEL_STATUS, type MipProgress } from '../highs/highs-worker.js';

export interface OptimiseOptions {
	formulation?: Formulation;
	/** A plan to start from (the greedy one): HiGHS then never has less than it. */
	start?: { sessions: readonly PlannedSession[]; upgradeIds: readonly string[] } | null;
	onProgress?(p: {
		phase: 'building' | 'solving';
		elapsedMs: number;
		bestObjective: number | null;
		bound: number | null;
		gap: number | null;
	}): void;
	/** A worker the caller started earlier (so that HiGHS compiles meanwhile); closed here. */
	worker?: HighsWorker;
	/** When the caller's clock started (Date.now()): the time limit counts from there. */
	startedAt?: number;
	/** Only the first stage (served weight): the benchmark's plain model comparison. */
	firstStageOnly?: boolean;
}

export interface OptimiseResult {
	/** null when the solver gave nothing usable (the caller falls back to greedy). */
	sessions: PlannedSession[] | null;
	upgradeIds: string[];
	status: Exclude<PlanStatus, 'greedy'> | null;
	/** Relative gap of the served weight (the first objective): 0 when proven. */
	gap: number | null;
	servedWeight: number | null;
	bound: number | null;
	modelSize: { columns: number; rows: number };
	/** Solver runs (stages and re-solves after cuts) and cuts added. */
	runs: number;
	cuts: number;
	/** Seconds HiGHS spent in each run, in order. */
	runSeconds: number[];
	buildMs: number;
}

const value = termsValue;

/** The plan with nothing placed and the cheapest upgrades (none): always feasible. */
function emptyStart(model: PlannerModel): number[] {
	const x = new Array<number>(model.numCols).fill(0);
	const cheapest = new Map<number, { cost: number; column: number }>();
	for (const c of model.configurations) {
		const b = cheapest.get(c.room);
		if (!b || c.cost < b.cost) cheapest.set(c.room, c);
	}
	for (const c of cheapest.values()) x[c.column] = 1;
	return completeHelpers(model, x);
}

export async function optimise(problem: PlanProblem, options: OptimiseOptions = {}): Promise<OptimiseResult> {
	// Started first: the thread compiles HiGHS while this one builds the model. Whatever happens
	// next, it is closed (a live thread would also keep the process from exiting).
	const worker = options.worker ?? new HighsWorker();
	try {
		return await optimiseWith(worker, problem, options);
	} finally {
		await worker.close();
	}
}

async function optimiseWith(
	worker: HighsWorker,
	problem: PlanProblem,
	options: OptimiseOptions
): Promise<OptimiseResult> {
	const t0 = options.startedAt ?? Date.now();
	// HiGHS stops a little before the limit: decoding, checking and answering take the rest.
	const limitMs = problem.settings.timeLimitSeconds * 1000;
	const deadline = t0 + limitMs - Math.min(1000, limitMs / 10);
	options.onProgress?.({ phase: 'building', elapsedMs: Date.now() - t0, bestObjective: null, bound: null, gap: null });
	const buildStart = Date.now();
	const model = buildModel(problem, options.formulation ?? 'aggregated');
	const buildMs = Date.now() - buildStart;
	const size = () => ({ columns: model.numCols, rows: rowCount });
	let rowCount = model.rows.lower.length;

	const start = options.start ? encode(problem, model, options.start.sessions, options.start.upgradeIds) : null;
	let best = start ?? emptyStart(model);
	let runs = 0;
	const runSeconds: number[] = [];
	let cuts = 0;
	let firstGap: number | null = null;
	// Before HiGHS proves anything, every session asked for that has a day to go to bounds the
	// served weight: a gap is known even when the time runs out before the first bound.
	let firstBound = problem.activities.reduce((sum, a, i) => {
		const days = new Set(model.placementsOf[i]!.map((p) => model.placements[p]!.weekday)).size;
		return sum + a.priority * Math.min(a.sessionsPerWeek, days);
	}, 0);
	let proven = true;
	await worker.load(model);
	const { served, primary, continuity } = model.objectives;
	const scale = model.costScale;
	// Served weight from the first stage's objective value (cost lies in [0, scale − 1]).
	const servedOf = (objective: number) => Math.ceil(-objective / scale - 1e-9);
	const servedBoundOf = (bound: number) => Math.floor((-bound + scale - 1) / scale + 1e-9);
	const stages = options.firstStageOnly ? [primary] : [primary, continuity];
	let stageDeadline = deadline;
	for (const [index, terms] of stages.entries()) {
		let stageProven = false;
		for (;;) {
			const left = (stageDeadline - Date.now()) / 1000;
			if (left <= 0.01) break;
			runs++;
			const result = await worker.run(
				terms,
				{
					time_limit: left,
					mip_rel_gap: problem.settings.relativeGap,
					// Every stage's objective is whole (priorities, euros, counts): a gap below 1 is a proof.
					mip_abs_gap: 0.999,
					random_seed: 0
				},
				best,
				(p: MipProgress) =>
					options.onProgress?.(
						index === 0
							? {
									phase: 'solving',
									elapsedMs: Date.now() - t0,
									bestObjective: p.primal === null ? null : servedOf(p.primal),
									bound: p.dual === null ? null : servedBoundOf(p.dual),
									gap: p.gap
								}
							: // The later stage keeps the served weight: its figures stay those of the first.
								{
									phase: 'solving',
									elapsedMs: Date.now() - t0,
									bestObjective: -value(served, best),
									bound: firstBound,
									gap: firstGap
								}
					)
			);
			runSeconds.push(result.seconds);
			// Cuts only remove plans that cannot be sequenced: every run's bound holds; keep the tightest.
			if (index === 0 && result.bound !== null && Number.isFinite(result.bound))
				firstBound = Math.min(firstBound, servedBoundOf(result.bound));
			if (!result.colValue) break;
			const decoded = decode(problem, model, result.colValue);
			if (decoded.conflicts.length > 0) {
				const rows = conflictCuts(model, decoded.conflicts);
				cuts += rows.lower.length;
				rowCount += rows.lower.length;
				await worker.addRows(rows);
				// The repaired solution is feasible for the cuts; in the first stage it may beat the start.
				const repaired = completeHelpers(model, decoded.repaired);
				if (index === 0 && value(terms, repaired) < value(terms, best)) best = repaired;
				continue;
			}
			const x = completeHelpers(
				model,
				result.colValue.map((v, i) => (model.integer[i] ? Math.round(v) : v))
			);
			if (value(terms, x) <= value(terms, best) + 1e-9) best = x;
			stageProven = result.modelStatus === MODEL_STATUS.optimal;
			break;
		}
		if (index === 0) {
			// "Optimal" means within mip_rel_gap: the gap is read from the bound, not assumed 0.
			const incumbent = -value(served, best);
			firstBound = Math.max(firstBound, incumbent);
			firstGap = (firstBound - incumbent) / Math.max(1, firstBound);
		}
		proven &&= stageProven;
		// Hold this stage's value while the next ones are solved; the last needs no solve when
		// its best value is already 0 (one room per activity, no consecutive days).
		if (index < stages.length - 1) {
			const next = stages[index + 1]!;
			// The next stage starts from the best, for its objective, of the plans as good as this
			// stage's: the solver's, the start (greedy plans keep activities together), both with
			// sessions moved back into an activity's main room, and then spread over the week.
			const level = value(terms, best) + 0.5;
			for (const candidate of [best, start].filter((x): x is number[] => x !== null)) {
				const together = consolidate(problem, model, candidate);
				for (const x of [candidate, together, spreadOut(problem, model, together)])
					// Checked against the model too: a start that breaks a row would be kept as the
					// answer whenever HiGHS finds nothing better for the next objective.
					if (value(terms, x) <= level && value(next, x) < value(next, best) && satisfiesModel(model, x)) best = x;
			}
			if (value(next, best) === 0) break;
			// Continuity and spread only break ties between plans as good on the first objectives:
			// they get no more time than those took (at least two seconds), not all that is left.
			const spent = Date.now() - t0;
			stageDeadline = Math.min(deadline, Date.now() + Math.max(2000, spent));
			await worker.addRows({
				lower: [-Infinity],
				upper: [value(terms, best) + 0.5],
				starts: [0, terms.indices.length],
				indices: terms.indices,
				values: terms.values
			});
			rowCount++;
		}
	}
	const decoded = decode(problem, model, best);
	return {
		sessions: decoded.sessions,
		upgradeIds: decoded.upgradeIds,
		status: proven ? 'optimal' : 'time_limit',
		gap: firstGap,
		servedWeight: -value(model.objectives.served, best),
		bound: firstBound,
		modelSize: size(),
		runs,
		cuts,
		runSeconds,
		buildMs
	};
}
