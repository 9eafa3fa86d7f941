import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getInitiative } from '#lib/server/use-cases/get-initiative.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const initiative = await getInitiative(await app(), locals.actor, { id: params.id, locale: getLocale() });
	if (!initiative) error(404, 'NOT_FOUND');
	return { initiative, saved: url.searchParams.has('saved') };
};
