import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getConsultationEditor } from '#lib/server/use-cases/get-consultation-editor.js';
import { updateConsultationQuestion } from '#lib/server/use-cases/update-consultation-question.js';

export const load: PageServerLoad = async (event) => {
	const editor = await guarded(event, async () =>
		getConsultationEditor(await app(), event.locals.actor, { id: event.params.id })
	);
	const question = editor?.consultation?.questions.find((q) => q.id === event.params.questionId);
	if (!editor?.consultation || !question) error(404, 'NOT_FOUND');
	const { id, title, language, questionsLocked } = editor.consultation;
	return {
		consultation: { id, title, language, questionsLocked },
		values: {
			kind: question.kind,
			prompt: question.prompt,
			help: question.help,
			required: question.required ? 'yes' : '',
			options: question.options.join('\n'),
			scaleMin: String(question.scaleMin ?? 1),
			scaleMax: String(question.scaleMax ?? 5),
			scaleMinLabel: question.scaleMinLabel ?? '',
			scaleMaxLabel: question.scaleMaxLabel ?? ''
		}
	};
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			updateConsultationQuestion(await app(), event.locals.actor, {
				consultationId: event.params.id,
				questionId: event.params.questionId,
				values
			})
		);
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, `/manage/consultations/${event.params.id}?saved=question#questions`);
	}
} satisfies Actions;
