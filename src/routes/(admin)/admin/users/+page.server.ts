import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listUsers } from '#lib/server/use-cases/list-users.js';
import { listRoleScopes } from '#lib/server/use-cases/list-role-scopes.js';
import { grantRole } from '#lib/server/use-cases/grant-role.js';
import { revokeRole } from '#lib/server/use-cases/revoke-role.js';
import { GRANTABLE_ROLES } from '#lib/domain/authorisation.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const ctx = await app();
		const search = event.url.searchParams.get('q') ?? '';
		const page = Number(event.url.searchParams.get('page') ?? '0') || 0;
		const [list, scopes] = await Promise.all([
			listUsers(ctx, event.locals.actor, { search, page }),
			listRoleScopes(ctx, event.locals.actor)
		]);
		return { ...list, scopes, search, page, roles: GRANTABLE_ROLES };
	});

export const actions = {
	grant: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await grantRole(await app(), event.locals.actor, values);
			if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
			return { done: 'granted' as const };
		}),
	revoke: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await revokeRole(await app(), event.locals.actor, values.grantId ?? '');
			if (!result.ok) return formFailure(values, { form: result.error }, result.retryAfterSeconds);
			return { done: 'revoked' as const };
		})
} satisfies Actions;
