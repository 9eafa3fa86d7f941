import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formValues, guarded } from '#lib/server/http.js';
import { listNotifications } from '#lib/server/use-cases/list-notifications.js';
import { markNotificationsRead } from '#lib/server/use-cases/mark-notifications-read.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => listNotifications(await app(), event.locals.actor, event.locals.locale));

export const actions = {
	read: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			await markNotificationsRead(await app(), event.locals.actor, { id: values.id ?? '' }, new Date());
			return { marked: 'one' as const };
		}),
	readAll: (event) =>
		guarded(event, async () => {
			await markNotificationsRead(await app(), event.locals.actor, 'all', new Date());
			return { marked: 'all' as const };
		})
} satisfies Actions;
