/**
 * One setup for every integration test: each suite runs on the embedded PGlite, and again on
 * a PostgreSQL server when TEST_DATABASE_URL is set — each time on a database of its own.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import pg from 'pg';
import { readConfig, type Config } from '#lib/server/config.js';
import { createAppContext, type AppContext } from '#lib/server/context.js';

export interface Engine {
	name: 'pglite' | 'postgres';
	/** Creates an empty database and returns its connection string ('' for PGlite). */
	create(): Promise<{ url: string; drop(): Promise<void> }>;
}

const serverUrl = process.env.TEST_DATABASE_URL;

export const ENGINES: Engine[] = [
	{ name: 'pglite', create: async () => ({ url: '', drop: async () => {} }) },
	...(serverUrl
		? [
				{
					name: 'postgres' as const,
					async create() {
						const name = `qv_test_${randomBytes(6).toString('hex')}`;
						const admin = new pg.Client({ connectionString: serverUrl });
						await admin.connect();
						await admin.query(`CREATE DATABASE ${name}`);
						await admin.end();
						const url = new URL(serverUrl);
						url.pathname = `/${name}`;
						return {
							url: url.toString(),
							async drop() {
								const c = new pg.Client({ connectionString: serverUrl });
								await c.connect();
								await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
								await c.end();
							}
						};
					}
				}
			]
		: [])
];

export function testConfig(overrides: Record<string, string> = {}): Config {
	return readConfig({
		AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
		ORIGIN: 'http://localhost:4999',
		SEED_DEMO: 'false',
		...overrides
	});
}

/**
 * Declares a suite once per engine. `use()` returns the suite's context, opened before its
 * tests and closed after them.
 */
export function forEachEngine(
	title: string,
	body: (use: () => AppContext, engine: Engine) => void,
	configOverrides: Record<string, string> = {}
): void {
	for (const engine of ENGINES) {
		describe(`${title} [${engine.name}]`, () => {
			let ctx: AppContext | undefined;
			let drop: () => Promise<void> = async () => {};
			beforeAll(async () => {
				const db = await engine.create();
				drop = db.drop;
				ctx = await createAppContext(testConfig({ DATABASE_URL: db.url, ...configOverrides }), {
					dataDir: 'memory',
					// Quick workers and retries, and no hourly reminder pass: tests run it themselves.
					jobs: { pollingIntervalSeconds: 0.5, retryDelaySeconds: 1, remindersCron: null }
				});
			});
			afterAll(async () => {
				await ctx?.close();
				await drop();
			});
			body(() => {
				if (!ctx) throw new Error('context not opened');
				return ctx;
			}, engine);
		});
	}
}

let counter = 0;
/** A unique address per call, so that tests never collide. */
export function uniqueEmail(prefix = 'user'): string {
	counter += 1;
	return `${prefix}-${Date.now().toString(36)}-${counter}@exemple.fr`;
}

/** Headers as a browser would send them: a client address, and cookies once signed in. */
export function meta(cookie?: string, ip = '203.0.113.7') {
	const headers = new Headers();
	if (cookie) headers.set('cookie', cookie);
	return { headers, ip };
}

/** Turns Set-Cookie response headers into a Cookie request header. */
export function cookieFrom(headers: Headers, previous = ''): string {
	const jar = new Map(
		previous
			.split(/;\s*/)
			.filter(Boolean)
			.map((c) => c.split('=') as [string, string])
	);
	for (const line of headers.getSetCookie()) {
		const [pair] = line.split(';');
		const i = pair!.indexOf('=');
		jar.set(pair!.slice(0, i), pair!.slice(i + 1));
	}
	return [...jar]
		.filter(([, v]) => v !== '')
		.map(([k, v]) => `${k}=${v}`)
		.join('; ');
}

/** Signs in through Better Auth and returns the session cookie header. */
export async function signedInCookie(ctx: AppContext, email: string, password: string): Promise<string> {
	const res = await ctx.auth.api.signInEmail({ body: { email, password }, returnHeaders: true });
	return cookieFrom(res.headers);
}
