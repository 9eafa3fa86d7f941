import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerActivity, practice } from '../db/schema.js';
import { practiceRequirementColumns, kitchen } from '../fit/equipment.js';
import {
	findScenario,
	nextActivityPosition,
	notFound,
	scenarioQuartierIds,
	themeDemand,
	touchScenario,
	type EditResult
} from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { isOneOf, TIME_WINDOWS } from '#lib/domain/vocabulary.js';
import { defaultPriority } from '#lib/domain/planner/suggestions.js';
import { servableDemand, type ServableDemand } from '#lib/domain/planner/servable-demand.js';
import { gridOf } from '#lib/domain/planner/problem.js';

/**
 * Adds a published practice of the catalogue to a scenario as an activity: its requirements and
 * time pattern are copied (then edited in the scenario, never in the catalogue), and its priority
 * starts from residents' support for its themes in the scenario's quartiers. Its weekly demand is
 * brought within what its windows can serve on the scenario's grid (servable-demand.ts), and what
 * was changed is returned, for the editor to tell the planner.
 */
export async function addPlannerActivity(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult<{ id: string; adjusted: ServableDemand['adjusted'] }>> {
	assertAllowed(actor, 'planner.use');
	const practiceId = typeof values.practiceId === 'string' ? values.practiceId.trim() : '';
	if (!practiceId) return { ok: false, fieldErrors: { practiceId: 'FIELD.REQUIRED' } };
	return ctx.db.transaction(async (tx) => {
		const scenario = await findScenario(tx, scenarioId);
		if (!scenario) return notFound();
		const [p] = await tx
			.select({
				id: practice.id,
				title: practice.title,
				themes: practice.themes,
				sessionsPerWeek: practice.sessionsPerWeek,
				sessionMinutes: practice.sessionMinutes,
				preferredWindows: practice.preferredWindows,
				...practiceRequirementColumns
			})
			.from(practice)
			.where(and(eq(practice.id, practiceId), eq(practice.status, 'published')))
			.limit(1);
		if (!p) return { ok: false as const, fieldErrors: { practiceId: 'CHOICE.INVALID' } };
		const demand = await themeDemand(tx, await scenarioQuartierIds(tx, scenarioId));
		const windows = p.preferredWindows.filter((w) => isOneOf(TIME_WINDOWS, w));
		const weekly = servableDemand(p, windows, gridOf(scenario));
		const id = randomUUID();
		await tx.insert(plannerActivity).values({
			id,
			scenarioId,
			position: await nextActivityPosition(tx, scenarioId),
			practiceId: p.id,
			label: p.title,
			requirements: {
				minAreaM2: p.minAreaM2,
				kitchenLevel: kitchen(p.kitchenLevel),
				toilets: p.toilets,
				childToilets: p.childToilets,
				changingTable: p.changingTable,
				storageM2: p.storageM2,
				outdoorM2: p.outdoorM2,
				stepFree: p.stepFree,
				vanAccess: p.vanAccess,
				waterPoint: p.waterPoint
			},
			sessionsPerWeek: weekly.sessionsPerWeek,
			sessionMinutes: weekly.sessionMinutes,
			windows,
			priority: defaultPriority(p.themes, demand),
			itinerant: false
		});
		await touchScenario(tx, scenarioId);
		return { ok: true as const, id, adjusted: weekly.adjusted };
	});
}
