import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getTerritoryOverview } from '#lib/server/use-cases/get-territory-overview.js';
import { getHomeMap } from '#lib/server/use-cases/get-home-map.js';

export const load: PageServerLoad = async () => {
	const ctx = await app();
	const overview = await getTerritoryOverview(ctx);
	if (!overview) return { overview: null, places: null };
	return {
		overview,
		// The interactive map of rooms and initiatives, and the list of the same places under it. Its
		// quartier outlines also draw the page's SVG map: sent once, not twice (issue 8).
		places: {
			layers: await getHomeMap(ctx, overview.commune.inseeCode),
			tiles: { url: ctx.config.MAP_TILE_URL, attribution: ctx.config.MAP_ATTRIBUTION }
		}
	};
};
