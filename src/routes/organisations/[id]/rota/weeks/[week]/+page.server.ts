import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getRotaWeek } from '#lib/server/use-cases/get-rota-week.js';
import { publishRota } from '#lib/server/use-cases/publish-rota.js';
import { decideRotaSwap } from '#lib/server/use-cases/decide-rota-swap.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const found = await getRotaWeek(await app(), event.locals.actor, event.params.id, event.params.week);
		if (!found) error(404, { message: 'Not Found' });
		return found;
	});

export const actions = {
	publish: (event) =>
		guarded(event, async () => {
			await publishRota(await app(), event.locals.actor, event.params.id, event.params.week);
			return { done: 'published' as const };
		}),
	decide: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await decideRotaSwap(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure({ ...values, form: 'swaps' }, result.fieldErrors);
			return { done: result.decision };
		})
} satisfies Actions;
