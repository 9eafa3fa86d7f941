import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta, safeRedirectTarget } from '#lib/server/http.js';
import { rememberLocale } from '#lib/server/locale-cookie.js';
import { signIn } from '#lib/server/use-cases/sign-in.js';
import { isLocale } from '#lib/domain/locale.js';

export const load: PageServerLoad = ({ url }) => ({
	redirectTo: safeRedirectTarget(url.searchParams.get('redirectTo'), ''),
	signedOut: url.searchParams.has('signedOut'),
	passwordReset: url.searchParams.has('reset'),
	deleted: url.searchParams.has('deleted')
});

export const actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await signIn(await app(), values, requestMeta(event));
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		const next = safeRedirectTarget(values.redirectTo, '/account');
		if (result.twoFactorRequired) redirect(303, `/sign-in/two-factor?redirectTo=${encodeURIComponent(next)}`);
		// The account's language wins over the browser's guess from now on.
		if (isLocale(result.locale)) rememberLocale(event.cookies, result.locale, event.url);
		redirect(303, next);
	}
} satisfies Actions;
