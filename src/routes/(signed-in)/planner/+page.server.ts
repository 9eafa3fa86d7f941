import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { listScenarios } from '#lib/server/use-cases/list-scenarios.js';
import { createScenario } from '#lib/server/use-cases/create-scenario.js';
import { nextMonday, SCENARIO_LIST_FIELDS } from '#lib/domain/planner/scenario-forms.js';
import { toLocal } from '#lib/domain/zoned-time.js';

export const load: PageServerLoad = async (event) => {
	const communeId = event.url.searchParams.get('commune');
	const list = await guarded(event, async () => listScenarios(await app(), event.locals.actor, communeId));
	return {
		...list,
		// The week after this one: this week's bookings are already under way.
		defaultReferenceWeek: nextMonday(toLocal(new Date(), 'Europe/Paris').date),
		deleted: event.url.searchParams.has('deleted')
	};
};

export const actions = {
	create: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, SCENARIO_LIST_FIELDS);
		const result = await guarded(event, async () => createScenario(await app(), event.locals.actor, values));
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, `/planner/${result.id}?saved=created`);
	}
} satisfies Actions;
