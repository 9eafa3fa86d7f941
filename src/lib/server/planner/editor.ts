/**
 * What the planner editor's use cases share: finding a scenario, the next position in its lists,
 * the residents' demand by theme in its quartiers, and marking it changed. Every use case still
 * checks 'planner.use' itself, first.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { need, plannerActivity, plannerRoom, plannerScenario, plannerScenarioQuartier } from '../db/schema.js';
import { LISTED_STATUSES } from '#lib/domain/need-vocabulary.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { ThemeDemand } from '#lib/domain/planner/suggestions.js';

export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
type Reader = Database | Tx;

export type EditResult<T = object> = ({ ok: true } & T) | { ok: false; fieldErrors: FieldErrors };

export const notFound = (): { ok: false; fieldErrors: FieldErrors } => ({
	ok: false,
	fieldErrors: { form: 'PLANNER.SCENARIO_NOT_FOUND' }
});

export async function findScenario(db: Reader, id: string) {
	if (!id) return null;
	const [row] = await db.select().from(plannerScenario).where(eq(plannerScenario.id, id)).limit(1);
	return row ?? null;
}

export async function scenarioQuartierIds(db: Reader, scenarioId: string): Promise<string[]> {
	const rows = await db
		.select({ id: plannerScenarioQuartier.quartierId })
		.from(plannerScenarioQuartier)
		.where(eq(plannerScenarioQuartier.scenarioId, scenarioId));
	return rows.map((r) => r.id);
}

/** Published needs and their supports, by theme, over the quartiers. */
export async function themeDemand(db: Reader, quartierIds: readonly string[]): Promise<ThemeDemand[]> {
	if (quartierIds.length === 0) return [];
	const rows = await db
		.select({
			theme: need.theme,
			needs: sql<number>`count(*)::int`,
			supports: sql<number>`coalesce(sum(${need.supportCount}), 0)::int`
		})
		.from(need)
		.where(and(inArray(need.quartierId, [...quartierIds]), inArray(need.status, [...LISTED_STATUSES])))
		.groupBy(need.theme);
	return rows.map((r) => ({ theme: r.theme, needs: Number(r.needs), supports: Number(r.supports) }));
}

export async function nextActivityPosition(tx: Reader, scenarioId: string): Promise<number> {
	const [row] = await tx
		.select({ n: sql<number>`coalesce(max(${plannerActivity.position}), -1)::int + 1` })
		.from(plannerActivity)
		.where(eq(plannerActivity.scenarioId, scenarioId));
	return Number(row?.n ?? 0);
}

export async function nextRoomPosition(tx: Reader, scenarioId: string): Promise<number> {
	const [row] = await tx
		.select({ n: sql<number>`coalesce(max(${plannerRoom.position}), -1)::int + 1` })
		.from(plannerRoom)
		.where(eq(plannerRoom.scenarioId, scenarioId));
	return Number(row?.n ?? 0);
}

/** Lists show the scenarios changed last first. */
export async function touchScenario(tx: Tx, scenarioId: string): Promise<void> {
	await tx.update(plannerScenario).set({ updatedAt: new Date() }).where(eq(plannerScenario.id, scenarioId));
}
