/**
 * The acceptance-story fixture (tests/fixtures/planner-run.ts) as rows: a commune, its two
 * quartiers and organisations, the scenario, some residents' needs, and four runs — done, done
 * with a low budget, running and failed — as the solver would have written them.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '#lib/server/db/client.js';
import {
	commune,
	need,
	organisation,
	plannerRun,
	plannerScenario,
	plannerScenarioQuartier,
	quartier
} from '#lib/server/db/schema.js';
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

export async function insertPlannerRunFixture(db: Database) {
	const communeId = randomUUID();
	await db
		.insert(commune)
		.values({ id: communeId, inseeCode: `8${Date.now().toString(36)}`.slice(0, 12), name: 'Toulouse' });
	await db.insert(quartier).values([
		{ id: QUARTIER_A, communeId, name: 'Les Izards' },
		{ id: QUARTIER_B, communeId, name: 'Bagatelle' }
	]);
	await db.insert(organisation).values([
		{ id: ORG_CRECHE, name: 'Soli’mômes', type: 'ess_enterprise' },
		{ id: ORG_RESTAURANT, name: 'Le Petit Prince', type: 'association' },
		{ id: ORG_TEXTILE, name: 'Fil à fil', type: 'association' },
		{ id: ORG_JUDO, name: 'Judo club des Izards', type: 'association' }
	]);
	const scenarioId = randomUUID();
	const lowBudgetScenarioId = randomUUID();
	await db.insert(plannerScenario).values([
		{ id: scenarioId, name: 'Pôle social des Izards', communeId, budgetEuros: 60_000, referenceWeek: '2026-11-16' },
		{
			id: lowBudgetScenarioId,
			name: 'Pôle social — budget réduit',
			communeId,
			budgetEuros: 20_000,
			referenceWeek: '2026-11-16',
			copiedFromId: scenarioId
		}
	]);
	await db.insert(plannerScenarioQuartier).values([
		{ scenarioId, quartierId: QUARTIER_A },
		{ scenarioId, quartierId: QUARTIER_B }
	]);
	const needRow = (title: string, theme: string, supportCount: number, status: string, quartierId = QUARTIER_A) => ({
		id: randomUUID(),
		kind: 'need',
		quartierId,
		communeId,
		theme,
		title,
		language: 'fr',
		status,
		shortCode: randomUUID().slice(0, 8).toUpperCase(),
		supportCount
	});
	await db.insert(need).values([
		needRow('Une crèche quelques jours par semaine', 'EDU', 42, 'published'),
		needRow('Garde d’enfants le mercredi', 'EDU', 17, 'under_study', QUARTIER_B),
		needRow('Un lieu pour cuisiner ensemble', 'COH', 30, 'published'),
		// Not public: never counted.
		needRow('Texte refusé', 'COH', 99, 'refused')
	]);
	const done = randomUUID();
	const lowBudget = randomUUID();
	const running = randomUUID();
	const failed = randomUUID();
	const t = (minutes: number) => new Date(Date.UTC(2026, 10, 27, 8, minutes));
	await db.insert(plannerRun).values([
		{ id: done, scenarioId, status: 'done', problem, plan, createdAt: t(0), startedAt: t(0), finishedAt: t(1) },
		{
			id: lowBudget,
			scenarioId: lowBudgetScenarioId,
			status: 'done',
			problem: lowBudgetProblem,
			plan: lowBudgetPlan,
			createdAt: t(2),
			startedAt: t(2),
			finishedAt: t(3)
		},
		{
			id: running,
			scenarioId,
			status: 'running',
			problem,
			progress: { phase: 'solving', elapsedMs: 8_000, timeLimitMs: 20_000, bestObjective: 52, bound: 55, gap: 0.0545 },
			createdAt: t(4),
			startedAt: t(4)
		},
		{ id: failed, scenarioId, status: 'failed', problem, error: 'worker exited', createdAt: t(5) }
	]);
	return { communeId, scenarioId, lowBudgetScenarioId, runs: { done, lowBudget, running, failed } };
}
