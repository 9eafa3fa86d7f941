import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, guarded } from '#lib/server/http.js';
import { answerValues } from '#lib/server/consultations/form-values.js';
import { getConsultation } from '#lib/server/use-cases/get-consultation.js';
import { answerConsultation } from '#lib/server/use-cases/answer-consultation.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	const consultation = await getConsultation(await app(), locals.actor, { id: params.id });
	if (!consultation) error(404, 'NOT_FOUND');
	return { consultation, signedIn: locals.actor !== null };
};

export const actions = {
	default: async (event) => {
		const values = await answerValues(event.request);
		// Signed out: guarded sends the person to sign in, and back here afterwards.
		const result = await guarded(event, async () =>
			answerConsultation(await app(), event.locals.actor, { id: event.params.id, values })
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, `/consultations/${event.params.id}/thanks`);
	}
} satisfies Actions;
