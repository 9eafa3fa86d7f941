import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { plannerRoom, plannerScenario, plannerUpgrade } from '../db/schema.js';
import { loadRun } from '../planner/runs.js';
import { copyScenario } from './copy-scenario.js';
import { startPlannerRun } from './start-planner-run.js';
import { parseWhatIf } from '#lib/domain/planner/what-if-form.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * "What if the budget were…, what if this room had N more m²": the run's scenario is copied (the
 * editor's copyScenario), the copy changed, and a run started on it. More m² for a planned room
 * change its design; an existing room cannot be changed by a scenario, so it gets a free
 * candidate upgrade of that area, labelled as the what-if, which the solver buys if it helps.
 * The copy stays even when its run cannot start: the planner sees it in her scenarios.
 */
export async function startWhatIf(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { scenarioId: string; runId: string },
	values: Record<string, string | undefined>
): Promise<{ ok: true; scenarioId: string; runId: string } | { ok: false; fieldErrors: FieldErrors }> {
	assertAllowed(actor, 'planner.use');
	const run = await loadRun(ctx.db, input.scenarioId, input.runId);
	if (!run?.problem) return { ok: false, fieldErrors: { form: 'PLANNER.SCENARIO_NOT_FOUND' } };
	const parsed = parseWhatIf(
		values,
		run.problem.rooms.map((r) => r.id)
	);
	if (!parsed.ok) return parsed;
	const change = parsed.data;
	// The room as the scenario holds it now (the run's problem may be older than the scenario).
	const [original] = change.roomId
		? await ctx.db.select().from(plannerRoom).where(eq(plannerRoom.id, change.roomId))
		: [null];
	if (change.roomId && !original) return { ok: false, fieldErrors: { roomId: 'PLANNER.WHATIF_ROOM' } };

	const copy = await copyScenario(ctx, actor, input.scenarioId, {});
	if (!copy.ok) return copy;
	await ctx.db.transaction(async (tx) => {
		if (change.budget !== null)
			await tx.update(plannerScenario).set({ budgetEuros: change.budget }).where(eq(plannerScenario.id, copy.id));
		if (original && change.extraM2 !== null) {
			// copyScenario keeps rooms' positions and labels: that is how the copy's room is found.
			const [mine] = await tx
				.select()
				.from(plannerRoom)
				.where(
					and(
						eq(plannerRoom.scenarioId, copy.id),
						eq(plannerRoom.position, original.position),
						eq(plannerRoom.label, original.label)
					)
				);
			if (!mine) return;
			if (mine.roomId === null)
				await tx
					.update(plannerRoom)
					.set({
						equipment: sql`jsonb_set(coalesce(${plannerRoom.equipment}, '{}'::jsonb), '{areaM2}', to_jsonb(coalesce((${plannerRoom.equipment}->>'areaM2')::int, 0) + ${change.extraM2}))`
					})
					.where(eq(plannerRoom.id, mine.id));
			else
				await tx.insert(plannerUpgrade).values({
					id: randomUUID(),
					scenarioId: copy.id,
					plannerRoomId: mine.id,
					kind: 'area',
					amountM2: change.extraM2,
					costEuros: 0,
					label: `+${change.extraM2} m² (what-if)`
				});
		}
	});
	const started = await startPlannerRun(ctx, actor, copy.id);
	if (!started.ok) return { ok: false, fieldErrors: { form: started.error } };
	return { ok: true, scenarioId: copy.id, runId: started.value.runId };
}
