import { error, redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';
import { authorise } from '#lib/domain/authorisation.js';

/**
 * Administration pages: administrators with two-factor authentication only.
 * Each use case checks again, since page guards do not run before form actions.
 */
export const load: LayoutServerLoad = ({ locals, url }) => {
	const decision = authorise(locals.actor, 'users.read');
	if (decision.allowed) return;
	if (decision.reason === 'AUTH.SIGN_IN_REQUIRED')
		redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
	if (decision.reason === 'AUTH.TWO_FACTOR_REQUIRED') redirect(303, '/account/security?required=admin');
	error(403, { message: 'Forbidden' });
};
