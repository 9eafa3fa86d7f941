import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded } from '#lib/server/http.js';
import { listOrganisationMembers } from '#lib/server/use-cases/list-organisation-members.js';
import { changeMemberRole } from '#lib/server/use-cases/change-member-role.js';
import { removeMember } from '#lib/server/use-cases/remove-member.js';
import { inviteMember } from '#lib/server/use-cases/invite-member.js';
import { revokeInvitation } from '#lib/server/use-cases/revoke-invitation.js';
import { ORGANISATION_ROLES } from '#lib/domain/organisations.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const found = await listOrganisationMembers(await app(), event.locals.actor, event.params.id);
		if (!found) error(404, { message: 'Not Found' });
		return { ...found, roles: ORGANISATION_ROLES };
	});

export const actions = {
	invite: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await inviteMember(await app(), event.locals.actor, event.params.id, values, event.locals.locale);
			if (!result.ok) return formFailure({ ...values, form: 'invite' }, result.fieldErrors, result.retryAfterSeconds);
			return { done: 'invited' as const, email: result.email };
		}),
	role: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await changeMemberRole(await app(), event.locals.actor, event.params.id, values);
			if (!result.ok) return formFailure({ ...values, form: 'members' }, result.fieldErrors, result.retryAfterSeconds);
			if (!result.stillManages) redirect(303, `/organisations/${event.params.id}?notice=left`);
			return { done: 'role' as const };
		}),
	remove: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await removeMember(await app(), event.locals.actor, event.params.id, values.userId ?? '');
			if (!result.ok) return formFailure({ ...values, form: 'members' }, result.fieldErrors, result.retryAfterSeconds);
			if (!result.stillManages) redirect(303, `/organisations/${event.params.id}?notice=left`);
			return { done: 'removed' as const };
		}),
	revoke: (event) =>
		guarded(event, async () => {
			const values = await formValues(event.request);
			const result = await revokeInvitation(
				await app(),
				event.locals.actor,
				event.params.id,
				values.invitationId ?? ''
			);
			if (!result.ok) return formFailure({ ...values, form: 'invitations' }, result.fieldErrors);
			return { done: 'revoked' as const };
		})
} satisfies Actions;
