/**
 * Reading planner runs back: a run with its scenario, the names its problem refers to by id
 * (organisations, quartiers), the runs a planner may compare, and the needs of a scenario's
 * quartiers for the programme report. No authorisation here: the use cases ask first.
 *
 * A run's problem and plan are JSON written by the solver's own code; they are read as the
 * contract's types, and a run whose JSON is not even an object is treated as having none.
 */
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	commune,
	need,
	organisation,
	plannerRun,
	plannerScenario,
	plannerScenarioQuartier,
	quartier
} from '../db/schema.js';
import { isPublicStatus } from '#lib/domain/need-lifecycle.js';
import { NEED_STATUSES } from '#lib/domain/need-vocabulary.js';
import type { Plan, PlanProblem, RunProgress } from '#lib/domain/planner/problem.js';

export const RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function readProblem(value: unknown): PlanProblem | null {
	if (!isObject(value) || !Array.isArray(value.rooms) || !Array.isArray(value.activities)) return null;
	return value as unknown as PlanProblem;
}
function readPlan(value: unknown): Plan | null {
	if (!isObject(value) || !Array.isArray(value.sessions) || !Array.isArray(value.unmet)) return null;
	return value as unknown as Plan;
}
function readProgress(value: unknown): RunProgress | null {
	if (!isObject(value) || typeof value.elapsedMs !== 'number') return null;
	return value as unknown as RunProgress;
}

export interface StoredRun {
	id: string;
	status: RunStatus;
	problem: PlanProblem | null;
	plan: Plan | null;
	progress: RunProgress | null;
	error: string | null;
	createdAt: Date;
	startedAt: Date | null;
	finishedAt: Date | null;
	scenario: {
		id: string;
		name: string;
		description: string;
		referenceWeek: string;
		communeName: string;
		timeZone: string;
		copiedFromId: string | null;
	};
}

/** The run, when it belongs to that scenario (a run id under another scenario's address is not found). */
export async function loadRun(db: Database, scenarioId: string, runId: string): Promise<StoredRun | null> {
	const [row] = await db
		.select({
			run: plannerRun,
			scenarioName: plannerScenario.name,
			description: plannerScenario.description,
			referenceWeek: plannerScenario.referenceWeek,
			copiedFromId: plannerScenario.copiedFromId,
			communeName: commune.name,
			timeZone: commune.timeZone
		})
		.from(plannerRun)
		.innerJoin(plannerScenario, eq(plannerScenario.id, plannerRun.scenarioId))
		.innerJoin(commune, eq(commune.id, plannerScenario.communeId))
		.where(and(eq(plannerRun.id, runId), eq(plannerRun.scenarioId, scenarioId)));
	if (!row) return null;
	const r = row.run;
	return {
		id: r.id,
		status: (RUN_STATUSES as readonly string[]).includes(r.status) ? (r.status as RunStatus) : 'failed',
		problem: readProblem(r.problem),
		plan: readPlan(r.plan),
		progress: readProgress(r.progress),
		error: r.error,
		createdAt: r.createdAt,
		startedAt: r.startedAt,
		finishedAt: r.finishedAt,
		scenario: {
			id: scenarioId,
			name: row.scenarioName,
			description: row.description,
			referenceWeek: row.referenceWeek,
			communeName: row.communeName,
			timeZone: row.timeZone,
			copiedFromId: row.copiedFromId
		}
	};
}

/** Names for the ids a problem mentions; an id whose row is gone keeps no name. */
export async function loadNames(db: Database, problem: PlanProblem) {
	const organisationIds = [
		...new Set([
			...problem.rooms.flatMap((r) => r.busyOrganisationIds),
			...problem.activities.flatMap((a) => (a.organisationId ? [a.organisationId] : []))
		])
	];
	const quartierIds = [...new Set(problem.rooms.flatMap((r) => (r.quartierId ? [r.quartierId] : [])))];
	const [organisations, quartiers] = await Promise.all([
		organisationIds.length
			? db
					.select({ id: organisation.id, name: organisation.name })
					.from(organisation)
					.where(inArray(organisation.id, organisationIds))
			: [],
		quartierIds.length
			? db.select({ id: quartier.id, name: quartier.name }).from(quartier).where(inArray(quartier.id, quartierIds))
			: []
	]);
	return {
		organisations: Object.fromEntries(organisations.map((o) => [o.id, o.name])) as Record<string, string>,
		quartiers: Object.fromEntries(quartiers.map((q) => [q.id, q.name])) as Record<string, string>
	};
}

export interface RunChoice {
	id: string;
	scenarioId: string;
	scenarioName: string;
	createdAt: Date;
	/** The commune's, for showing when the run was made. */
	timeZone: string;
}

/** Finished runs, newest first: what the comparison page offers. */
export async function loadDoneRuns(db: Database, limit = 200): Promise<RunChoice[]> {
	return db
		.select({
			id: plannerRun.id,
			scenarioId: plannerRun.scenarioId,
			scenarioName: plannerScenario.name,
			createdAt: plannerRun.createdAt,
			timeZone: commune.timeZone
		})
		.from(plannerRun)
		.innerJoin(plannerScenario, eq(plannerScenario.id, plannerRun.scenarioId))
		.innerJoin(commune, eq(commune.id, plannerScenario.communeId))
		.where(eq(plannerRun.status, 'done'))
		.orderBy(desc(plannerRun.createdAt), asc(plannerRun.id))
		.limit(limit);
}

/** A run by id alone (the comparison page names runs, not scenarios). */
export async function loadRunById(db: Database, runId: string): Promise<StoredRun | null> {
	const [row] = await db.select({ scenarioId: plannerRun.scenarioId }).from(plannerRun).where(eq(plannerRun.id, runId));
	return row ? loadRun(db, row.scenarioId, runId) : null;
}

const PUBLIC_STATUSES = NEED_STATUSES.filter(isPublicStatus);

export interface ScenarioNeeds {
	quartiers: { id: string; name: string; qpvCode: string | null }[];
	/** Public needs and ideas of the scenario's quartiers, counted by theme (most first). */
	byTheme: { theme: string; count: number; supports: number }[];
	/** The most supported public needs, for the brief's "what residents asked for". */
	top: { id: string; title: string; theme: string; supportCount: number; quartierName: string }[];
	total: number;
}

export async function loadScenarioNeeds(db: Database, scenarioId: string, topCount = 8): Promise<ScenarioNeeds> {
	const quartiers = await db
		.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
		.from(plannerScenarioQuartier)
		.innerJoin(quartier, eq(quartier.id, plannerScenarioQuartier.quartierId))
		.where(eq(plannerScenarioQuartier.scenarioId, scenarioId))
		.orderBy(asc(quartier.name));
	const ids = quartiers.map((q) => q.id);
	if (ids.length === 0) return { quartiers, byTheme: [], top: [], total: 0 };
	const where = and(inArray(need.quartierId, ids), inArray(need.status, PUBLIC_STATUSES));
	const [byTheme, top] = await Promise.all([
		db
			.select({
				theme: need.theme,
				count: sql<number>`count(*)::int`,
				supports: sql<number>`coalesce(sum(${need.supportCount}), 0)::int`
			})
			.from(need)
			.where(where)
			.groupBy(need.theme)
			.orderBy(desc(sql`count(*)`), asc(need.theme)),
		db
			.select({
				id: need.id,
				title: need.title,
				theme: need.theme,
				supportCount: need.supportCount,
				quartierName: quartier.name
			})
			.from(need)
			.innerJoin(quartier, eq(quartier.id, need.quartierId))
			.where(where)
			.orderBy(desc(need.supportCount), asc(need.id))
			.limit(topCount)
	]);
	return { quartiers, byTheme, top, total: byTheme.reduce((sum, t) => sum + t.count, 0) };
}
