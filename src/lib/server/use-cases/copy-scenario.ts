import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import {
	plannerActivity,
	plannerRoom,
	plannerScenario,
	plannerScenarioQuartier,
	plannerUpgrade
} from '../db/schema.js';
import { notFound, type EditResult } from '../planner/editor.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm } from '#lib/domain/account-forms.js';
import { text } from '#lib/domain/form-fields.js';

const copyForm = z.object({ name: text(120, { optional: true }) });

/** The name a copy gets when none is given: "Buers 2027 (copie)". */
export function copyName(name: string): string {
	const suffix = ' (copie)';
	return `${name.slice(0, 120 - suffix.length)}${suffix}`;
}

/**
 * A what-if variant: a new scenario with everything of the original (quartiers, activities,
 * rooms, candidate upgrades, settings) but none of its runs, remembering what it was copied from.
 * The results pages call this too, then change the copy's budget or add m² and solve it.
 * `values.name` may give the copy's name; empty means "<name> (copie)".
 */
export async function copyScenario(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scenarioId: string,
	values: Record<string, unknown> = {}
): Promise<EditResult<{ id: string }>> {
	assertAllowed(actor, 'planner.use');
	const form = parseForm(copyForm, values);
	if (!form.ok) return form;
	return ctx.db.transaction(async (tx) => {
		const [original] = await tx.select().from(plannerScenario).where(eq(plannerScenario.id, scenarioId)).limit(1);
		if (!original) return notFound();
		const id = randomUUID();
		const now = new Date();
		const { id: _id, createdAt: _c, updatedAt: _u, createdBy: _by, copiedFromId: _from, ...settings } = original;
		await tx.insert(plannerScenario).values({
			...settings,
			id,
			name: form.data.name || copyName(original.name),
			copiedFromId: original.id,
			createdBy: actor.userId,
			createdAt: now,
			updatedAt: now
		});

		const quartiers = await tx
			.select()
			.from(plannerScenarioQuartier)
			.where(eq(plannerScenarioQuartier.scenarioId, scenarioId));
		if (quartiers.length)
			await tx
				.insert(plannerScenarioQuartier)
				.values(quartiers.map((q) => ({ scenarioId: id, quartierId: q.quartierId })));

		const activities = await tx
			.select()
			.from(plannerActivity)
			.where(eq(plannerActivity.scenarioId, scenarioId))
			.orderBy(asc(plannerActivity.position));
		if (activities.length)
			await tx.insert(plannerActivity).values(activities.map((a) => ({ ...a, id: randomUUID(), scenarioId: id })));

		// Upgrades point at the copy's own rooms.
		const roomIds = new Map<string, string>();
		const rooms = await tx
			.select()
			.from(plannerRoom)
			.where(eq(plannerRoom.scenarioId, scenarioId))
			.orderBy(asc(plannerRoom.position));
		for (const r of rooms) roomIds.set(r.id, randomUUID());
		if (rooms.length)
			await tx.insert(plannerRoom).values(rooms.map((r) => ({ ...r, id: roomIds.get(r.id)!, scenarioId: id })));

		const upgrades = await tx.select().from(plannerUpgrade).where(eq(plannerUpgrade.scenarioId, scenarioId));
		if (upgrades.length)
			await tx.insert(plannerUpgrade).values(
				upgrades.map((u) => ({
					...u,
					id: randomUUID(),
					scenarioId: id,
					plannerRoomId: roomIds.get(u.plannerRoomId)!
				}))
			);
		return { ok: true as const, id };
	});
}
