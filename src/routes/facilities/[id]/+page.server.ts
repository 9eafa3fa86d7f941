import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getFacility } from '#lib/server/use-cases/get-facility.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await getFacility(await app(), params.id, locals.actor);
	if (!view) error(404, { message: 'Not Found' });
	return view;
};
