import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded } from '#lib/server/http.js';
import { getMemberRotaConstraints } from '#lib/server/use-cases/get-member-rota-constraints.js';
import { saveMyRotaConstraints } from '#lib/server/use-cases/save-my-rota-constraints.js';
import { AccessDenied } from '#lib/server/authorisation.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		if (!event.locals.actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
		const found = await getMemberRotaConstraints(
			await app(),
			event.locals.actor,
			event.params.id,
			event.locals.actor.userId
		);
		if (!found) error(404, { message: 'Not Found' });
		return found;
	});

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValuesWithLists(event.request, ['daysOff']);
			const result = await saveMyRotaConstraints(await app(), event.locals.actor, event.params.id, values);
			if (!result) error(404, { message: 'Not Found' });
			if (!result.ok) return formFailure(values, result.fieldErrors);
			return { done: 'saved' as const };
		})
} satisfies Actions;
