import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getOrganisation } from '#lib/server/use-cases/get-organisation.js';
import { authorise } from '#lib/domain/authorisation.js';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const found = await getOrganisation(await app(), locals.actor, params.id, locals.locale);
	if (!found) error(404, { message: 'Not Found' });
	// Team members reach their rota pages from here (the organisers, from their menu).
	const inTeam = authorise(locals.actor, 'organisation.act', { organisationId: params.id }).allowed;
	return { ...found, inTeam, notice: url.searchParams.get('notice') };
};
