/**
 * Starting a planner run: the problem is kept on the run as solved, the solve runs in the
 * background (one at a time), its progress and plan are written, a failure is recorded, and a
 * run its process never finished is not left "running" forever.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { seedTerritory } from './booking-fixtures.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import type { Database } from '#lib/server/db/client.js';
import {
	plannerActivity,
	plannerRoom,
	plannerRun,
	plannerScenario,
	plannerUpgrade,
	room,
	user
} from '#lib/server/db/schema.js';
import { failStaleRuns, INTERRUPTED, whenIdle } from '#lib/server/planner/run-queue.js';
import { startPlannerRun } from '#lib/server/use-cases/start-planner-run.js';
import { getPlannerRun } from '#lib/server/use-cases/get-planner-run.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Plan, PlanProblem, RunProgress } from '#lib/domain/planner/problem.js';

const planner = (userId: string): Actor => ({
	userId,
	twoFactorEnabled: false,
	grants: [{ role: 'planner', scopeType: 'global', scopeId: '' }]
});

async function plannerUser(db: Database): Promise<string> {
	const id = randomUUID();
	await db.insert(user).values({ id, name: 'Programmiste', email: `planner-${id}@exemple.fr`, locale: 'fr' });
	return id;
}

/**
 * The "done when" of the issue in small: a crèche, a women's restaurant and a textile workshop,
 * an existing room too small and without a full kitchen, and the +8 m² and full kitchen that
 * make everything fit, within the budget.
 */
async function seedScenario(db: Database, options: { withActivities?: boolean } = {}) {
	const t = await seedTerritory(db);
	await db
		.update(room)
		.set({
			areaM2: 44,
			kitchenLevel: 'reheating',
			toilets: true,
			childToilets: true,
			changingTable: true,
			storageM2: 6
		})
		.where(eq(room.id, t.roomId));
	const scenarioId = randomUUID();
	await db.insert(plannerScenario).values({
		id: scenarioId,
		name: 'Quartier des Buers',
		communeId: t.communeId,
		slotMinutes: 60,
		budgetEuros: 40_000,
		timeLimitSeconds: 10,
		referenceWeek: '2029-10-22'
	});
	const existingId = randomUUID();
	await db
		.insert(plannerRoom)
		.values({ id: existingId, scenarioId, position: 0, roomId: t.roomId, label: 'Salle polyvalente' });
	await db.insert(plannerUpgrade).values([
		{
			id: randomUUID(),
			scenarioId,
			plannerRoomId: existingId,
			kind: 'area',
			amountM2: 8,
			costEuros: 14_400,
			label: '+8 m²'
		},
		{
			id: randomUUID(),
			scenarioId,
			plannerRoomId: existingId,
			kind: 'kitchen',
			kitchenLevel: 'full',
			costEuros: 18_000,
			label: 'Cuisine complète'
		}
	]);
	if (options.withActivities !== false)
		await db.insert(plannerActivity).values([
			{
				id: randomUUID(),
				scenarioId,
				position: 0,
				label: 'Restaurant de femmes',
				requirements: { minAreaM2: 50, kitchenLevel: 'full' },
				sessionsPerWeek: 2,
				sessionMinutes: 180,
				windows: ['school_hours'],
				priority: 8
			},
			{
				id: randomUUID(),
				scenarioId,
				position: 1,
				label: 'Crèche itinérante',
				requirements: { minAreaM2: 40, childToilets: true, changingTable: true },
				sessionsPerWeek: 1,
				sessionMinutes: 240,
				windows: ['wednesday'],
				priority: 9,
				itinerant: true
			},
			{
				id: randomUUID(),
				scenarioId,
				position: 2,
				label: 'Atelier textile',
				requirements: { minAreaM2: 30, storageM2: 4 },
				sessionsPerWeek: 2,
				sessionMinutes: 120,
				windows: ['evening'],
				priority: 5
			}
		]);
	return { scenarioId, existingId };
}

forEachEngine('startPlannerRun', (use) => {
	it('refuses who is not a planner, and says when a scenario is missing or empty', async () => {
		const { db } = use();
		await expect(startPlannerRun({ db }, null, 'x')).rejects.toBeInstanceOf(AccessDenied);
		await expect(
			startPlannerRun({ db }, { userId: 'u', twoFactorEnabled: false, grants: [] }, 'x')
		).rejects.toBeInstanceOf(AccessDenied);
		const me = planner(await plannerUser(db));
		expect(await startPlannerRun({ db }, me, randomUUID())).toEqual({ ok: false, error: 'PLANNER.SCENARIO_NOT_FOUND' });
		const { scenarioId } = await seedScenario(db, { withActivities: false });
		expect(await startPlannerRun({ db }, me, scenarioId)).toEqual({ ok: false, error: 'PLANNER.NOTHING_TO_PLAN' });
		expect(await db.select().from(plannerRun).where(eq(plannerRun.scenarioId, scenarioId))).toEqual([]);
	});

	it('queues a run with its problem, solves it in the background and stores a checked plan', async () => {
		const { db } = use();
		const me = planner(await plannerUser(db));
		const { scenarioId } = await seedScenario(db);
		const result = await startPlannerRun({ db }, me, scenarioId);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const [queued] = await db.select().from(plannerRun).where(eq(plannerRun.id, result.value.runId));
		expect(queued?.requestedBy).toBe(me.userId);
		expect((queued?.problem as PlanProblem).activities).toHaveLength(3);
		await whenIdle();
		const [run] = await db.select().from(plannerRun).where(eq(plannerRun.id, result.value.runId));
		expect(run?.status).toBe('done');
		expect(run?.startedAt).toBeInstanceOf(Date);
		expect(run?.finishedAt).toBeInstanceOf(Date);
		const plan = run?.plan as Plan;
		expect(plan.violations).toEqual([]);
		expect(plan.status).toBe('optimal');
		// Everything is served once +8 m² and the full kitchen are bought.
		expect(plan.unmet).toEqual([]);
		expect(plan.score.servedSessions).toBe(5);
		expect(plan.score.upgradeCost).toBe(32_400);
		expect(plan.upgradeIds).toHaveLength(2);
		expect((run?.progress as RunProgress).phase).toBe('checking');
	});

	it('records a failed solve with its error', async () => {
		const { db } = use();
		const me = planner(await plannerUser(db));
		const { scenarioId } = await seedScenario(db);
		const result = await startPlannerRun({ db }, me, scenarioId, {
			solve: async () => {
				throw new Error('worker lost');
			}
		});
		if (!result.ok) throw new Error('not started');
		await whenIdle();
		const [run] = await db.select().from(plannerRun).where(eq(plannerRun.id, result.value.runId));
		expect(run?.status).toBe('failed');
		expect(run?.error).toBe('worker lost');
	});

	it('fails a run left running by a process that died, once past its time limit and a grace', async () => {
		const { db } = use();
		const me = planner(await plannerUser(db));
		const { scenarioId } = await seedScenario(db);
		const problem = { settings: { timeLimitSeconds: 10 } };
		const old = randomUUID();
		const recent = randomUUID();
		await db.insert(plannerRun).values([
			{
				id: old,
				scenarioId,
				status: 'running',
				problem,
				requestedBy: me.userId,
				createdAt: new Date(Date.now() - 10 * 60_000)
			},
			{ id: recent, scenarioId, status: 'running', problem, requestedBy: me.userId }
		]);
		expect(await failStaleRuns(db, scenarioId)).toBe(1);
		const runs = await db
			.select({ id: plannerRun.id, status: plannerRun.status, error: plannerRun.error })
			.from(plannerRun)
			.where(sql`${plannerRun.id} IN (${old}, ${recent})`);
		expect(runs.find((r) => r.id === old)).toMatchObject({ status: 'failed', error: INTERRUPTED });
		expect(runs.find((r) => r.id === recent)).toMatchObject({ status: 'running' });
	});

	it('shows a run left running by a dead process as interrupted when its page is read', async () => {
		const { db } = use();
		const me = planner(await plannerUser(db));
		const { scenarioId } = await seedScenario(db);
		const runId = randomUUID();
		await db.insert(plannerRun).values({
			id: runId,
			scenarioId,
			status: 'running',
			problem: { settings: { timeLimitSeconds: 10 } },
			requestedBy: me.userId,
			createdAt: new Date(Date.now() - 10 * 60_000)
		});
		const view = await getPlannerRun(use(), me, { scenarioId, runId });
		expect(view!.run).toMatchObject({ status: 'failed', error: INTERRUPTED });
	});
});
