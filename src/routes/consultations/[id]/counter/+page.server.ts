import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, guarded, requireUser } from '#lib/server/http.js';
import { answerValues } from '#lib/server/consultations/form-values.js';
import { getConsultation } from '#lib/server/use-cases/get-consultation.js';
import { recordCounterAnswer } from '#lib/server/use-cases/record-counter-answer.js';

export const load: PageServerLoad = async (event) => {
	if (!event.locals.actor) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(event.url.pathname)}`);
	const consultation = await getConsultation(await app(), event.locals.actor, { id: event.params.id });
	if (!consultation || consultation.status !== 'published') error(404, 'NOT_FOUND');
	// The page is for staff; recordCounterAnswer checks again for the answers themselves.
	if (!consultation.canManage) error(403, { message: 'Forbidden' });
	return { consultation, recorded: Number(event.url.searchParams.get('recorded') ?? 0) || 0 };
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await answerValues(event.request);
		const result = await guarded(event, async () =>
			recordCounterAnswer(await app(), event.locals.actor, { id: event.params.id, values })
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		const count = (Number(event.url.searchParams.get('recorded') ?? 0) || 0) + 1;
		// A fresh, empty form for the next person, with how many were recorded in this sitting.
		redirect(303, `/consultations/${event.params.id}/counter?recorded=${count}`);
	}
} satisfies Actions;
