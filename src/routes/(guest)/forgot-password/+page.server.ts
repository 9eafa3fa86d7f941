import type { Actions } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta } from '#lib/server/http.js';
import { requestPasswordReset } from '#lib/server/use-cases/request-password-reset.js';

export const actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await requestPasswordReset(await app(), values, requestMeta(event));
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		return { sent: true };
	}
} satisfies Actions;
