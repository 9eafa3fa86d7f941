import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverArgs } from './scripts/server-command.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://localhost:${PORT}`;
/**
 * A second app whose maps take their tiles from a local stand-in (tests/support/tile-server.ts);
 * the main app keeps the default OpenStreetMap tiles, which never load here (see the resolver
 * rule below): that is the offline case. search.e2e.ts uses both.
 */
const TILES_APP_PORT = Number(process.env.E2E_TILES_APP_PORT ?? PORT + 100);
const TILE_SERVER_PORT = Number(process.env.E2E_TILE_SERVER_PORT ?? PORT + 200);
process.env.E2E_TILES_ORIGIN = `http://localhost:${TILES_APP_PORT}`;
process.env.E2E_TILE_URL = `http://127.0.0.1:${TILE_SERVER_PORT}/{z}/{x}/{y}.png`;
// A fresh embedded database for every run: the demo is seeded anew, tests never see old data.
const dataDir = process.env.E2E_DATA_DIR ?? join(mkdtempSync(join(tmpdir(), 'qv-e2e-')), 'data');
process.env.E2E_DATA_DIR = dataDir;
// A known auth secret, so that tests can sign links the way the app does (one-click unsubscribe).
process.env.E2E_AUTH_SECRET ??= 'e2e-only-auth-secret-0123456789abcdef';

/** The system's Chromium (Debian package): no browser is ever downloaded. */
const chromium = {
	executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		// The browser reaches this machine only: no page can fetch from the Internet (map tiles
		// from OpenStreetMap fail at once, as on an offline machine, and nothing leaves the host).
		'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: ORIGIN,
		locale: 'fr-FR',
		launchOptions: chromium,
		trace: 'retain-on-failure'
	},
	projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined, launchOptions: chromium } }],
	webServer: [
		{
			command: ['node', ...serverArgs()].join(' '),
			url: `${ORIGIN}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			env: {
				PORT: String(PORT),
				ORIGIN,
				DATA_DIR: dataDir,
				SEED_DEMO: 'true',
				AUTH_SECRET: process.env.E2E_AUTH_SECRET,
				// The limits themselves are tested in tests/integration; here many sign-ins come from one address.
				RATE_LIMITS: 'false',
				SMTP_URL: '',
				DATABASE_URL: ''
			}
		},
		{
			command: `node tests/support/tile-server.ts ${TILE_SERVER_PORT}`,
			url: `http://127.0.0.1:${TILE_SERVER_PORT}/healthz`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			command: ['node', ...serverArgs()].join(' '),
			url: `${process.env.E2E_TILES_ORIGIN}/healthz`,
			reuseExistingServer: false,
			timeout: 120_000,
			env: {
				PORT: String(TILES_APP_PORT),
				ORIGIN: process.env.E2E_TILES_ORIGIN,
				DATA_DIR: `${dataDir}-tiles`,
				SEED_DEMO: 'true',
				RATE_LIMITS: 'false',
				SMTP_URL: '',
				DATABASE_URL: '',
				MAP_TILE_URL: process.env.E2E_TILE_URL,
				MAP_ATTRIBUTION: 'Tuiles de test'
			}
		}
	]
});
