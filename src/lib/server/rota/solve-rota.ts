/**
 * Proposes a rota: HiGHS in a worker thread (src/lib/server/highs, shared with the planner),
 * started from the greedy rota, the three objectives of mip.ts solved in turn, each held by a
 * row while the next is solved. Whatever comes out is checked by the independent validator;
 * when the solver gives nothing usable — no solution in time, an error, a crashed worker, a rota
 * the validator rejects, or one the greedy rota beats — the greedy rota is returned, labelled
 * 'greedy'.
 */
import { greedyRota } from '#lib/domain/rota/greedy.js';
import { buildRotaModel, completeRota, decodeRota, encodeRota, type RotaModel } from '#lib/domain/rota/mip.js';
import {
	compareRotaScores,
	scoreRota,
	type RotaProblem,
	type RotaScore,
	type Shift
} from '#lib/domain/rota/problem.js';
import { explainUnmet, type UnmetBlock } from '#lib/domain/rota/unmet.js';
import { validateRota, type RotaViolation } from '#lib/domain/rota/validate.js';
import { termsValue, type Terms } from '#lib/domain/sparse-model.js';
import { MODEL_STATUS, type HighsWorker } from '../highs/highs-worker.js';
import { takeHighsWorker, warmHighs } from '../highs/highs-spare.js';

export type RotaStatus = 'optimal' | 'time_limit' | 'greedy';

export interface RotaSolution {
	status: RotaStatus;
	shifts: Shift[];
	score: RotaScore;
	unmet: UnmetBlock[];
	violations: RotaViolation[];
	solveMs: number;
	modelSize: { columns: number; rows: number };
	/** Seconds HiGHS spent on each stage (coverage, fairness, comfort), and whether it proved its optimum. */
	stageSeconds: number[];
	stageProven: boolean[];
}

/**
 * Each stage's tolerance, and how much its value may move once held. Coverage is a whole number
 * (a gap below 1 is a proof). Fairness is proven to within one percentage point of relative gap
 * (a quarter of an hour in a 25-hour week): closer is noise for people, and costs the solver
 * most of its time on this degenerate min–max objective. Comfort (school hours, fewer shifts) only
 * breaks ties: 1 % is enough.
 */
const STAGES: { key: keyof RotaModel['objectives']; slack: number; absGap: number; relGap: number }[] = [
	{ key: 'coverage', slack: 0.5, absGap: 0.999, relGap: 0 },
	{ key: 'fairness', slack: 1e-6, absGap: 0.01, relGap: 0 },
	{ key: 'comfort', slack: 0.5, absGap: 0.5, relGap: 0.01 }
];

export async function solveRota(problem: RotaProblem): Promise<RotaSolution> {
	const t0 = Date.now();
	let worker: HighsWorker | null = null;
	try {
		worker = takeHighsWorker();
	} catch (error) {
		console.error('rota: the HiGHS worker could not start', error);
	}
	const model = buildRotaModel(problem);
	const greedy = greedyRota(problem, model.candidates);
	let shifts = greedy;
	let status: RotaStatus = 'greedy';
	const stageSeconds: number[] = [];
	const stageProven: boolean[] = [];
	try {
		if (!worker) throw new Error('no HiGHS worker');
		const result = await optimiseRota(worker, problem, model, greedy, t0, stageSeconds, stageProven);
		if (result) {
			shifts = result.shifts;
			status = result.proven ? 'optimal' : 'time_limit';
		} else console.warn('rota: the solver found no rota in time; the greedy rota is returned');
	} catch (error) {
		console.error('rota: the solver failed; the greedy rota is returned', error);
	} finally {
		await worker?.close().catch(() => undefined);
	}
	let violations = validateRota(problem, shifts);
	if (status !== 'greedy') {
		if (violations.length > 0)
			console.error('rota: the solver rota breaks constraints; the greedy rota is returned', violations);
		if (violations.length > 0 || compareRotaScores(scoreRota(problem, greedy), scoreRota(problem, shifts)) < 0) {
			shifts = greedy;
			status = 'greedy';
			violations = validateRota(problem, shifts);
		}
	}
	if (violations.length > 0) console.error('rota: the returned rota breaks constraints', violations);
	void warmHighs();
	return {
		status,
		shifts,
		score: scoreRota(problem, shifts),
		unmet: explainUnmet(problem, shifts),
		violations,
		solveMs: Date.now() - t0,
		modelSize: { columns: model.numCols, rows: model.rows.lower.length + stageSeconds.length },
		stageSeconds,
		stageProven
	};
}

async function optimiseRota(
	worker: HighsWorker,
	problem: RotaProblem,
	model: RotaModel,
	start: Shift[],
	t0: number,
	stageSeconds: number[],
	stageProven: boolean[]
): Promise<{ shifts: Shift[]; proven: boolean } | null> {
	// HiGHS stops a little before the limit: decoding, checking and answering take the rest.
	const limitMs = problem.settings.timeLimitSeconds * 1000;
	const deadline = t0 + limitMs - Math.min(1000, limitMs / 10);
	await worker.load(model);
	let best = encodeRota(problem, model, start);
	let proven = true;
	let solved = false;
	for (const [index, stage] of STAGES.entries()) {
		const terms: Terms = model.objectives[stage.key];
		// The fairness stage only orders rotas as good on coverage: it gets as much time as that
		// took, or three seconds, or a third of what is left, not all of it. The last stage may use
		// what remains of the organiser's time limit.
		const spent = Date.now() - t0;
		const share = Math.max(3000, spent, (deadline - Date.now()) / 3);
		const last = index === STAGES.length - 1;
		const stageDeadline = index === 0 || last ? deadline : Math.min(deadline, Date.now() + share);
		const left = (stageDeadline - Date.now()) / 1000;
		if (left <= 0.01) {
			proven = false;
			break;
		}
		const result = await worker.run(
			terms,
			{ time_limit: left, mip_rel_gap: stage.relGap, mip_abs_gap: stage.absGap, random_seed: 0 },
			best
		);
		stageSeconds.push(result.seconds);
		if (result.colValue) {
			solved = true;
			const x = completeRota(
				problem,
				model,
				result.colValue.map((v, i) => (model.integer[i] ? Math.round(v) : v))
			);
			if (termsValue(terms, x) <= termsValue(terms, best) + 1e-9) best = x;
		}
		stageProven.push(result.modelStatus === MODEL_STATUS.optimal);
		proven &&= result.modelStatus === MODEL_STATUS.optimal;
		if (index < STAGES.length - 1)
			await worker.addRows({
				lower: [-Infinity],
				upper: [termsValue(terms, best) + stage.slack],
				starts: [0, terms.indices.length],
				indices: terms.indices,
				values: terms.values
			});
	}
	return solved ? { shifts: decodeRota(problem, model, best), proven } : null;
}
