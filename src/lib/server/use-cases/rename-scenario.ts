import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerScenario } from '../db/schema.js';
import { findScenario, notFound, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm } from '#lib/domain/account-forms.js';
import { text } from '#lib/domain/form-fields.js';

const renameForm = z.object({ name: text(120, { min: 3 }), description: text(2000, { optional: true }) });

/** A scenario's name and its note (what this variant tries). */
export async function renameScenario(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown>
): Promise<EditResult> {
	assertAllowed(actor, 'planner.use');
	const form = parseForm(renameForm, values);
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
