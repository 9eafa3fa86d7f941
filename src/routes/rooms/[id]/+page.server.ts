import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getRoom } from '#lib/server/use-cases/get-room.js';

/**
 * The room first (a 404 when there is none), then whatever the page's other sections need.
 * Each section is a component beside this file fed by one key of the returned object: a new
 * section (say, the practices this room can host) loads its data from `view.room` here, next to
 * the others, and adds its component to the page.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const ctx = await app();
	const view = await getRoom(ctx, params.id, locals.actor);
	if (!view) error(404, { message: 'Not Found' });
	return { ...view };
};
