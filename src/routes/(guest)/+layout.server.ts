import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Sign-in and sign-up pages are for people who are not signed in yet. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (locals.user && url.pathname !== '/reset-password') redirect(303, '/account');
};
