import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { listInitiativeSessions } from '#lib/server/use-cases/list-initiative-sessions.js';
import { signUpForSession } from '#lib/server/use-cases/sign-up-for-session.js';
import { cancelSessionSignup } from '#lib/server/use-cases/cancel-session-signup.js';
import { setSessionCapacity } from '#lib/server/use-cases/set-session-capacity.js';

const DONE = new Set(['signed_up', 'waiting', 'cancelled', 'capacity']);

/** An initiative's coming sessions: places left, and the reader's own place in each. */
export const load: PageServerLoad = async (event) => {
	const found = await listInitiativeSessions(await app(), event.locals.actor, { initiativeId: event.params.id });
	if (!found) error(404, 'NOT_FOUND');
	const done = event.url.searchParams.get('done');
	return { ...found, done: done && DONE.has(done) ? done : null, signedIn: !!event.locals.user };
};

export const actions = {
	signUp: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			signUpForSession(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: values.bookingId ?? ''
			})
		);
		if (!result.ok) return formFailure(values, { form: result.error }, undefined, { bookingId: values.bookingId });
		redirect(
			303,
			`/initiatives/${event.params.id}/sessions?done=${result.value.status === 'confirmed' ? 'signed_up' : 'waiting'}`
		);
	},
	cancel: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			cancelSessionSignup(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: values.bookingId ?? '',
				signupId: values.signupId ?? ''
			})
		);
		if (!result.ok) return formFailure(values, { form: result.error }, undefined, { bookingId: values.bookingId });
		redirect(303, `/initiatives/${event.params.id}/sessions?done=cancelled`);
	},
	capacity: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			setSessionCapacity(await app(), event.locals.actor, { initiativeId: event.params.id, values })
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, `/initiatives/${event.params.id}/sessions?done=capacity`);
	}
} satisfies Actions;
