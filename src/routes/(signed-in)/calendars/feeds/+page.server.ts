import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listCalendarFeeds } from '#lib/server/use-cases/list-calendar-feeds.js';
import { createCalendarFeed } from '#lib/server/use-cases/create-calendar-feed.js';
import { revokeCalendarFeed } from '#lib/server/use-cases/revoke-calendar-feed.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const ctx = await app();
		return { ...(await listCalendarFeeds(ctx, event.locals.actor)), origin: ctx.config.origin };
	});

export const actions = {
	// The secret address travels back in this one response and is never stored in clear.
	create: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const ctx = await app();
			const result = await createCalendarFeed(ctx, event.locals.actor, values);
			if (!result.ok) return formFailure({ ...values, form: 'create' }, result.fieldErrors, result.retryAfterSeconds);
			return { created: { url: `${ctx.config.origin}${result.path}?token=${result.token}` } };
		}),
	revoke: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await revokeCalendarFeed(await app(), event.locals.actor, values.feedId ?? '');
			if (!result.ok) return formFailure({ ...values, form: 'feeds' }, result.fieldErrors);
			return { revoked: true };
		})
} satisfies Actions;
