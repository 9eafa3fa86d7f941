import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getManagedFacility } from '#lib/server/use-cases/get-managed-facility.js';
import { getFacilityChoices } from '#lib/server/use-cases/get-facility-choices.js';
import { updateFacility } from '#lib/server/use-cases/update-facility.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const ctx = await app();
		const managed = await getManagedFacility(ctx, event.locals.actor, event.params.id);
		if (!managed) error(404, { message: 'Not Found' });
		const choices = await getFacilityChoices(ctx, event.locals.actor, { communeId: managed.facility.communeId });
		return { ...managed, choices, saved: event.url.searchParams.get('saved') };
	});

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await updateFacility(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/manage/facilities/${result.id}?saved=facility`);
		})
} satisfies Actions;
