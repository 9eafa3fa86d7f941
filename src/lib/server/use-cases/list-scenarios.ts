import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import {
	commune,
	plannerActivity,
	plannerRoom,
	plannerRun,
	plannerScenario,
	plannerScenarioQuartier,
	quartier,
	quartierCommune
} from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';

export interface ScenarioListItem {
	id: string;
	name: string;
	communeId: string;
	createdBy: string | null;
	communeName: string;
	quartiers: string[];
	activities: number;
	rooms: number;
	runs: number;
	budgetEuros: number;
	copiedFromId: string | null;
	updatedAt: Date;
}

/**
 * The planners' scenarios, changed last first. Planners of a commune work together on its
 * programme, so every planner sees every scenario; the list groups them by commune on the page.
 * Also the communes, and the quartiers of the one picked, for the "new scenario" form.
 */
export async function listScenarios(ctx: Pick<AppContext, 'db'>, actor: Actor | null, communeId: string | null = null) {
	assertAllowed(actor, 'planner.use');
	const rows = await ctx.db
		.select({
			id: plannerScenario.id,
			name: plannerScenario.name,
			communeId: plannerScenario.communeId,
			createdBy: plannerScenario.createdBy,
			communeName: commune.name,
			budgetEuros: plannerScenario.budgetEuros,
			copiedFromId: plannerScenario.copiedFromId,
			updatedAt: plannerScenario.updatedAt,
			activities: sql<number>`(SELECT count(*)::int FROM ${plannerActivity} WHERE ${plannerActivity.scenarioId} = ${plannerScenario.id})`,
			rooms: sql<number>`(SELECT count(*)::int FROM ${plannerRoom} WHERE ${plannerRoom.scenarioId} = ${plannerScenario.id})`,
			runs: sql<number>`(SELECT count(*)::int FROM ${plannerRun} WHERE ${plannerRun.scenarioId} = ${plannerScenario.id})`
		})
		.from(plannerScenario)
		.innerJoin(commune, eq(commune.id, plannerScenario.communeId))
		.orderBy(asc(commune.name), desc(plannerScenario.updatedAt), asc(plannerScenario.id))
		.limit(500);
	const ids = rows.map((r) => r.id);
	const quartierRows = ids.length
		? await ctx.db
				.select({ scenarioId: plannerScenarioQuartier.scenarioId, name: quartier.name })
				.from(plannerScenarioQuartier)
				.innerJoin(quartier, eq(quartier.id, plannerScenarioQuartier.quartierId))
				.where(inArray(plannerScenarioQuartier.scenarioId, ids))
				.orderBy(asc(quartier.name))
		: [];
	const scenarios: ScenarioListItem[] = rows.map((r) => ({
		...r,
		activities: Number(r.activities),
		rooms: Number(r.rooms),
		runs: Number(r.runs),
		quartiers: quartierRows.filter((q) => q.scenarioId === r.id).map((q) => q.name)
	}));

	// Communes that have quartiers; the quartiers only of the commune picked, so that the form stays
	// short once the whole country's QPV are imported.
	const communes = await ctx.db
		.selectDistinct({ id: commune.id, name: commune.name })
		.from(quartierCommune)
		.innerJoin(commune, eq(commune.id, quartierCommune.communeId))
		.orderBy(asc(commune.name), asc(commune.id));
	// Without a choice in the address: the commune of the planner's own scope, else that of her
	// latest scenario (once a region's QPV are imported the list is long, and the first commune in
	// alphabetical order is rarely hers), else the only one there is.
	const scoped = actor?.grants.find((g) => g.scopeType === 'commune' && communes.some((c) => c.id === g.scopeId));
	const latest = rows
		.filter((r) => r.createdBy === actor?.userId)
		.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
	const picked =
		communes.find((c) => c.id === communeId) ??
		communes.find((c) => c.id === (scoped?.scopeId ?? latest?.communeId)) ??
		(communes.length === 1 ? communes[0] : undefined);
	const quartiers = picked
		? await ctx.db
				.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode })
				.from(quartierCommune)
				.innerJoin(quartier, eq(quartier.id, quartierCommune.quartierId))
				.where(eq(quartierCommune.communeId, picked.id))
				.orderBy(asc(quartier.name))
		: [];
	return { scenarios, communes, communeId: picked?.id ?? null, quartiers };
}
