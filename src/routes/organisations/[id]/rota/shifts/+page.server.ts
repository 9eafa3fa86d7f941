import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getMyShifts } from '#lib/server/use-cases/get-my-shifts.js';
import { requestRotaSwap } from '#lib/server/use-cases/request-rota-swap.js';
import { createRotaFeed } from '#lib/server/use-cases/create-rota-feed.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const found = await getMyShifts(await app(), event.locals.actor, event.params.id);
		if (!found) error(404, { message: 'Not Found' });
		return found;
	});

export const actions = {
	swap: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await requestRotaSwap(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure({ ...values, form: 'swap' }, result.fieldErrors);
			return { done: 'swap' as const };
		}),
	feed: (event) =>
		guarded(event, async () => {
			const ctx = await app();
			const created = await createRotaFeed(ctx, event.locals.actor, event.params.id);
			if (!created) error(404, { message: 'Not Found' });
			// Shown once: only its hash is kept.
			return { done: 'feed' as const, feedUrl: `${ctx.config.origin}${created.path}?token=${created.token}` };
		})
} satisfies Actions;
