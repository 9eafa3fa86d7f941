/**
 * HiGHS in a worker thread, behind a small message protocol: load a model, add rows, run with a
 * given objective and start. `solve()` blocks its thread for as long as it searches, so it must
 * never run on the thread that answers web requests.
 *
 * The worker's code is a string run with `eval: true` rather than a file: Vite bundles the
 * server into build/ and would not emit a separate worker module, while a string travels with
 * whichever bundle imports it (vitest, the built server, the benchmark). It `require`s HiGHS
 * by the path resolved in the parent, so node_modules is found from wherever the code runs.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Rows, Terms } from '#lib/domain/sparse-model.js';

const SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const loadHighs = require(workerData.highsPath);
// Compile the WebAssembly at once, while the parent builds the model.
const loading = loadHighs();
let highs = null;
let model = null;
const csr = (rows, numCols) => ({
	format: 'csr',
	numRows: rows.lower.length,
	numCols,
	starts: Int32Array.from(rows.starts),
	indices: Int32Array.from(rows.indices),
	values: Float64Array.from(rows.values)
});
const info = (name) => {
	try {
		const v = model.info.get(name);
		return typeof v === 'bigint' ? Number(v) : v;
	} catch {
		return null;
	}
};
parentPort.on('message', async (msg) => {
	try {
		if (!highs) highs = await loading;
		if (msg.type === 'load') {
			if (model) model.dispose();
			const m = msg.model;
			model = highs.createModel({
				numCols: m.numCols,
				numRows: m.rows.lower.length,
				colCost: new Float64Array(m.numCols),
				colLower: Float64Array.from(m.colLower),
				colUpper: Float64Array.from(m.colUpper),
				rowLower: Float64Array.from(m.rows.lower.map((v) => (v === null ? -Infinity : v))),
				rowUpper: Float64Array.from(m.rows.upper.map((v) => (v === null ? Infinity : v))),
				matrix: csr(m.rows, m.numCols),
				integrality: Int32Array.from(m.integer.map((b) => (b ? 1 : 0)))
			});
			model.options.set({ output_flag: false });
			parentPort.postMessage({ type: 'done', id: msg.id });
		} else if (msg.type === 'addRows') {
			const n = model.getDimensions().numCols;
			if (msg.rows.lower.length > 0)
				model.addRows({
					lower: Float64Array.from(msg.rows.lower.map((v) => (v === null ? -Infinity : v))),
					upper: Float64Array.from(msg.rows.upper.map((v) => (v === null ? Infinity : v))),
					matrix: csr(msg.rows, n)
				});
			parentPort.postMessage({ type: 'done', id: msg.id });
		} else if (msg.type === 'run') {
			const n = model.getDimensions().numCols;
			const cost = new Float64Array(n);
			msg.cost.indices.forEach((c, k) => (cost[c] += msg.cost.values[k]));
			model.changeColsCost({ kind: 'range', from: 0, to: n - 1 }, cost);
			model.changeObjectiveSense(highs.constants.objectiveSense.minimize);
			model.options.set(msg.options);
			model.clearSolver();
			model.zeroAllClocks();
			if (msg.start) model.setSolution({ colValue: Float64Array.from(msg.start) });
			let last = 0;
			const t0 = Date.now();
			const cb = highs.constants.callbackType;
			const report = (event, force) => {
				const now = Date.now();
				if (!force && now - last < 250) return;
				last = now;
				const d = event.data;
				parentPort.postMessage({
					type: 'progress',
					id: msg.id,
					elapsedMs: now - t0,
					primal: Number.isFinite(d.mip_primal_bound) ? d.mip_primal_bound : null,
					dual: Number.isFinite(d.mip_dual_bound) ? d.mip_dual_bound : null,
					gap: Number.isFinite(d.mip_gap) ? d.mip_gap : null
				});
			};
			const result = model.run({
				[cb.mipLogging]: (e) => report(e, false),
				[cb.mipImprovingSolution]: (e) => report(e, true)
			});
			const status = result.modelStatus;
			const hasSolution = info('primal_solution_status') === 2;
			parentPort.postMessage({
				type: 'result',
				id: msg.id,
				modelStatus: status,
				objective: hasSolution ? model.getObjectiveValue() : null,
				bound: info('mip_dual_bound'),
				gap: info('mip_gap'),
				colValue: hasSolution ? Array.from(model.getSolution().colValue) : null,
				seconds: (Date.now() - t0) / 1000
			});
		} else if (msg.type === 'ready') {
			// Answered once HiGHS is compiled (awaited above): a spare worker is ready to solve.
			parentPort.postMessage({ type: 'done', id: msg.id });
		} else if (msg.type === 'close') {
			if (model) model.dispose();
			model = null;
			parentPort.postMessage({ type: 'done', id: msg.id });
		}
	} catch (error) {
		parentPort.postMessage({ type: 'error', id: msg.id, message: String(error && error.stack ? error.stack : error) });
	}
});
`;

/** HiGHS model status codes (highs.constants.modelStatus) the solvers read. */
export const MODEL_STATUS = { optimal: 7, infeasible: 8, timeLimit: 13, interrupted: 17 } as const;

export interface MipModelInput {
	numCols: number;
	colLower: number[];
	colUpper: number[];
	integer: boolean[];
	rows: Rows;
}

export interface MipRunResult {
	modelStatus: number;
	/** Objective of the incumbent; null when HiGHS has no feasible solution. */
	objective: number | null;
	bound: number | null;
	gap: number | null;
	colValue: number[] | null;
	seconds: number;
}

export interface MipProgress {
	elapsedMs: number;
	primal: number | null;
	dual: number | null;
	gap: number | null;
}

/** Infinite row bounds do not survive structured cloning as numbers everywhere: send null. */
const wire = (rows: Rows) => ({
	...rows,
	lower: rows.lower.map((v) => (Number.isFinite(v) ? v : null)),
	upper: rows.upper.map((v) => (Number.isFinite(v) ? v : null))
});

/** One persistent HiGHS model in its own thread. Always `close()` it (it ends the thread). */
export class HighsWorker {
	private worker: Worker;
	private next = 0;
	private pending = new Map<
		number,
		{ resolve: (v: unknown) => void; reject: (e: Error) => void; onProgress?: (p: MipProgress) => void }
	>();
	private failure: Error | null = null;

	constructor() {
		const highsPath = createRequire(import.meta.url).resolve('highs');
		this.worker = new Worker(SOURCE, { eval: true, workerData: { highsPath } });
		this.worker.on('message', (msg: { type: string; id: number } & Record<string, unknown>) => {
			const p = this.pending.get(msg.id);
			if (!p) return;
			if (msg.type === 'progress') {
				p.onProgress?.(msg as unknown as MipProgress);
				return;
			}
			this.pending.delete(msg.id);
			if (msg.type === 'error') p.reject(new Error(String(msg.message)));
			else p.resolve(msg);
		});
		const fail = (error: Error) => {
			this.failure = error;
			for (const p of this.pending.values()) p.reject(error);
			this.pending.clear();
		};
		this.worker.on('error', fail);
		// Whatever the reason, a thread that ended cannot be used again.
		this.worker.on('exit', (code) => fail(this.failure ?? new Error(`HiGHS worker exited (${code})`)));
	}

	private call<T>(message: Record<string, unknown>, onProgress?: (p: MipProgress) => void): Promise<T> {
		if (this.failure) return Promise.reject(this.failure);
		const id = this.next++;
		return new Promise<T>((resolve, reject) => {
			this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress });
			this.worker.postMessage({ ...message, id });
		});
	}

	/** Resolves once HiGHS is compiled in the thread; rejects if the thread failed. */
	ready(): Promise<void> {
		return this.call({ type: 'ready' });
	}

	/** Whether the thread has failed (an error or an early exit): such a worker is not reused. */
	get failed(): boolean {
		return this.failure !== null;
	}

	/** A spare worker must not keep the process alive; one in use must. */
	unref(): void {
		this.worker.unref();
	}

	ref(): void {
		this.worker.ref();
	}

	load(model: MipModelInput): Promise<void> {
		const { numCols, colLower, colUpper, integer, rows } = model;
		return this.call({ type: 'load', model: { numCols, colLower, colUpper, integer, rows: wire(rows) } });
	}

	addRows(rows: Rows): Promise<void> {
		return this.call({ type: 'addRows', rows: wire(rows) });
	}

	run(
		cost: Terms,
		options: Record<string, number | string | boolean>,
		start: number[] | null,
		onProgress?: (p: MipProgress) => void
	): Promise<MipRunResult> {
		return this.call({ type: 'run', cost, options, start }, onProgress);
	}

	async close(): Promise<void> {
		try {
			if (!this.failure) await this.call({ type: 'close' });
		} finally {
			await this.worker.terminate();
		}
	}
}
