import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { findPracticesForRoom } from '#lib/server/use-cases/find-practices-for-room.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params }) => {
	const result = await findPracticesForRoom(await app(), { roomId: params.id, locale: getLocale() });
	if (!result) error(404, 'NOT_FOUND');
	return result;
};
