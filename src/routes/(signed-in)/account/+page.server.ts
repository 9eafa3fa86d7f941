import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta, requireUser } from '#lib/server/http.js';
import { rememberLocale } from '#lib/server/locale-cookie.js';
import { changeLanguage } from '#lib/server/use-cases/change-language.js';
import { changePassword } from '#lib/server/use-cases/change-password.js';
import { deleteAccount } from '#lib/server/use-cases/delete-account.js';
import { listMyRoles } from '#lib/server/use-cases/list-my-roles.js';
import { renameAccount } from '#lib/server/use-cases/rename-account.js';

export const load: PageServerLoad = async ({ locals, url }) => {
	const u = locals.user!;
	return {
		account: { name: u.name, email: u.email, locale: u.locale, twoFactorEnabled: u.twoFactorEnabled },
		roles: await listMyRoles(await app(), u.id),
		welcome: url.searchParams.has('welcome')
	};
};

export const actions = {
	name: async (event) => {
		const u = requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await renameAccount(await app(), u.id, values);
		if (!result.ok) return formFailure({ ...values, form: 'name' }, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, '/account?saved=name');
	},
	language: async (event) => {
		const u = requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await changeLanguage(await app(), u.id, values);
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		rememberLocale(event.cookies, result.locale, event.url);
		redirect(303, '/account?saved=language');
	},
	password: async (event) => {
		const u = requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await changePassword(await app(), u.id, values, requestMeta(event));
		if (!result.ok) return formFailure({ ...values, form: 'password' }, result.fieldErrors, result.retryAfterSeconds);
		return { saved: 'password' as const };
	},
	delete: async (event) => {
		const u = requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await deleteAccount(await app(), u.id, values, requestMeta(event));
		if (!result.ok) return formFailure({ ...values, form: 'delete' }, result.fieldErrors);
		// The session row went with the account; the cookie is cleared too.
		for (const name of event.cookies.getAll().map((c) => c.name))
			if (name.startsWith('qv.') || name.startsWith('__Secure-qv.')) event.cookies.delete(name, { path: '/' });
		redirect(303, '/sign-in?deleted=1');
	}
} satisfies Actions;
