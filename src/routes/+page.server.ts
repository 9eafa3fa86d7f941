import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getTerritoryOverview } from '#lib/server/use-cases/get-territory-overview.js';
import { getHomeMap } from '#lib/server/use-cases/get-home-map.js';
import { fitProjection, type Geometry } from '#lib/domain/geo.js';

export const load: PageServerLoad = async () => {
	const ctx = await app();
	const overview = await getTerritoryOverview(ctx);
	if (!overview) return { overview: null, map: null, places: null };
	// The map is drawn on the server as SVG: no tiles, no JavaScript, works offline.
	const outlines = overview.quartiers.map((q) => q.outline).filter((g): g is Geometry => g !== null);
	const projection = fitProjection(outlines, 640);
	const map = projection && {
		width: projection.width,
		height: projection.height,
		shapes: overview.quartiers
			.filter((q) => q.outline)
			.map((q) => ({ id: q.id, name: q.name, d: projection.path(q.outline!) }))
	};
	return {
		overview: { ...overview, quartiers: overview.quartiers.map(({ outline: _outline, ...q }) => q) },
		map,
		// The interactive map of rooms and initiatives, and the list of the same places under it.
		places: {
			layers: await getHomeMap(ctx, overview.commune.inseeCode),
			tiles: { url: ctx.config.MAP_TILE_URL, attribution: ctx.config.MAP_ATTRIBUTION }
		}
	};
};
