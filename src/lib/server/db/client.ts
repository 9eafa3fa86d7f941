import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

/** What every repository and use case talks to, whichever engine is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Engine = 'pglite' | 'postgres';

/** The rows of a raw `db.execute(sql…)`: both drivers answer `{ rows }`, typed differently. */
export function rowsOf<T>(result: unknown): T[] {
	return (result as { rows: T[] }).rows;
}

export interface DatabaseHandle {
	db: Database;
	engine: Engine;
	/** The embedded engine itself (PGlite only), for libraries that speak to it directly (the job queue). */
	pglite?: PGlite;
	close(): Promise<void>;
}

export interface OpenOptions {
	/** A PostgreSQL connection string; when absent the embedded PGlite is used. */
	databaseUrl?: string;
	/** PGlite data directory, or 'memory' for a throw-away database (tests). */
	dataDir: string;
	migrationsFolder?: string;
	/** Largest number of pooled connections to the PostgreSQL server. */
	poolSize?: number;
}

const MIGRATION_LOCK = 7_355_608;

export function defaultMigrationsFolder(): string {
	return process.env.MIGRATIONS_DIR ?? path.resolve('drizzle');
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
	const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder();
	if (options.databaseUrl) {
		const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
		// An idle connection dropped by the server (restart, failover) must not crash the process:
		// the pool replaces it on the next query.
		pool.on('error', (error) => console.error('[db] idle connection lost:', error.message));
		// Several app instances may start together: one migrates while the others wait.
		const client = await pool.connect();
		try {
			await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
			await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
		} finally {
			await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
			client.release();
		}
		const db = drizzlePg(pool, { schema }) as unknown as Database;
		return { db, engine: 'postgres', close: () => pool.end() };
	}

	// PGlite's default 128 MB of shared buffers would make it the largest part of the server's
	// memory (≈310 MB resident, against ≈190 MB with 32 MB) for no gain at one commune's scale.
	const pgliteOptions = { extensions: { btree_gist, unaccent }, postgresqlconf: ['shared_buffers=32MB'] };
	let client: PGlite;
	if (options.dataDir === 'memory') {
		client = await PGlite.create(pgliteOptions);
	} else {
		// PGlite does not create parent folders itself.
		mkdirSync(path.dirname(path.resolve(options.dataDir)), { recursive: true });
		client = await PGlite.create(options.dataDir, pgliteOptions);
	}
	const db = drizzlePglite(client, { schema });
	await migratePglite(db, { migrationsFolder });
	let closed = false;
	return {
		db: db as unknown as Database,
		engine: 'pglite',
		pglite: client,
		async close() {
			if (closed) return;
			closed = true;
			await client.close();
		}
	};
}
