import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getManagedRoom } from '#lib/server/use-cases/get-managed-room.js';
import { updateRoom } from '#lib/server/use-cases/update-room.js';
import { addRoomPhoto } from '#lib/server/use-cases/add-room-photo.js';
import { deleteRoomPhoto } from '#lib/server/use-cases/delete-room-photo.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const managed = await getManagedRoom(await app(), event.locals.actor, event.params.id);
		if (!managed) error(404, { message: 'Not Found' });
		return { ...managed, saved: event.url.searchParams.get('saved') };
	});

export const actions = {
	save: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await updateRoom(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure({ ...values, form: 'room' }, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/manage/rooms/${result.id}?saved=room`);
		}),
	photo: (event) =>
		guarded(event, async () => {
			requireUser(event.locals);
			const data = await event.request.formData();
			const alt = data.get('alt');
			const file = data.get('photo');
			const values = { alt: typeof alt === 'string' ? alt : '', form: 'photo' };
			const upload =
				file instanceof File ? { size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) } : null;
			const result = await addRoomPhoto(await app(), event.locals.actor, event.params.id, values, upload);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/manage/rooms/${event.params.id}?saved=photo#photos-heading`);
		}),
	deletePhoto: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await deleteRoomPhoto(await app(), event.locals.actor, event.params.id, values.photoId ?? '');
			if (!result.ok) return formFailure({ ...values, form: 'photo' }, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/manage/rooms/${event.params.id}?saved=photo-deleted#photos-heading`);
		})
} satisfies Actions;
