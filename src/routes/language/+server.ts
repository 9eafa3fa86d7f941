import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { formValues, safeRedirectTarget } from '#lib/server/http.js';
import { rememberLocale } from '#lib/server/locale-cookie.js';
import { changeLanguage } from '#lib/server/use-cases/change-language.js';

/** The language switcher: a plain form post, so it works without JavaScript. */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const values = await formValues(request);
	const result = await changeLanguage(await app(), locals.user?.id ?? null, values);
	if (result.ok) rememberLocale(cookies, result.locale, url);
	redirect(303, safeRedirectTarget(values.redirectTo));
};
