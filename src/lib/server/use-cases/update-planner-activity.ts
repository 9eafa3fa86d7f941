import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { organisation, plannerActivity } from '../db/schema.js';
import { touchScenario, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm } from '#lib/domain/account-forms.js';
import { activityForm } from '#lib/domain/planner/scenario-forms.js';

/** An activity's demand (sessions, length, windows, priority, itinerant), who runs it and what it needs. */
export async function updatePlannerActivity(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; activityId: string },
	values: Record<string, unknown>
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	const form = parseForm(activityForm, values);
	if (!form.ok) return form;
	return ctx.db.transaction(async (tx): Promise<EditResult> => {
		if (form.data.organisationId) {
			const [o] = await tx
				.select({ id: organisation.id })
				.from(organisation)
				.where(eq(organisation.id, form.data.organisationId))
				.limit(1);
			if (!o) return { ok: false as const, fieldErrors: { organisationId: 'CHOICE.INVALID' } };
		}
		const updated = await tx
			.update(plannerActivity)
			.set(form.data)
			.where(and(eq(plannerActivity.id, input.activityId), eq(plannerActivity.scenarioId, input.scenarioId)))
			.returning({ id: plannerActivity.id });
		if (updated.length === 0) return { ok: false as const, fieldErrors: { form: 'PLANNER.ACTIVITY_NOT_FOUND' } };
		await touchScenario(tx, input.scenarioId);
		return { ok: true as const };
	});
}
