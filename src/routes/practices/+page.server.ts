import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { listPractices } from '#lib/server/use-cases/list-practices.js';
import { listActingOrganisations } from '#lib/server/use-cases/list-acting-organisations.js';
import { parseCatalogueFilters } from '#lib/domain/catalogue-filters.js';
import { pageRequest } from '#lib/domain/pagination.js';
import { authorise } from '#lib/domain/authorisation.js';

export const load: PageServerLoad = async ({ locals, url }) => {
	const ctx = await app();
	const filters = parseCatalogueFilters(url.searchParams);
	const [list, organisations] = await Promise.all([
		listPractices(ctx, locals.locale, filters, pageRequest(url.searchParams.get('page'), 12)),
		listActingOrganisations(ctx, locals.actor)
	]);
	const canModerate = authorise(locals.actor, 'content.moderate').allowed;
	return {
		...list,
		filters,
		signedIn: locals.user !== null,
		canPropose: canModerate || organisations.length > 0,
		canModerate
	};
};
