import { defineConfig, devices } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://localhost:${PORT}`;
// A fresh embedded database for every run: the demo is seeded anew, tests never see old data.
const dataDir = process.env.E2E_DATA_DIR ?? join(mkdtempSync(join(tmpdir(), 'qv-e2e-')), 'data');
process.env.E2E_DATA_DIR = dataDir;

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
		'--no-first-run'
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
	webServer: {
		command: 'node scripts/start.js',
		url: `${ORIGIN}/healthz`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: {
			PORT: String(PORT),
			ORIGIN,
			DATA_DIR: dataDir,
			SEED_DEMO: 'true',
			// The limits themselves are tested in tests/integration; here many sign-ins come from one address.
			RATE_LIMITS: 'false',
			SMTP_URL: '',
			DATABASE_URL: ''
		}
	}
});
