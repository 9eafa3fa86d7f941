import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { getHomeMap } from '#lib/server/use-cases/get-home-map.js';
import { isInseeCode } from '#lib/domain/commune.js';

/**
 * The quartier outlines of the home page's map, fetched by the map once it nears the screen
 * (PlaceMap's `outlinesFrom`). A city's official outlines weigh more than the rest of its home
 * page together: sent with the page, every visit paid for them, even visits that never scroll
 * that far or run no script (issue 8). Public, like the page, and kept by browsers a while:
 * outlines change only when the official list is imported again.
 */
export const GET: RequestHandler = async ({ url }) => {
	const commune = url.searchParams.get('commune') ?? '';
	if (!isInseeCode(commune)) return json({ error: 'commune: an INSEE code of five characters' }, { status: 400 });
	const { outlines } = await getHomeMap(await app(), commune);
	return json(outlines, { headers: { 'Cache-Control': 'public, max-age=300' } });
};
