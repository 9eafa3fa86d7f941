import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { getCircuitForm } from '#lib/server/use-cases/get-circuit-form.js';
import { previewCircuit } from '#lib/server/use-cases/preview-circuit.js';
import { requestCircuit } from '#lib/server/use-cases/request-circuit.js';
import type { LegPlan } from '#lib/server/circuits/plan.js';
import { LEG_LIST_FIELDS } from '#lib/domain/circuit-form.js';

export const load: PageServerLoad = async (event) =>
	guarded(event, async () => getCircuitForm(await app(), event.locals.actor));

/** What the page shows of each leg's plan: counts and dates, nothing private about other bookings. */
function summary(legs: LegPlan[] | undefined) {
	return (legs ?? []).map((l) => ({
		row: l.leg.row,
		roomName: l.room.name,
		facilityName: l.room.facilityName,
		count: l.occurrences.length,
		skipped: l.skipped,
		conflicts: l.conflicts.map((c) => c.date),
		problems: l.problems
	}));
}

export const actions = {
	preview: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, LEG_LIST_FIELDS);
		const result = await guarded(event, async () =>
			previewCircuit(await app(), event.locals.actor, values, new Date())
		);
		if (!result.ok) return formFailure(values, result.fieldErrors, undefined, { preview: summary(result.legs) });
		return { values, preview: summary(result.legs), previewed: true };
	},
	request: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, LEG_LIST_FIELDS);
		const result = await guarded(event, async () =>
			requestCircuit(await app(), event.locals.actor, values, new Date())
		);
		if (!result.ok)
			return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { preview: summary(result.legs) });
		redirect(303, `/circuits/${result.id}?requested=${result.status === 'confirmed' ? 'confirmed' : 'pending'}`);
	}
} satisfies Actions;
