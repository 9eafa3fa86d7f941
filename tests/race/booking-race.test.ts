/**
 * The concurrency proof (not timed): two app processes — the production build, as
 * `npm start` runs it — share one fresh PostgreSQL database; 200 overlapping requests for one slot
 * are fired at them at once through POST /api/v1/bookings with an organisation's API token.
 * Exactly one gets 201, every other 409, none 500, and the database holds exactly one pending or
 * confirmed booking there. Needs TEST_DATABASE_URL and a build (`npm run test:race` builds it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { raceFixture, racerBody, RACERS } from '../integration/race-fixture.js';
import { testConfig } from '../integration/engines.js';
import { createAppContext } from '#lib/server/context.js';

const serverUrl = process.env.TEST_DATABASE_URL;

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

describe.skipIf(!serverUrl)('two app processes, one PostgreSQL, 200 simultaneous overlapping requests', () => {
	const name = `qv_race_${randomBytes(5).toString('hex')}`;
	let url = '';
	const apps: { origin: string; child: ChildProcess; log: string[] }[] = [];
	let fixture: Awaited<ReturnType<typeof raceFixture>>;

	beforeAll(async () => {
		if (!existsSync('build/index.js')) throw new Error('no build: run `npm run test:race` (it builds first)');
		const admin = new pg.Client({ connectionString: serverUrl });
		await admin.connect();
		await admin.query(`CREATE DATABASE ${name}`);
		await admin.end();
		const u = new URL(serverUrl!);
		u.pathname = `/${name}`;
		url = u.toString();
		// Migrate and set up the room, the organisation and its token before the apps start.
		const ctx = await createAppContext(testConfig({ DATABASE_URL: url }), { dataDir: 'memory' });
		fixture = await raceFixture(ctx.db);
		await ctx.close();
		for (let i = 0; i < 2; i++) {
			const port = await freePort();
			const origin = `http://127.0.0.1:${port}`;
			const log: string[] = [];
			const child = spawn(process.execPath, ['scripts/start.js'], {
				env: {
					...process.env,
					PORT: String(port),
					HOST: '127.0.0.1',
					ORIGIN: origin,
					DATABASE_URL: url,
					SEED_DEMO: 'false',
					// The rate limit per organisation would answer 429 first: the race is what is tested here.
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
		if (url) {
			const admin = new pg.Client({ connectionString: serverUrl });
			await admin.connect();
			await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	}, 30_000);

	it('exactly one 201, every other 409, no 500, one booking held', async () => {
		const responses = await Promise.all(
			Array.from({ length: RACERS }, (_, i) =>
				fetch(`${apps[i % 2]!.origin}/api/v1/bookings`, {
					method: 'POST',
					headers: { authorization: `Bearer ${fixture.token}`, 'content-type': 'application/json' },
					body: JSON.stringify(racerBody(fixture.roomId, i))
				}).then(async (r) => ({ status: r.status, body: await r.text(), app: i % 2 }))
			)
		);
		const statuses: Record<number, number> = {};
		for (const r of responses) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
		const unexpected = responses.filter((r) => r.status !== 201 && r.status !== 409).slice(0, 3);
		expect(unexpected, `${JSON.stringify(unexpected)}\n${apps.map((a) => a.log.join('')).join('\n')}`).toEqual([]);
		expect(statuses).toEqual({ 201: 1, 409: RACERS - 1 });
		// Both processes answered 409s: the race really ran across the two.
		expect(new Set(responses.filter((r) => r.status === 409).map((r) => r.app)).size).toBe(2);
		const conflict = JSON.parse(responses.find((r) => r.status === 409)!.body);
		expect(conflict.conflicts).toHaveLength(1);

		const db = new pg.Client({ connectionString: url });
		await db.connect();
		const { rows } = await db.query(
			`SELECT count(*)::int AS n FROM booking WHERE room_id = $1 AND status IN ('pending', 'confirmed')`,
			[fixture.roomId]
		);
		await db.end();
		expect(rows[0].n).toBe(1);
		console.log(
			`[race] ${RACERS} requests over 2 processes: ${JSON.stringify(statuses)}; held in the database: ${rows[0].n}`
		);
	}, 120_000);
});
