import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues } from '#lib/server/http.js';
import { checkResetLink } from '#lib/server/use-cases/check-reset-link.js';
import { resetPassword } from '#lib/server/use-cases/reset-password.js';

export const load: PageServerLoad = async ({ url }) => {
	const token = url.searchParams.get('token') ?? '';
	return { token, valid: token ? await checkResetLink(await app(), token) : false };
};

export const actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await resetPassword(await app(), values);
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, '/sign-in?reset=1');
	}
} satisfies Actions;
