import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded } from '#lib/server/http.js';
import { listBookingRequests } from '#lib/server/use-cases/list-booking-requests.js';
import { decideBooking } from '#lib/server/use-cases/decide-booking.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const q = event.url.searchParams;
		const listing = await listBookingRequests(await app(), event.locals.actor, {
			facilityId: q.get('facility'),
			roomId: q.get('room')
		});
		const decided = q.get('decided');
		return {
			...listing,
			cancelled: q.get('cancelled') === '1',
			decided:
				decided === 'confirmed' || decided === 'refused'
					? { status: decided, count: Number(q.get('count')) || 0 }
					: null
		};
	});

export const actions = {
	decide: (event) =>
		guarded(event, async () => {
			const values = await formValuesWithLists(event.request, ['occurrences']);
			// Only the ticked dates are decided: unticking them all decides nothing, never the whole series.
			const result = await decideBooking(
				await app(),
				event.locals.actor,
				{ bookingIds: values.occurrences, decision: values.decision ?? '', reason: values.reason },
				new Date()
			);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { group: values.group });
			const back = new URLSearchParams();
			for (const key of ['facility', 'room']) {
				const v = event.url.searchParams.get(key);
				if (v) back.set(key, v);
			}
			back.set('decided', result.status);
			back.set('count', String(result.decided.length));
			redirect(303, `/manage/bookings?${back}`);
		})
} satisfies Actions;
