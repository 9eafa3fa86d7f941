import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerScenario } from '../db/schema.js';
import { findScenario, notFound, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm } from '#lib/domain/account-forms.js';
import { settingsForm } from '#lib/domain/planner/scenario-forms.js';

/** Budget, grid, day bounds, time limit, gap and reference week of a scenario. */
export async function updateScenarioSettings(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	const form = parseForm(settingsForm, values);
	if (!form.ok) return form;
	return ctx.db.transaction(async (tx) => {
		if (!(await findScenario(tx, scenarioId))) return notFound();
		await tx
			.update(plannerScenario)
			.set({ ...form.data, updatedAt: new Date() })
			.where(eq(plannerScenario.id, scenarioId));
		return { ok: true as const };
	});
}
