import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValuesWithLists, guarded, requireUser } from '#lib/server/http.js';
import { createConsultation } from '#lib/server/use-cases/create-consultation.js';
import { getConsultationEditor } from '#lib/server/use-cases/get-consultation-editor.js';
import { LIST_FIELDS } from '#lib/domain/consultation-form.js';

export const load: PageServerLoad = async (event) => {
	const editor = await guarded(event, async () => getConsultationEditor(await app(), event.locals.actor, { id: null }));
	return { quartiers: editor!.quartiers };
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValuesWithLists(event.request, LIST_FIELDS);
		const result = await guarded(event, async () => createConsultation(await app(), event.locals.actor, values));
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, `/manage/consultations/${result.id}?saved=created`);
	}
} satisfies Actions;
