import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listApiTokens } from '#lib/server/use-cases/list-api-tokens.js';
import { createApiToken } from '#lib/server/use-cases/create-api-token.js';
import { revokeApiToken } from '#lib/server/use-cases/revoke-api-token.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const found = await listApiTokens(await app(), event.locals.actor, event.params.id);
		if (!found) error(404, { message: 'Not Found' });
		return found;
	});

export const actions = {
	// The new token travels back in this one response and is never stored in clear: it is
	// shown once, on the page this POST renders (no redirect that would have to carry it).
	create: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await createApiToken(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure({ ...values, form: 'create' }, result.fieldErrors, result.retryAfterSeconds);
			return { created: { name: result.name, token: result.token } };
		}),
	revoke: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await revokeApiToken(await app(), event.locals.actor, event.params.id, values.tokenId ?? '');
			if (!result.ok) return formFailure({ ...values, form: 'tokens' }, result.fieldErrors);
			return { revoked: true };
		})
} satisfies Actions;
