import { redirect } from '@sveltejs/kit';
import type { Actions } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta } from '#lib/server/http.js';
import { signUp } from '#lib/server/use-cases/sign-up.js';

export const actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		// A field hidden from people: bots that fill it are turned away without a captcha.
		if (values.website) redirect(303, '/');
		const result = await signUp(await app(), values, { ...requestMeta(event), locale: event.locals.locale });
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, '/account?welcome=1');
	}
} satisfies Actions;
