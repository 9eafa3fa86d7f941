import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { checkInvitation } from '#lib/server/use-cases/check-invitation.js';
import { acceptInvitation } from '#lib/server/use-cases/accept-invitation.js';
import { errorText } from '#lib/i18n/error-text.js';

/**
 * Following the link only shows the invitation; joining is a button (a POST), so that a mail
 * scanner or a link preview that opens the link cannot accept it on someone's behalf.
 */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const invitation = await checkInvitation(await app(), params.token, locals.user?.id ?? null);
	return { invitation, signedIn: Boolean(locals.user), here: url.pathname };
};

export const actions = {
	default: (event) =>
		guarded(event, async () => {
			const result = await acceptInvitation(await app(), event.locals.actor, event.params.token);
			if (!result.ok) return { error: errorText(result.error) };
			redirect(303, `/organisations/${result.organisationId}?notice=joined`);
		})
} satisfies Actions;
