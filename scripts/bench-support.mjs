/**
 * What the solver benchmarks (bench-planner.mjs, bench-rota.mjs) share: each size runs in a
 * child process of its own — the same script with --one=<spec> — so that its peak memory is its
 * own, and every report names the machine and its load.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** In a child run (--one=<spec>): measures `one(spec)`, prints its JSON and exits. In the parent: nothing. */
export async function answerAsChild(args, one) {
	const arg = args.find((a) => a.startsWith('--one='));
	if (!arg) return;
	const result = await one(JSON.parse(decodeURIComponent(arg.slice('--one='.length))));
	process.stdout.write(`${JSON.stringify(result)}\n`);
	process.exit(0);
}

/** CPU time since `start` (a process.cpuUsage()) and the peak memory of this process. */
export function resourceFigures(start) {
	const cpu = process.cpuUsage(start);
	return {
		cpuMs: Math.round((cpu.user + cpu.system) / 1000),
		peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)
	};
}

/** Runs `script --one=<spec>` in a new Node process and returns the JSON of its last output line. */
export function runChild(script, spec) {
	const line = execFileSync(process.execPath, [script, `--one=${encodeURIComponent(JSON.stringify(spec))}`], {
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 1 << 20
	})
		.trim()
		.split('\n')
		.at(-1);
	return JSON.parse(line);
}

export const machineLine = () =>
	`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load ${os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ')}`;
