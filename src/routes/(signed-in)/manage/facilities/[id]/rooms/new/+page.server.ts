import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getManagedFacility } from '#lib/server/use-cases/get-managed-facility.js';
import { createRoom } from '#lib/server/use-cases/create-room.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const managed = await getManagedFacility(await app(), event.locals.actor, event.params.id);
		if (!managed) error(404, { message: 'Not Found' });
		return { facility: { id: managed.facility.id, name: managed.facility.name }, contentLocale: managed.contentLocale };
	});

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await createRoom(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/manage/rooms/${result.id}?saved=created`);
		})
} satisfies Actions;
