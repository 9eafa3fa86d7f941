/**
 * What the solver benchmarks (bench-planner.mjs, bench-rota.mjs) share: each size runs in a
 * child process of its own — the same script with --one=<spec> — so that its peak memory is its
 * own, and every report names the machine and its load.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** The --one=<spec> argument of a child run, parsed; null in the parent. */
export function childSpec(args) {
	const arg = args.find((a) => a.startsWith('--one='));
	return arg ? JSON.parse(decodeURIComponent(arg.slice('--one='.length))) : null;
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
