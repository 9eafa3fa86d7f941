import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta, safeRedirectTarget } from '#lib/server/http.js';
import { completeTwoFactorSignIn } from '#lib/server/use-cases/complete-two-factor-sign-in.js';

export const load: PageServerLoad = ({ url }) => ({
	redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), '/account')
});

export const actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await completeTwoFactorSignIn(await app(), values, requestMeta(event));
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, safeRedirectTarget(values.redirectTo, '/account'));
	}
} satisfies Actions;
