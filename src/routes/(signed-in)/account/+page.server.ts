import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta } from '#lib/server/http.js';
import { rememberLocale } from '#lib/server/locale-cookie.js';
import { changeLanguage } from '#lib/server/use-cases/change-language.js';
import { changePassword } from '#lib/server/use-cases/change-password.js';
import { deleteAccount } from '#lib/server/use-cases/delete-account.js';

export const load: PageServerLoad = ({ locals, url }) => {
	const u = locals.user!;
	return {
		account: { name: u.name, email: u.email, locale: u.locale, twoFactorEnabled: u.twoFactorEnabled },
		grants: locals.actor?.grants ?? [],
		welcome: url.searchParams.has('welcome')
	};
};

function signedIn(locals: App.Locals) {
	if (!locals.user) error(401, { message: 'Unauthorized' });
	return locals.user;
}

export const actions = {
	language: async (event) => {
		const u = signedIn(event.locals);
		const values = await formValues(event.request);
		const result = await changeLanguage(await app(), u.id, values);
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		rememberLocale(event.cookies, result.locale, event.url);
		redirect(303, '/account?saved=language');
	},
	password: async (event) => {
		const u = signedIn(event.locals);
		const values = await formValues(event.request);
		const result = await changePassword(await app(), u.id, values, requestMeta(event));
		if (!result.ok) return formFailure({ ...values, form: 'password' }, result.fieldErrors, result.retryAfterSeconds);
		return { saved: 'password' as const };
	},
	delete: async (event) => {
		const u = signedIn(event.locals);
		const values = await formValues(event.request);
		const result = await deleteAccount(await app(), u.id, values, requestMeta(event));
		if (!result.ok) return formFailure({ ...values, form: 'delete' }, result.fieldErrors);
		// The session row went with the account; the cookie is cleared too.
		for (const name of event.cookies.getAll().map((c) => c.name))
			if (name.startsWith('qv.') || name.startsWith('__Secure-qv.')) event.cookies.delete(name, { path: '/' });
		redirect(303, '/sign-in?deleted=1');
	}
} satisfies Actions;
