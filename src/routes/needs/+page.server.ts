import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { findNeedsCommune, listNeeds, needListQuartiers } from '#lib/server/use-cases/list-needs.js';
import { needListFilters } from '#lib/domain/need-list.js';

export const load: PageServerLoad = async ({ url }) => {
	const ctx = await app();
	const filters = needListFilters(url.searchParams);
	const commune = await findNeedsCommune(ctx, { inseeCode: filters.commune, quartierId: filters.quartierId });
	if (!commune) return { commune: null, filters, quartiers: [], items: [], next: null, first: true };
	const after = url.searchParams.get('after');
	const [list, quartiers] = await Promise.all([
		listNeeds(ctx, { communeId: commune.id, filters, after }),
		needListQuartiers(ctx, commune.id)
	]);
	return { commune, filters, quartiers, ...list, first: !after };
};
