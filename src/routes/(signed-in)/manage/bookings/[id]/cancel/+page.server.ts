import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { getManagedBooking } from '#lib/server/use-cases/get-managed-booking.js';
import { cancelBookingAsManager } from '#lib/server/use-cases/cancel-booking-as-manager.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const found = await getManagedBooking(await app(), event.locals.actor, event.params.id);
		if (!found) error(404, { message: 'Not Found' });
		return { booking: found };
	});

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await cancelBookingAsManager(
				await app(),
				event.locals.actor,
				{ bookingIds: [event.params.id], reason: values.reason },
				new Date()
			);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, '/manage/bookings?cancelled=1');
		})
} satisfies Actions;
