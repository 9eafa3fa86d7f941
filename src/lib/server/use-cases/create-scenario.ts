import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { commune, plannerScenario, plannerScenarioQuartier, quartierCommune } from '../db/schema.js';
import type { EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm } from '#lib/domain/account-forms.js';
import { scenarioForm } from '#lib/domain/planner/scenario-forms.js';

/**
 * A planner starts a scenario: a name, a commune, one or more of its quartiers, and the week whose
 * bookings count as the rooms' fixed occupancy. Settings start from the schema's defaults.
 */
export async function createScenario(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<EditResult<{ id: string }>> {
	assertAllowed(actor, 'planner.use');
	const form = parseForm(scenarioForm, values);
	if (!form.ok) return form;
	const { name, communeId, quartierIds, referenceWeek } = form.data;

	const [found] = await ctx.db.select({ id: commune.id }).from(commune).where(eq(commune.id, communeId)).limit(1);
	if (!found) return { ok: false, fieldErrors: { communeId: 'CHOICE.INVALID' } };
	// Quartiers of another commune would plan with rooms the commune cannot lend.
	const inCommune = await ctx.db
		.select({ id: quartierCommune.quartierId })
		.from(quartierCommune)
		.where(and(eq(quartierCommune.communeId, communeId), inArray(quartierCommune.quartierId, quartierIds)));
	if (inCommune.length !== quartierIds.length)
		return { ok: false, fieldErrors: { quartierIds: 'PLANNER.QUARTIER_OUTSIDE_COMMUNE' } };

	const id = randomUUID();
	await ctx.db.transaction(async (tx) => {
		await tx.insert(plannerScenario).values({ id, name, communeId, referenceWeek, createdBy: actor.userId });
		await tx.insert(plannerScenarioQuartier).values(quartierIds.map((quartierId) => ({ scenarioId: id, quartierId })));
	});
	return { ok: true, id };
}
