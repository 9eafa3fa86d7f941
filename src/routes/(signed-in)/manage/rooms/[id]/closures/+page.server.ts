import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listRoomClosures } from '#lib/server/use-cases/list-room-closures.js';
import { addRoomClosure } from '#lib/server/use-cases/add-room-closure.js';
import { removeRoomClosure } from '#lib/server/use-cases/remove-room-closure.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const listed = await listRoomClosures(await app(), event.locals.actor, event.params.id, new Date());
		if (!listed) error(404, { message: 'Not Found' });
		return listed;
	});

export const actions = {
	add: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await addRoomClosure(await app(), event.locals.actor, event.params.id, values, new Date());
			if (!result.ok) return formFailure({ ...values, form: 'add' }, result.fieldErrors, result.retryAfterSeconds);
			return { added: true as const, cancelled: result.cancelled };
		}),
	remove: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await removeRoomClosure(await app(), event.locals.actor, event.params.id, values.closureId ?? '');
			if (!result.ok) return formFailure({ form: 'remove' }, result.fieldErrors, result.retryAfterSeconds);
			return { removed: true as const };
		})
} satisfies Actions;
