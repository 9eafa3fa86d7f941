/**
 * One HiGHS worker kept compiled and idle, so that a solve does not wait for the WebAssembly to
 * compile (about half a second here, as long as a whole 12 rooms × 40 activities solve).
 *
 * Each solve takes the spare and closes it afterwards: a model never meets a thread another
 * model used, so no solver state or grown WebAssembly memory carries over. The next spare is
 * started once the solve is over — not during it, where it would take a core from the solver —
 * and closed again after a quiet spell, so an idle server does not keep the thread for good.
 * An idle spare never keeps the process alive.
 */
import { HighsWorker } from './highs-worker.js';

/** How long an unused spare is kept. */
const IDLE_MS = 10 * 60 * 1000;

let spare: HighsWorker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

function dropSpare(): void {
	if (idleTimer) clearTimeout(idleTimer);
	idleTimer = null;
	const w = spare;
	spare = null;
	if (w) void w.close().catch(() => undefined);
}

/** Starts a spare if there is none; resolves when it is compiled (or at once when it failed). */
export async function warmHighs(): Promise<void> {
	if (!spare || spare.failed) {
		if (spare) dropSpare();
		try {
			spare = new HighsWorker();
		} catch (error) {
			console.error('solver: a spare HiGHS worker could not start', error);
			return;
		}
	}
	if (idleTimer) clearTimeout(idleTimer);
	idleTimer = setTimeout(dropSpare, IDLE_MS);
	idleTimer.unref();
	// Held while it compiles (an unheld thread's answer would not keep a waiting caller alive),
	// let go once it idles — unless a solve took it meanwhile.
	const w = spare;
	await w.ready().catch(() => undefined);
	if (spare === w) w.unref();
}

/** The spare if it is sound, otherwise a new worker (it compiles while the caller prepares). */
export function takeHighsWorker(): HighsWorker {
	let w = spare;
	spare = null;
	if (idleTimer) clearTimeout(idleTimer);
	idleTimer = null;
	if (!w || w.failed) {
		if (w) void w.close().catch(() => undefined);
		w = new HighsWorker();
	}
	w.ref();
	return w;
}
