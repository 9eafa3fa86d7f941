import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getRoom } from '#lib/server/use-cases/get-room.js';

/**
 * The room first (a 404 when there is none), then its page's sections. Each section is its own
 * component beside this file and its own entry of the returned object: a new section (say, the
 * practices this room can host) adds one loader to `sections` and one component to the page.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const ctx = await app();
	const view = await getRoom(ctx, params.id, locals.actor);
	if (!view) error(404, { message: 'Not Found' });
	const sections = {};
	return { ...view, sections };
};
