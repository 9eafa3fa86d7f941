import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { getPlannerActivity } from '#lib/server/use-cases/get-planner-activity.js';
import { updatePlannerActivity } from '#lib/server/use-cases/update-planner-activity.js';
import { ACTIVITY_LIST_FIELDS } from '#lib/domain/planner/scenario-forms.js';

export const load: PageServerLoad = async (event) => {
	const found = await guarded(event, async () =>
		getPlannerActivity(await app(), event.locals.actor, {
			scenarioId: event.params.id,
			activityId: event.params.activityId
		})
	);
	if (!found) error(404, 'NOT_FOUND');
	return found;
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, ACTIVITY_LIST_FIELDS);
		const result = await guarded(event, async () =>
			updatePlannerActivity(
				await app(),
				event.locals.actor,
				{ scenarioId: event.params.id, activityId: event.params.activityId },
				values
			)
		);
		if (!result.ok) {
			if (result.fieldErrors.form) error(404, 'NOT_FOUND');
			return formFailure(values, result.fieldErrors);
		}
		redirect(303, `/planner/${event.params.id}?saved=activity#activities`);
	}
} satisfies Actions;
