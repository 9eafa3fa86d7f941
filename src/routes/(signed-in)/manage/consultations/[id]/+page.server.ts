import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { getConsultationEditor } from '#lib/server/use-cases/get-consultation-editor.js';
import { updateConsultation } from '#lib/server/use-cases/update-consultation.js';
import { publishConsultation } from '#lib/server/use-cases/publish-consultation.js';
import { moveConsultationQuestion } from '#lib/server/use-cases/move-consultation-question.js';
import { removeConsultationQuestion } from '#lib/server/use-cases/remove-consultation-question.js';
import { LIST_FIELDS } from '#lib/domain/consultation-form.js';

export const load: PageServerLoad = async (event) => {
	const editor = await guarded(event, async () =>
		getConsultationEditor(await app(), event.locals.actor, { id: event.params.id })
	);
	if (!editor?.consultation) error(404, 'NOT_FOUND');
	return { quartiers: editor.quartiers, consultation: editor.consultation, saved: event.url.searchParams.get('saved') };
};

export const actions = {
	save: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, LIST_FIELDS);
		const result = await guarded(event, async () =>
			updateConsultation(await app(), event.locals.actor, event.params.id, values)
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds, { action: 'save' });
		redirect(303, `/manage/consultations/${event.params.id}?saved=details`);
	},
	publish: async (event) => {
		requireUser(event.locals);
		const result = await guarded(event, async () =>
			publishConsultation(await app(), event.locals.actor, event.params.id)
		);
		if (!result.ok) return formFailure({}, result.fieldErrors, undefined, { action: 'questions' });
		redirect(303, `/manage/consultations/${event.params.id}?saved=published`);
	},
	move: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			moveConsultationQuestion(await app(), event.locals.actor, {
				consultationId: event.params.id,
				questionId: values.questionId ?? '',
				direction: values.direction === 'up' ? 'up' : 'down'
			})
		);
		if (!result.ok) return formFailure({}, result.fieldErrors, undefined, { action: 'questions' });
		redirect(303, `/manage/consultations/${event.params.id}?saved=questions#questions`);
	},
	remove: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			removeConsultationQuestion(await app(), event.locals.actor, {
				consultationId: event.params.id,
				questionId: values.questionId ?? ''
			})
		);
		if (!result.ok) return formFailure({}, result.fieldErrors, undefined, { action: 'questions' });
		redirect(303, `/manage/consultations/${event.params.id}?saved=removed#questions`);
	}
} satisfies Actions;
