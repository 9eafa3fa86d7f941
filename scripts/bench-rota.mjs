/**
 * npm run bench:rota — solve time of team rotas (issue 9): the demo restaurant's eight women,
 * then seeded restaurant-like teams of 8, 16 and 30 members (src/lib/domain/rota/generate.ts),
 * each solved by the application's own path (solveRota: greedy start, HiGHS in a worker thread
 * in three stages — coverage, fairness, comfort — then the validator), each in a child process
 * of its own so that its peak memory is its own. HiGHS is compiled beforehand in a spare
 * thread, as the server keeps one. Writes bench/results/rota.md and rota.json.
 *
 * Options: --seed=N (default 1), --limit=S time limit in seconds (default 10, the application's).
 */
import './ts-hooks.mjs';
import { answerAsChild, machineLine, resourceFigures, runChild } from './bench-support.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const seed = Number(flag('seed')?.split('=')[1] ?? 1);
const limit = Number(flag('limit')?.split('=')[1] ?? 10);

const SIZES = [{ demo: true, members: 8 }, { members: 8 }, { members: 16 }, { members: 30 }];

async function one(spec) {
	const problem = spec.demo
		? (await import('#lib/server/demo/rota-demo.js')).demoRotaProblem(spec.limit)
		: (await import('#lib/domain/rota/generate.js')).generateRota({
				seed: spec.seed,
				members: spec.members,
				timeLimitSeconds: spec.limit
			});
	const { warmHighs } = await import('#lib/server/highs/highs-spare.js');
	const w0 = performance.now();
	await warmHighs();
	const highsStartMs = Math.round(performance.now() - w0);
	const { solveRota } = await import('#lib/server/rota/solve-rota.js');
	const c0 = process.cpuUsage();
	const t0 = performance.now();
	const s = await solveRota(problem);
	const wallMs = Math.round(performance.now() - t0);
	// Checked here straight from the stated constraints, apart from the validator.
	const pickUpBreaches = s.shifts.filter((sh) =>
		problem.members
			.find((m) => m.memberId === sh.memberId)
			.unavailable.some(
				(u) => u.kind === 'school_pickup' && u.weekday === sh.weekday && u.start < sh.end && sh.start < u.end
			)
	).length;
	return {
		...spec,
		status: s.status,
		columns: s.modelSize.columns,
		rows: s.modelSize.rows,
		covered: s.score.covered,
		demand: s.score.demand,
		maxDeviation: s.score.maxDeviation,
		outsideSchoolMinutes: s.score.outsideSchoolMinutes,
		shifts: s.score.shifts,
		stageSeconds: s.stageSeconds,
		stageProven: s.stageProven,
		violations: s.violations.length,
		pickUpBreaches,
		highsStartMs,
		wallMs,
		...resourceFigures(c0)
	};
}

await answerAsChild(args, one);

const script = fileURLToPath(import.meta.url);
const results = [];
for (const size of SIZES) {
	const r = runChild(script, { ...size, seed, limit });
	results.push(r);
	process.stderr.write(`[bench] ${size.demo ? 'demo ' : ''}${size.members} members: ${r.status} ${r.wallMs} ms\n`);
}

const machine = machineLine();
const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const table = `| team | columns | rows | status | covered / need (person-half-hours) | worst gap to wished hours | minutes outside school hours | shifts | HiGHS per stage (coverage, fairness, comfort; * proven) | wall | CPU | peak RSS | violations | pick-up breaches |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${results
	.map(
		(r) =>
			`| ${r.demo ? 'demo restaurant, 8 women' : `${r.members} members (seed ${r.seed})`} | ${r.columns} | ${r.rows} | ${r.status} | ${r.covered} / ${r.demand} | ${(r.maxDeviation * 100).toFixed(1)} % | ${r.outsideSchoolMinutes} | ${r.shifts} | ${r.stageSeconds.map((s, i) => `${s.toFixed(2)}${r.stageProven[i] ? '*' : ''}`).join(' + ')} s | ${sec(r.wallMs)} | ${sec(r.cpuMs)} | ${r.peakRssMb} MB | ${r.violations} | ${r.pickUpBreaches} |`
	)
	.join('\n')}`;
const report = `# Rota benchmark (\`npm run bench:rota\`)

${machine}; seed ${seed}; time limit ${limit} s; ${new Date().toISOString().slice(0, 16)}Z. Each team solved by solveRota in a process of its own, HiGHS compiled beforehand in a spare thread as the server keeps one. Wall and CPU: the solve alone (candidate shifts, greedy start, three HiGHS stages, validation, unmet reasons). \`optimal\`: every stage proven; \`time_limit\`: the last stage stopped at its share of the time (the stages before it proven, or their best found).

${table}
`;
const dir = path.resolve('bench/results');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'rota.json'), `${JSON.stringify({ machine, seed, limit, results }, null, '\t')}\n`);
writeFileSync(path.join(dir, 'rota.md'), report);
process.stdout.write(report);
