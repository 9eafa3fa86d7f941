import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listCommunes } from '#lib/server/use-cases/list-communes.js';
import { updateCommune } from '#lib/server/use-cases/update-commune.js';
import { pageRequest } from '#lib/domain/pagination.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const search = event.url.searchParams.get('q') ?? '';
		const list = await listCommunes(await app(), event.locals.actor, {
			search,
			page: pageRequest(event.url.searchParams.get('page'), 50)
		});
		return { ...list, search };
	});

export const actions = {
	update: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const communeId = values.communeId ?? '';
			const result = await updateCommune(await app(), event.locals.actor, communeId, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { communeId });
			return { saved: communeId };
		})
} satisfies Actions;
