import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { createInitiative } from '#lib/server/use-cases/create-initiative.js';
import { getInitiativeForm } from '#lib/server/use-cases/get-initiative-form.js';
import { LIST_FIELDS } from '#lib/domain/initiative-form.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async (event) => {
	const options = await guarded(event, async () =>
		getInitiativeForm(await app(), event.locals.actor, {
			organisationId: event.url.searchParams.get('organisation'),
			locale: getLocale()
		})
	);
	if (!options) error(404, 'NOT_FOUND');
	return options;
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, LIST_FIELDS);
		const result = await guarded(event, async () => createInitiative(await app(), event.locals.actor, values));
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, `/initiatives/${result.id}?saved`);
	}
} satisfies Actions;
