import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, guarded } from '#lib/server/http.js';
import { getOrganisationProfile } from '#lib/server/use-cases/get-organisation-profile.js';
import { updateOrganisation } from '#lib/server/use-cases/update-organisation.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const found = await getOrganisationProfile(await app(), event.locals.actor, event.params.id);
		if (!found) error(404, { message: 'Not Found' });
		return { ...found, saved: event.url.searchParams.has('saved') };
	});

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			// The quartier checkboxes send one value each; every other field sends one.
			const data = await event.request.formData();
			const values: Record<string, string> = {};
			for (const [k, v] of data) if (typeof v === 'string' && k !== 'quartierIds' && !(k in values)) values[k] = v;
			const quartierIds = data.getAll('quartierIds').filter((v): v is string => typeof v === 'string');
			const result = await updateOrganisation(await app(), event.locals.actor, event.params.id, {
				...values,
				quartierIds
			});
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { quartierIds });
			redirect(303, `/organisations/${event.params.id}/edit?saved=1`);
		})
} satisfies Actions;
