import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getPlannedRoom } from '#lib/server/use-cases/get-planned-room.js';
import { updatePlannedRoom } from '#lib/server/use-cases/update-planned-room.js';
import { openingHoursToForm } from '#lib/domain/opening-hours.js';

export const load: PageServerLoad = async (event) => {
	const found = await guarded(event, async () =>
		getPlannedRoom(await app(), event.locals.actor, { scenarioId: event.params.id, plannerRoomId: event.params.roomId })
	);
	if (!found?.room) error(404, 'NOT_FOUND');
	return { ...found, room: found.room, hours: openingHoursToForm(found.room.openingHours) };
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			updatePlannedRoom(
				await app(),
				event.locals.actor,
				{ scenarioId: event.params.id, plannerRoomId: event.params.roomId },
				values
			)
		);
		if (!result.ok) {
			if (result.fieldErrors.form) error(404, 'NOT_FOUND');
			return formFailure(values, result.fieldErrors);
		}
		redirect(303, `/planner/${event.params.id}?saved=plannedRoom#rooms`);
	}
} satisfies Actions;
