import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getConsultationEditor } from '#lib/server/use-cases/get-consultation-editor.js';
import { addConsultationQuestion } from '#lib/server/use-cases/add-consultation-question.js';

export const load: PageServerLoad = async (event) => {
	const editor = await guarded(event, async () =>
		getConsultationEditor(await app(), event.locals.actor, { id: event.params.id })
	);
	if (!editor?.consultation) error(404, 'NOT_FOUND');
	const { id, title, language, questionsLocked } = editor.consultation;
	return { consultation: { id, title, language, questionsLocked } };
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			addConsultationQuestion(await app(), event.locals.actor, event.params.id, values)
		);
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, `/manage/consultations/${event.params.id}?saved=question#questions`);
	}
} satisfies Actions;
