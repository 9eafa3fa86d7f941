import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { searchCatalogue } from '#lib/server/use-cases/search-catalogue.js';
import { parseSearchFilters, isBlankSearch } from '#lib/domain/search-filters.js';
import { pageRequest } from '#lib/domain/pagination.js';
import { placeIdsOf } from '#lib/domain/map.js';
import { errorText } from '#lib/i18n/error-text.js';

/** Ten at a time: each result is a few lines, and the map stays readable. */
const PAGE_SIZE = 10;

export const load: PageServerLoad = async ({ url, locals }) => {
	const ctx = await app();
	const { filters, issues } = parseSearchFilters(url.searchParams);
	const result = await searchCatalogue(
		ctx,
		filters,
		pageRequest(url.searchParams.get('page'), PAGE_SIZE),
		locals.locale
	);
	const errors: Record<string, string> = {};
	for (const issue of issues) errors[issue.field] = errorText(issue.code);
	if (result.unknownQuartier) errors.quartier = errorText('SEARCH.UNKNOWN_QUARTIER');
	return {
		filters,
		errors,
		blank: isBlankSearch(filters),
		...result,
		// Which markers each result is on: the list and the map are drawn from the same rows.
		hits: result.hits.map((hit) => ({
			...hit,
			places:
				hit.kind === 'rooms' || hit.kind === 'initiatives'
					? placeIdsOf(result.map.places, { kind: hit.kind === 'rooms' ? 'room' : 'initiative', id: hit.id })
					: []
		})),
		tiles: { url: ctx.config.MAP_TILE_URL, attribution: ctx.config.MAP_ATTRIBUTION }
	};
};
