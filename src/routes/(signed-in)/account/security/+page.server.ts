import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { hasRole } from '#lib/domain/authorisation.js';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta, requireUser } from '#lib/server/http.js';
import { confirmTwoFactor } from '#lib/server/use-cases/confirm-two-factor.js';
import { disableTwoFactor } from '#lib/server/use-cases/disable-two-factor.js';
import { describeSetup, startTwoFactor } from '#lib/server/use-cases/start-two-factor.js';

export const load: PageServerLoad = ({ locals, url }) => ({
	enabled: locals.user!.twoFactorEnabled,
	isAdmin: locals.actor ? hasRole(locals.actor, 'administrator') : false,
	requiredForAdmin: url.searchParams.get('required') === 'admin',
	done: url.searchParams.get('done')
});

export const actions = {
	start: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await startTwoFactor(await app(), values, requestMeta(event));
		if (!result.ok) return formFailure(values, result.fieldErrors);
		return { setup: result.setup };
	},
	confirm: async (event) => {
		const u = requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await confirmTwoFactor(await app(), u.id, values, requestMeta(event));
		if (!result.ok)
			return formFailure(values, result.fieldErrors, result.retryAfterSeconds, {
				setup: await describeSetup(values.totpUri ?? '', (values.backupCodes ?? '').split(' ').filter(Boolean))
			});
		redirect(303, '/account/security?done=enabled');
	},
	disable: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await disableTwoFactor(await app(), values, requestMeta(event));
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, '/account/security?done=disabled');
	}
} satisfies Actions;
