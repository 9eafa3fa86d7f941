import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getOrganisation } from '#lib/server/use-cases/get-organisation.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const found = await getOrganisation(await app(), locals.actor, params.id, locals.locale);
	if (!found) error(404, { message: 'Not Found' });
	return { ...found, notice: url.searchParams.get('notice') };
};
