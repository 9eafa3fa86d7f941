import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getFacilityChoices } from '#lib/server/use-cases/get-facility-choices.js';
import { createFacility } from '#lib/server/use-cases/create-facility.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => ({ choices: await getFacilityChoices(await app(), event.locals.actor) }));

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await createFacility(await app(), event.locals.actor, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/manage/facilities/${result.id}?saved=created`);
		})
} satisfies Actions;
