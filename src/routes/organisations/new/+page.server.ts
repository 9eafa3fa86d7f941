import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { newOrganisationOptions } from '#lib/server/use-cases/new-organisation-options.js';
import { createOrganisation } from '#lib/server/use-cases/create-organisation.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => ({ communes: await newOrganisationOptions(await app(), event.locals.actor) }));

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await createOrganisation(await app(), event.locals.actor, values, event.locals.locale);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(
				303,
				`/organisations/${result.organisationId}?notice=${result.invitationMailed ? 'created' : 'created-mail-failed'}`
			);
		})
} satisfies Actions;
