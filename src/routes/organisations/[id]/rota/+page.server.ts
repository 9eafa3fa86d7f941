import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getRotaPlanning } from '#lib/server/use-cases/get-rota-planning.js';
import { addRotaNeed } from '#lib/server/use-cases/add-rota-need.js';
import { removeRotaNeed } from '#lib/server/use-cases/remove-rota-need.js';
import { proposeRota } from '#lib/server/use-cases/propose-rota.js';
import { addDays, mondayOf, toLocal } from '#lib/domain/zoned-time.js';
import { ROTA_TIME_ZONE } from '#lib/server/rota/store.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const found = await getRotaPlanning(await app(), event.locals.actor, event.params.id);
		if (!found) error(404, { message: 'Not Found' });
		// Next week by default: rotas are planned ahead.
		const nextWeek = addDays(mondayOf(toLocal(new Date(), ROTA_TIME_ZONE).date), 7);
		return { ...found, nextWeek };
	});

export const actions = {
	addNeed: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await addRotaNeed(await app(), event.locals.actor, event.params.id, values);
			if (!result) error(404, { message: 'Not Found' });
			if (!result.ok) return formFailure({ ...values, form: 'need' }, result.fieldErrors);
			return { done: 'added' as const };
		}),
	removeNeed: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			await removeRotaNeed(await app(), event.locals.actor, event.params.id, values.needId ?? '');
			return { done: 'removed' as const };
		}),
	propose: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await proposeRota(await app(), event.locals.actor, event.params.id, values);
			if (!result) error(404, { message: 'Not Found' });
			if (!result.ok) return formFailure({ ...values, form: 'propose' }, result.fieldErrors);
			redirect(303, `/organisations/${event.params.id}/rota/weeks/${result.weekStart}`);
		})
} satisfies Actions;
