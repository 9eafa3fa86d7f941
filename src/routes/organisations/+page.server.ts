import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { listOrganisations } from '#lib/server/use-cases/list-organisations.js';
import { directoryFilters } from '#lib/domain/organisations.js';
import { authorise } from '#lib/domain/authorisation.js';

export const load: PageServerLoad = async ({ url, locals }) => {
	const filters = directoryFilters(url.searchParams);
	const directory = await listOrganisations(await app(), filters, url.searchParams.get('page'));
	return {
		...directory,
		filters,
		canCreate: authorise(locals.actor, 'organisation.create').allowed
	};
};
