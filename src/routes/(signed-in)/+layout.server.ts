import { redirect } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

/** Pages of one's own account. Use cases check again: a guard on pages does not cover actions. */
export const load: LayoutServerLoad = ({ locals, url }) => {
	if (!locals.user) redirect(303, `/sign-in?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
};
