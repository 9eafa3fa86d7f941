import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { listInitiativeSessions } from '#lib/server/use-cases/list-initiative-sessions.js';
import { signUpForSession } from '#lib/server/use-cases/sign-up-for-session.js';
import { cancelSessionSignup } from '#lib/server/use-cases/cancel-session-signup.js';
import { setSessionCapacity } from '#lib/server/use-cases/set-session-capacity.js';
import { listSessionChildcare } from '#lib/server/use-cases/list-session-childcare.js';
import { setChildcareNeed } from '#lib/server/use-cases/set-childcare-need.js';
import { setChildcareOffer } from '#lib/server/use-cases/set-childcare-offer.js';

const DONE = new Set(['signed_up', 'waiting', 'cancelled', 'capacity', 'childcare_need', 'childcare_offer']);

/** An initiative's coming sessions: places left, the reader's own place in each, and their childcare. */
export const load: PageServerLoad = async (event) => {
	const ctx = await app();
	const found = await listInitiativeSessions(ctx, event.locals.actor, { initiativeId: event.params.id });
	const childcare = await listSessionChildcare(ctx, event.locals.actor, { initiativeId: event.params.id });
	if (!found || !childcare) error(404, 'NOT_FOUND');
	const done = event.url.searchParams.get('done');
	return { ...found, childcare, done: done && DONE.has(done) ? done : null, signedIn: !!event.locals.user };
};

export const actions = {
	signUp: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			signUpForSession(await app(), event.locals.actor, {
				initiativeId: event.params.id,
				bookingId: values.bookingId ?? '',
				values
			})
		);
		// A childcare refusal sits beside the child's age it is about; nothing was saved.
		if (!result.ok)
			return formFailure(values, { [result.field ?? 'form']: result.error }, undefined, {
				bookingId: values.bookingId
			});
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
	},
	childcareNeed: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			setChildcareNeed(await app(), event.locals.actor, { initiativeId: event.params.id, values })
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, undefined, { action: 'childcareNeed' });
		redirect(303, `/initiatives/${event.params.id}/sessions?done=childcare_need`);
	},
	childcareOffer: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			setChildcareOffer(await app(), event.locals.actor, { initiativeId: event.params.id, values })
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, undefined, { action: 'childcareOffer' });
		redirect(303, `/initiatives/${event.params.id}/sessions?done=childcare_offer`);
	}
} satisfies Actions;
