/**
 * The set-up every race test shares: a fresh PostgreSQL database on the server of
 * TEST_DATABASE_URL, migrated and filled by the test's fixture, then two app processes — the
 * production build, as `npm start` runs it — serving it. Registers its own beforeAll/afterAll.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { testConfig } from '../integration/engines.js';
import { serverArgs } from '../../scripts/server-command.mjs';
import { createAppContext } from '#lib/server/context.js';
import type { Database } from '#lib/server/db/client.js';

export const serverUrl = process.env.TEST_DATABASE_URL;

export interface RaceApp {
	origin: string;
	child: ChildProcess;
	log: string[];
}

async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

async function waitHealthy(origin: string, child: ChildProcess): Promise<void> {
	for (let i = 0; i < 240; i++) {
		if (child.exitCode !== null) throw new Error(`the app on ${origin} exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`the app on ${origin} did not start`);
}

async function onServer(query: string): Promise<void> {
	const admin = new pg.Client({ connectionString: serverUrl });
	await admin.connect();
	await admin.query(query);
	await admin.end();
}

/** Call inside a describe: `use()` gives the fixture, the two apps and the database's URL. */
export function twoAppsOnOnePostgres<T>(fixture: (db: Database) => Promise<T>) {
	const name = `qv_race_${randomBytes(5).toString('hex')}`;
	let url = '';
	const apps: RaceApp[] = [];
	let made: T | undefined;

	beforeAll(async () => {
		if (!existsSync('build/index.js')) throw new Error('no build: run `npm run test:race` (it builds first)');
		await onServer(`CREATE DATABASE ${name}`);
		const u = new URL(serverUrl!);
		u.pathname = `/${name}`;
		url = u.toString();
		// Migrate and set up the fixture before the apps start.
		const ctx = await createAppContext(testConfig({ DATABASE_URL: url }), { dataDir: 'memory' });
		made = await fixture(ctx.db);
		await ctx.close();
		for (let i = 0; i < 2; i++) {
			const port = await freePort();
			const origin = `http://127.0.0.1:${port}`;
			const log: string[] = [];
			const child = spawn(process.execPath, serverArgs(), {
				env: {
					...process.env,
					PORT: String(port),
					HOST: '127.0.0.1',
					ORIGIN: origin,
					DATABASE_URL: url,
					SEED_DEMO: 'false',
					// The rate limits would answer 429 first: the race is what is tested here.
					RATE_LIMITS: 'false',
					AUTH_SECRET: 'race-secret-race-secret-race-secret-0123',
					DB_POOL_SIZE: '20',
					SMTP_URL: ''
				},
				stdio: ['ignore', 'pipe', 'pipe']
			});
			child.stdout?.on('data', (d) => log.push(String(d)));
			child.stderr?.on('data', (d) => log.push(String(d)));
			apps.push({ origin, child, log });
		}
		await Promise.all(apps.map((a) => waitHealthy(a.origin, a.child)));
	}, 120_000);

	afterAll(async () => {
		await Promise.all(
			apps.map(
				(a) =>
					new Promise<void>((resolve) => {
						if (a.child.exitCode !== null) return resolve();
						a.child.once('exit', () => resolve());
						a.child.kill('SIGTERM');
						setTimeout(() => (a.child.kill('SIGKILL'), resolve()), 10_000).unref();
					})
			)
		);
		if (url) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	}, 30_000);

	return () => {
		if (made === undefined) throw new Error('the race fixture is not ready');
		return { fixture: made, apps, url, logs: () => apps.map((a) => a.log.join('')).join('\n') };
	};
}
