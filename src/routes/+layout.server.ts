import type { LayoutServerLoad } from './$types';
import { authorise, hasRole } from '#lib/domain/authorisation.js';
import { app } from '#lib/server/app.js';
import { countUnread } from '#lib/server/use-cases/list-notifications.js';

export const load: LayoutServerLoad = async ({ locals, url }) => ({
	locale: locals.locale,
	path: url.pathname + url.search,
	user: locals.user
		? {
				name: locals.user.name,
				isAdmin: locals.actor ? hasRole(locals.actor, 'administrator') : false,
				isModerator: locals.actor ? authorise(locals.actor, 'content.moderate').allowed : false,
				// Only accounts the planner is for see it in the menu (administrators with two-factor too).
				isPlanner: locals.actor ? authorise(locals.actor, 'planner.use').allowed : false,
				unreadNotifications: await countUnread(await app(), locals.user.id)
			}
		: null
});
