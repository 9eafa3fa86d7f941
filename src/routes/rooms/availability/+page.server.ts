import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { availabilitySearchOptions, searchAvailability } from '#lib/server/use-cases/search-availability.js';
import { isSearchSent, parseAvailabilitySearch, searchValues } from '#lib/domain/availability-search.js';
import { toLocal } from '#lib/domain/zoned-time.js';
import { getLocale } from '#lib/paraglide/runtime.js';

/** A GET form: the search is in the address, so it can be bookmarked, shared and sent without JavaScript. */
export const load: PageServerLoad = async ({ url }) => {
	const ctx = await app();
	const options = await availabilitySearchOptions(ctx, getLocale());
	const values = searchValues(url.searchParams);
	if (!isSearchSent(url.searchParams)) return { options, values, sent: false as const };
	// "Today" in France: the commune's zone would differ only overseas, and only by a day.
	const today = toLocal(new Date(), 'Europe/Paris').date;
	const parsed = parseAvailabilitySearch(values, today);
	if (!parsed.ok) return { options, values, sent: true as const, fieldErrors: parsed.fieldErrors };
	const outcome = await searchAvailability(ctx, parsed.search);
	if (!outcome.ok) return { options, values, sent: true as const, fieldErrors: outcome.fieldErrors };
	return { options, values, sent: true as const, search: parsed.search, result: outcome.value };
};
