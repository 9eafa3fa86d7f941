/**
 * An app of its own for the planner results tests, with finished and running runs in its
 * database. Runs are written by the solver, which these tests do not drive; and the shared e2e
 * server keeps its embedded database open, so nothing else may write to it. So: start the app
 * once on a fresh directory (it migrates and seeds the demo), stop it, write the acceptance-story
 * fixture (tests/fixtures/planner-run.ts) into the demo commune with plain SQL, start it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverArgs } from '../../scripts/server-command.mjs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import {
	ORG_CRECHE,
	ORG_JUDO,
	ORG_RESTAURANT,
	ORG_TEXTILE,
	QUARTIER_A,
	QUARTIER_B,
	lowBudgetPlan,
	lowBudgetProblem,
	plan,
	problem
} from '../fixtures/planner-run.js';

export interface PlannerRunsApp {
	origin: string;
	scenarioId: string;
	lowBudgetScenarioId: string;
	runs: { done: string; lowBudget: string; running: string; failed: string };
	stop(): Promise<void>;
}

async function startApp(port: number, dataDir: string): Promise<ChildProcess> {
	const origin = `http://localhost:${port}`;
	const child = spawn(process.execPath, serverArgs(), {
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: origin,
			DATA_DIR: dataDir,
			SEED_DEMO: 'true',
			AUTH_SECRET: 'e2e-only-auth-secret-0123456789abcdef',
			RATE_LIMITS: 'false',
			SMTP_URL: '',
			DATABASE_URL: ''
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the planner results app exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${origin}/healthz`)).ok) return child;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	child.kill('SIGTERM');
	throw new Error('the planner results app did not start in time');
}

async function stopApp(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill('SIGTERM');
	await exited;
}

async function writeFixture(dataDir: string) {
	const db = await PGlite.create(dataDir, { extensions: { btree_gist, unaccent } });
	try {
		const communeId = (await db.query<{ id: string }>('SELECT id FROM commune ORDER BY name LIMIT 1')).rows[0]!.id;
		await db.query(`INSERT INTO quartier (id, commune_id, name) VALUES ($1, $3, 'Les Izards'), ($2, $3, 'Bagatelle')`, [
			QUARTIER_A,
			QUARTIER_B,
			communeId
		]);
		for (const [id, name] of [
			[ORG_CRECHE, 'Soli’mômes'],
			[ORG_RESTAURANT, 'Le Petit Prince'],
			[ORG_TEXTILE, 'Fil à fil'],
			[ORG_JUDO, 'Judo club des Izards']
		])
			await db.query(`INSERT INTO organisation (id, name, type) VALUES ($1, $2, 'association')`, [id, name]);
		const scenarioId = randomUUID();
		const lowBudgetScenarioId = randomUUID();
		await db.query(
			`INSERT INTO planner_scenario (id, name, commune_id, budget_euros, reference_week, copied_from_id)
			 VALUES ($1, 'Pôle social des Izards', $3, 60000, '2026-11-16', NULL),
			        ($2, 'Pôle social — budget réduit', $3, 20000, '2026-11-16', $1)`,
			[scenarioId, lowBudgetScenarioId, communeId]
		);
		await db.query(`INSERT INTO planner_scenario_quartier (scenario_id, quartier_id) VALUES ($1, $2), ($1, $3)`, [
			scenarioId,
			QUARTIER_A,
			QUARTIER_B
		]);
		const needs: [string, string, number, string][] = [
			['Une crèche quelques jours par semaine', 'EDU', 42, QUARTIER_A],
			['Garde d’enfants le mercredi', 'EDU', 17, QUARTIER_B],
			['Un lieu pour cuisiner ensemble', 'COH', 30, QUARTIER_A]
		];
		for (const [title, theme, supports, quartierId] of needs)
			await db.query(
				`INSERT INTO need (id, kind, quartier_id, commune_id, theme, title, language, status, short_code, support_count, published_at)
				 VALUES ($1, 'need', $2, $3, $4, $5, 'fr', 'published', $6, $7, now())`,
				[randomUUID(), quartierId, communeId, theme, title, randomUUID().slice(0, 8).toUpperCase(), supports]
			);
		const runs = { done: randomUUID(), lowBudget: randomUUID(), running: randomUUID(), failed: randomUUID() };
		const insertRun = (
			id: string,
			scenario: string,
			status: string,
			values: Record<string, unknown>,
			minutes: number
		) =>
			db.query(
				`INSERT INTO planner_run (id, scenario_id, status, problem, plan, progress, error, created_at, started_at, finished_at)
				 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)`,
				[
					id,
					scenario,
					status,
					JSON.stringify(values.problem),
					values.plan ? JSON.stringify(values.plan) : null,
					values.progress ? JSON.stringify(values.progress) : null,
					values.error ?? null,
					// A run still running started moments ago: an old one would be settled as interrupted
					// by the run page (failStaleRuns), as a run whose process died.
					status === 'running' ? new Date(Date.now() - 8000) : new Date(Date.UTC(2026, 10, 27, 8, minutes)),
					status === 'done' || status === 'failed' ? new Date(Date.UTC(2026, 10, 27, 8, minutes + 1)) : null
				]
			);
		await insertRun(runs.done, scenarioId, 'done', { problem, plan }, 0);
		await insertRun(runs.lowBudget, lowBudgetScenarioId, 'done', { problem: lowBudgetProblem, plan: lowBudgetPlan }, 2);
		await insertRun(
			runs.running,
			scenarioId,
			'running',
			{
				// A long limit, so that the tests never outlive it (plus its grace) on a slow machine.
				problem: { ...problem, settings: { ...problem.settings, timeLimitSeconds: 3600 } },
				progress: { phase: 'solving', elapsedMs: 8000, timeLimitMs: 20000, bestObjective: 52, bound: 55, gap: 0.0545 }
			},
			4
		);
		await insertRun(runs.failed, scenarioId, 'failed', { problem, error: 'worker exited with code 1' }, 5);
		return { scenarioId, lowBudgetScenarioId, runs };
	} finally {
		await db.close();
	}
}

export async function startPlannerRunsApp(port: number): Promise<PlannerRunsApp> {
	const dataDir = join(mkdtempSync(join(tmpdir(), 'qv-e2e-planner-results-')), 'data');
	await stopApp(await startApp(port, dataDir));
	const ids = await writeFixture(dataDir);
	const child = await startApp(port, dataDir);
	return { origin: `http://localhost:${port}`, ...ids, stop: () => stopApp(child) };
}
