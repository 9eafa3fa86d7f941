/**
 * The lexicographic solve: served weight first, then upgrade cost, then continuity and spread,
 * each stage solved to optimality (or the time left), its value then held by a row while the
 * next stage is solved, every stage warm-started from the best plan so far.
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
	type Formulation,
	type PlannerModel,
	type Terms
} from '#lib/domain/planner/model.js';
import type { PlannedSession, PlanProblem, PlanStatus } from '#lib/domain/planner/problem.js';
import { HighsWorker, MODEL_STATUS, type MipProgress } from './highs-worker.js';

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

const value = (terms: Terms, x: ArrayLike<number>) =>
	terms.indices.reduce((s, c, k) => s + terms.values[k]! * x[c]!, 0);

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
	const t0 = Date.now();
	const deadline = t0 + problem.settings.timeLimitSeconds * 1000;
	options.onProgress?.({ phase: 'building', elapsedMs: 0, bestObjective: null, bound: null, gap: null });
	// Started first: the thread compiles HiGHS while this one builds the model.
	const worker = new HighsWorker();
	const model = buildModel(problem, options.formulation ?? 'aggregated');
	const buildMs = Date.now() - t0;
	const size = () => ({ columns: model.numCols, rows: rowCount });
	let rowCount = model.rows.lower.length;

	let best =
		(options.start && encode(problem, model, options.start.sessions, options.start.upgradeIds)) || emptyStart(model);
	let runs = 0;
	const runSeconds: number[] = [];
	let cuts = 0;
	let firstGap: number | null = null;
	let firstBound: number | null = null;
	let proven = true;
	try {
		await worker.load(model);
		const { served, primary, continuity } = model.objectives;
		const scale = model.costScale;
		// Served weight from the first stage's objective value (cost lies in [0, scale − 1]).
		const servedOf = (objective: number) => Math.ceil(-objective / scale - 1e-9);
		const servedBoundOf = (bound: number) => Math.floor((-bound + scale - 1) / scale + 1e-9);
		const stages = options.firstStageOnly ? [primary] : [primary, continuity];
		for (const [index, terms] of stages.entries()) {
			let stageProven = false;
			for (;;) {
				const left = (deadline - Date.now()) / 1000;
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
					(p: MipProgress) => {
						if (index !== 0) return;
						options.onProgress?.({
							phase: 'solving',
							elapsedMs: Date.now() - t0,
							bestObjective: p.primal === null ? null : servedOf(p.primal),
							bound: p.dual === null ? null : servedBoundOf(p.dual),
							gap: p.gap
						});
					}
				);
				runSeconds.push(result.seconds);
				// Cuts only remove plans that cannot be sequenced: every run's bound holds; keep the tightest.
				if (index === 0 && result.bound !== null && Number.isFinite(result.bound))
					firstBound = Math.min(firstBound ?? Infinity, servedBoundOf(result.bound));
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
				if (firstBound !== null) {
					firstBound = Math.max(firstBound, incumbent);
					firstGap = (firstBound - incumbent) / Math.max(1, firstBound);
				}
			}
			proven &&= stageProven;
			// Hold this stage's value while the next ones are solved; the last needs no solve when
			// its best value is already 0 (one room per activity, no consecutive days).
			if (index < stages.length - 1) {
				const next = stages[index + 1]!;
				const polished = consolidate(problem, model, best);
				if (value(next, polished) < value(next, best)) best = polished;
				if (value(next, best) === 0) break;
				const v = value(terms, best);
				await worker.addRows({
					lower: [-Infinity],
					upper: [v + 0.5],
					starts: [0, terms.indices.length],
					indices: terms.indices,
					values: terms.values
				});
				rowCount++;
			}
		}
	} finally {
		await worker.close();
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
