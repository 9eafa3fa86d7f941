import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getSessionRoster } from '#lib/server/use-cases/get-session-roster.js';
import { recordCounterSignup } from '#lib/server/use-cases/record-counter-signup.js';
import { takeSessionAttendance } from '#lib/server/use-cases/take-session-attendance.js';
import { setSessionCapacity } from '#lib/server/use-cases/set-session-capacity.js';
import { cancelSessionSignup } from '#lib/server/use-cases/cancel-session-signup.js';
import { getChildcareCoupling } from '#lib/server/use-cases/get-childcare-coupling.js';
import { setChildcareNeed } from '#lib/server/use-cases/set-childcare-need.js';
import { linkChildcare } from '#lib/server/use-cases/link-childcare.js';
import { unlinkChildcare } from '#lib/server/use-cases/unlink-childcare.js';

const DONE = new Set([
	'counter_confirmed',
	'counter_waiting',
	'attendance',
	'capacity',
	'cancelled',
	'childcare_need',
	'childcare_linked',
	'childcare_unlinked'
]);

/** The organiser's page of one session: the list, the counter sign-up form and the attendance form. */
export const load: PageServerLoad = async (event) => {
	const roster = await guarded(event, async () =>
		getSessionRoster(await app(), event.locals.actor, {
			initiativeId: event.params.id,
			bookingId: event.params.bookingId
		})
	);
	if (!roster) error(404, 'NOT_FOUND');
	const childcare = await getChildcareCoupling(await app(), event.locals.actor, {
		initiativeId: event.params.id,
		bookingId: event.params.bookingId
	});
	const done = event.url.searchParams.get('done');
	return { roster, childcare, initiativeId: event.params.id, done: done && DONE.has(done) ? done : null };
};

const back = (params: { id: string; bookingId: string }, done: string) =>
	`/initiatives/${params.id}/sessions/${params.bookingId}?done=${done}`;

export const actions = {
	counter: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			recordCounterSignup(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: event.params.bookingId,
				values
			})
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, undefined, { action: 'counter' });
		redirect(303, back(event.params, result.status === 'confirmed' ? 'counter_confirmed' : 'counter_waiting'));
	},
	attendance: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			takeSessionAttendance(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: event.params.bookingId,
				values
			})
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, undefined, { action: 'attendance' });
		redirect(303, back(event.params, 'attendance'));
	},
	capacity: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			setSessionCapacity(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: event.params.bookingId,
				values
			})
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, undefined, { action: 'capacity' });
		redirect(303, back(event.params, 'capacity'));
	},
	cancel: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			cancelSessionSignup(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: event.params.bookingId,
				signupId: values.signupId ?? ''
			})
		);
		if (!result.ok) return formFailure(values, { form: result.error }, undefined, { action: 'cancel' });
		redirect(303, back(event.params, 'cancelled'));
	},
	childcareNeed: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			setChildcareNeed(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: event.params.bookingId,
				values
			})
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, undefined, { action: 'childcareNeed' });
		redirect(303, back(event.params, 'childcare_need'));
	},
	linkChildcare: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			linkChildcare(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: event.params.bookingId,
				childcareBookingId: values.childcareBookingId ?? ''
			})
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, { form: result.error }, undefined, { action: 'linkChildcare' });
		redirect(303, back(event.params, 'childcare_linked'));
	},
	unlinkChildcare: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			unlinkChildcare(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: event.params.bookingId
			})
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, { form: result.error }, undefined, { action: 'linkChildcare' });
		redirect(303, back(event.params, 'childcare_unlinked'));
	}
} satisfies Actions;
