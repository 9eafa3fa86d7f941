import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getManagedRoom } from '#lib/server/use-cases/get-managed-room.js';
import { deleteRoom } from '#lib/server/use-cases/delete-room.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const managed = await getManagedRoom(await app(), event.locals.actor, event.params.id);
		if (!managed) error(404, { message: 'Not Found' });
		return {
			room: { id: managed.room.id, name: managed.room.name },
			facility: managed.facility,
			photoCount: managed.photos.length,
			contentLocale: managed.contentLocale
		};
	});

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await deleteRoom(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/manage/facilities/${result.facilityId}?deleted=room`);
		})
} satisfies Actions;
