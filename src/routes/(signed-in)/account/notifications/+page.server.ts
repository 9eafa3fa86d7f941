import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getNotificationPreference } from '#lib/server/use-cases/get-notification-preference.js';
import { saveNotificationPreference } from '#lib/server/use-cases/save-notification-preference.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => ({
		preference: await getNotificationPreference(await app(), event.locals.actor),
		saved: event.url.searchParams.has('saved')
	}));

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await saveNotificationPreference(await app(), event.locals.actor, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, '/account/notifications?saved=1');
		})
} satisfies Actions;
