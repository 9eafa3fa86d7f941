import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getTerritoryOverview } from '#lib/server/use-cases/get-territory-overview.js';
import { getHomeMap } from '#lib/server/use-cases/get-home-map.js';
import { sketchOutlines } from '#lib/domain/geo.js';

export const load: PageServerLoad = async () => {
	const ctx = await app();
	const overview = await getTerritoryOverview(ctx);
	if (!overview) return { overview: null, sketch: null, places: null };
	const { outlines, places } = await getHomeMap(ctx, overview.commune.inseeCode);
	return {
		overview,
		// The quartiers drawn as SVG on the server: no tiles, no JavaScript, works offline. Only
		// the paths travel, at the drawing's precision, not the official outlines (issue 8).
		sketch: sketchOutlines(outlines, 640),
		// The interactive map of rooms and initiatives, over the list of the same places. Its
		// outlines are fetched by the map itself, when it comes near the screen.
		places: {
			layers: { places, outlines: [] },
			outlinesFrom: `/quartiers/outlines.json?commune=${encodeURIComponent(overview.commune.inseeCode)}`,
			tiles: { url: ctx.config.MAP_TILE_URL, attribution: ctx.config.MAP_ATTRIBUTION }
		}
	};
};
