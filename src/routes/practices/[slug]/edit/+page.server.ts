import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { formFields, practiceFormFailure } from '#lib/server/catalogue/form-fields.js';
import { getPracticeForEditing } from '#lib/server/use-cases/get-practice-for-editing.js';
import { updatePractice } from '#lib/server/use-cases/update-practice.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const editing = await getPracticeForEditing(await app(), event.locals.actor, event.params.slug);
		if (!editing) error(404, { message: 'Not Found' });
		return { editing };
	});

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const values = await formFields(event.request);
			const result = await updatePractice(await app(), event.locals.actor, event.params.slug, values);
			if (!result.ok) return practiceFormFailure(values, result.fieldErrors, result.retryAfterSeconds);
			redirect(303, `/practices/${result.slug}?saved=1`);
		})
} satisfies Actions;
