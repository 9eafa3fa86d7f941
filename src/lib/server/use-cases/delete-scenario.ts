import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerScenario } from '../db/schema.js';
import { notFound, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * Deletes a scenario with everything in it, its runs included (the schema cascades). Booking
 * requests already made from one of its runs stay: they are the rooms' business now.
 * The form asks for a ticked confirmation, so that a stray click deletes nothing.
 */
export async function deleteScenario(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	if (values.confirm !== 'on' && values.confirm !== 'yes')
		return { ok: false, fieldErrors: { confirm: 'CONFIRM.REQUIRED' } };
	return ctx.db.transaction(async (tx) => {
		const removed = await tx
			.delete(plannerScenario)
			.where(eq(plannerScenario.id, scenarioId))
			.returning({ id: plannerScenario.id });
		if (removed.length === 0) return notFound();
		return { ok: true as const };
	});
}
