import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getDemographicProfile } from '#lib/server/use-cases/get-demographic-profile.js';
import { saveDemographicProfile } from '#lib/server/use-cases/save-demographic-profile.js';
import { withdrawDemographicProfile } from '#lib/server/use-cases/withdraw-demographic-profile.js';

export const load: PageServerLoad = async (event) => {
	const profile = await guarded(event, async () => getDemographicProfile(await app(), event.locals.actor));
	return { profile, done: event.url.searchParams.get('done') };
};

export const actions = {
	save: async (event) => {
		const values = await formValues(event.request);
		const result = await guarded(event, async () => saveDemographicProfile(await app(), event.locals.actor, values));
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, '/account/demographics?done=saved');
	},
	withdraw: async (event) => {
		await guarded(event, async () => withdrawDemographicProfile(await app(), event.locals.actor));
		redirect(303, '/account/demographics?done=withdrawn');
	}
} satisfies Actions;
