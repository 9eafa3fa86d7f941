/**
 * npm run bench:planner — the proof of speed of issue 6, point 7: solve time, objective and gap
 * of the renovation planner against problem size.
 *
 * Each size is a seeded instance from the generator (src/lib/domain/planner/generate.ts), solved
 * by the application's own path (solvePlan: HiGHS in a worker thread from the greedy plan, the
 * validator on the result), each in a child process of its own so that its peak memory (RSS,
 * main thread and worker together) is its own. Wall time and CPU time are both reported: on a
 * shared machine the wall clock also counts other processes' turns.
 *
 * Goals: 12 rooms × 40 activities, hourly grid, with upgrades — proven optimal in under 1 s;
 * 24 rooms × 100 activities, half-hour grid, upgrade choices — within 1 % in under 10 s and 1 GB.
 *
 * Options:
 *   --plain   also solves the largest size with the plain time-indexed model (one binary per
 *             activity, room, day and start; one row per room and slot), first objective only,
 *             to a proof, beside the aggregated model on the same objective (takes minutes).
 *   --seed=N  instance seed (default 1).
 * Writes bench/results/planner.md and planner.json.
 */
import './ts-hooks.mjs';
import { answerAsChild, machineLine, resourceFigures, runChild } from './bench-support.mjs';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const seed = Number(flag('seed')?.split('=')[1] ?? 1);

/** Rooms, activities, slot minutes, time limit (s), relative gap asked for. */
const SIZES = [
	{ rooms: 3, activities: 6, slot: 60, limit: 10, askedGap: 0 },
	{ rooms: 6, activities: 15, slot: 60, limit: 10, askedGap: 0 },
	{ rooms: 12, activities: 40, slot: 60, limit: 10, askedGap: 0, goal: 'proven optimal < 1 s' },
	{ rooms: 12, activities: 40, slot: 30, limit: 10, askedGap: 0.01 },
	{ rooms: 18, activities: 70, slot: 30, limit: 10, askedGap: 0.01 },
	{ rooms: 24, activities: 100, slot: 30, limit: 10, askedGap: 0.01, goal: '≤ 1 % in < 10 s, < 1 GB' }
];

async function one(spec) {
	const { generateProblem } = await import('#lib/domain/planner/generate.js');
	const problem = generateProblem({
		seed: spec.seed,
		rooms: spec.rooms,
		activities: spec.activities,
		slotMinutes: spec.slot,
		timeLimitSeconds: spec.limit,
		relativeGap: spec.askedGap
	});
	const demand = problem.activities.reduce((s, a) => s + a.priority * a.sessionsPerWeek, 0);
	// As in the application after its first solve (highs-spare.ts): HiGHS is already compiled in
	// a spare thread. Its start-up is timed apart — a server's very first solve pays it once.
	let highsStartMs = null;
	if (spec.mode === 'app') {
		const { warmHighs } = await import('#lib/server/highs/highs-spare.js');
		const w0 = performance.now();
		await warmHighs();
		highsStartMs = Math.round(performance.now() - w0);
	}
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	let out;
	if (spec.mode === 'app') {
		const { solvePlan } = await import('#lib/server/planner/solve.js');
		const plan = await solvePlan(problem);
		out = {
			status: plan.status,
			gap: plan.gap,
			servedWeight: plan.score.servedWeight,
			upgradeCost: plan.score.upgradeCost,
			extraRooms: plan.score.extraRooms,
			columns: plan.modelSize.columns,
			rows: plan.modelSize.rows,
			violations: plan.violations.length
		};
	} else {
		// First objective only (served weight, then cost), to a proof: the two formulations compared.
		const { optimise } = await import('#lib/server/planner/optimise.js');
		const r = await optimise(problem, { formulation: spec.mode, firstStageOnly: true });
		out = {
			status: r.status,
			gap: r.gap,
			servedWeight: r.servedWeight,
			upgradeCost: null,
			extraRooms: null,
			columns: r.modelSize.columns,
			rows: r.modelSize.rows,
			violations: null,
			cuts: r.cuts,
			runs: r.runs
		};
	}
	const wallMs = Math.round(performance.now() - t0);
	return {
		...spec,
		...out,
		demand,
		highsStartMs,
		wallMs,
		...resourceFigures(c0)
	};
}

await answerAsChild(args, one);

const script = fileURLToPath(import.meta.url);
const run = (spec) => runChild(script, spec);

const results = [];
for (const size of SIZES) {
	const r = run({ ...size, seed, mode: 'app' });
	results.push(r);
	process.stderr.write(`[bench] ${size.rooms}×${size.activities} /${size.slot}: ${r.status} ${r.wallMs} ms\n`);
}
const jsonPath = path.resolve('bench/results/planner.json');
// The plain model's figures take minutes: a run without --plain keeps the last ones measured.
const previous = existsSync(jsonPath) ? JSON.parse(readFileSync(jsonPath, 'utf8')) : null;
let plain = [];
let plainMeasured = new Date().toISOString().slice(0, 16);
if (!flag('plain') && previous?.plain?.length) {
	plain = previous.plain;
	plainMeasured = previous.plainMeasured ?? 'earlier';
}
if (flag('plain')) {
	const largest = SIZES.at(-1);
	for (const mode of ['aggregated', 'time-indexed']) {
		const r = run({ ...largest, seed, mode, limit: 900, askedGap: 0 });
		plain.push(r);
		process.stderr.write(`[bench] first objective, ${mode}: ${r.status} ${r.wallMs} ms\n`);
	}
}

const pct = (g) => (g === null || g === undefined ? '—' : `${(g * 100).toFixed(2)} %`);
const machine = machineLine();
/** Whether a size with a goal met it in this run: wall time, proof or gap, memory. */
const met = (r) => {
	if (!r.goal) return '';
	const ok =
		r.askedGap === 0
			? r.status === 'optimal' && r.gap === 0 && r.wallMs < 1000
			: r.gap !== null && r.gap <= 0.01 && r.wallMs < 10_000 && r.peakRssMb < 1024;
	return `${r.goal}: ${ok ? 'met' : 'missed'}`;
};
const table = `| rooms × activities | grid | time limit | gap asked | columns | rows | status | served weight / demand | gap | upgrade € | extra rooms | HiGHS start | wall | CPU | peak RSS | violations | goal |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${results
	.map(
		(r) =>
			`| ${r.rooms} × ${r.activities} | ${r.slot} min | ${r.limit} s | ${pct(r.askedGap)} | ${r.columns} | ${r.rows} | ${r.status} | ${r.servedWeight} / ${r.demand} | ${pct(r.gap)} | ${r.upgradeCost} | ${r.extraRooms} | ${(r.highsStartMs / 1000).toFixed(2)} s | ${(r.wallMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.peakRssMb} MB | ${r.violations} | ${met(r)} |`
	)
	.join('\n')}`;
const plainTable = plain.length
	? `

First objective only (served weight, then upgrade cost), proven optimal, ${SIZES.at(-1).rooms} rooms × ${SIZES.at(-1).activities} activities, ${SIZES.at(-1).slot}-minute grid (measured ${plainMeasured}Z with \`--plain\`):

| model | columns | rows | status | served weight | gap | cuts | wall | CPU | peak RSS |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${plain
	.map(
		(r) =>
			`| ${r.mode} | ${r.columns} | ${r.rows} | ${r.status} | ${r.servedWeight} | ${pct(r.gap)} | ${r.cuts} | ${(r.wallMs / 1000).toFixed(2)} s | ${(r.cpuMs / 1000).toFixed(2)} s | ${r.peakRssMb} MB |`
	)
	.join('\n')}`
	: '';
const report = `# Planner benchmark (\`npm run bench:planner${flag('plain') ? ' -- --plain' : ''}\`)

${machine}; seed ${seed}; ${new Date().toISOString().slice(0, 16)}Z. Each size solved by solvePlan in a process of its own, HiGHS compiled beforehand in a spare thread as the server keeps one (\`HiGHS start\`: that compilation, paid once by a server's first solve). Wall and CPU: the solve alone (greedy start, model, HiGHS, validation).

${table}${plainTable}
`;
const dir = path.resolve('bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(jsonPath, `${JSON.stringify({ machine, seed, results, plain, plainMeasured }, null, '\t')}\n`);
writeFileSync(path.join(dir, 'planner.md'), report);
process.stdout.write(report);
