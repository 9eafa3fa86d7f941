import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta, safeRedirectTarget } from '#lib/server/http.js';
import { signUp } from '#lib/server/use-cases/sign-up.js';

/** Where to go once the account exists (e.g. back to an invitation link), same-site paths only. */
export const load: PageServerLoad = ({ url }) => ({
	redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), '')
});

export const actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		// A field hidden from people: bots that fill it are turned away without a captcha.
		if (values.website) redirect(303, '/');
		const result = await signUp(await app(), values, { ...requestMeta(event), locale: event.locals.locale });
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, safeRedirectTarget(values.redirectTo, '/account?welcome=1'));
	}
} satisfies Actions;
