/**
 * Where a benchmark runs: a fresh database of its own on the PostgreSQL server named by
 * BENCH_DATABASE_URL (or DATABASE_URL), dropped afterwards unless BENCH_KEEP=1; else an
 * in-memory PGlite. Shared by bench-booking.mjs and bench-needs.mjs (import ts-hooks.mjs first).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const { openDatabase, rowsOf } = await import('#lib/server/db/client.js');

export async function openTarget(log) {
	const server = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
	if (!server) {
		const handle = await openDatabase({ dataDir: 'memory' });
		return { ...handle, label: 'PGlite (in-memory, WebAssembly)', drop: async () => {} };
	}
	const name = `qv_bench_${randomBytes(4).toString('hex')}`;
	const admin = new pg.Client({ connectionString: server });
	await admin.connect();
	const version = rowsOf(await admin.query('SHOW server_version'))[0].server_version;
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(server);
	url.pathname = `/${name}`;
	const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: 'memory', poolSize: 4 });
	return {
		...handle,
		label: `PostgreSQL ${version} (database ${name})`,
		async drop() {
			if (process.env.BENCH_KEEP === '1') return log(`kept database ${name}`);
			const c = new pg.Client({ connectionString: server });
			await c.connect();
			await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await c.end();
		}
	};
}
