import type { LayoutServerLoad } from './$types';
import { hasRole } from '#lib/domain/authorisation.js';

export const load: LayoutServerLoad = ({ locals, url }) => ({
	locale: locals.locale,
	path: url.pathname + url.search,
	user: locals.user
		? {
				name: locals.user.name,
				isAdmin: locals.actor ? hasRole(locals.actor, 'administrator') : false
			}
		: null
});
