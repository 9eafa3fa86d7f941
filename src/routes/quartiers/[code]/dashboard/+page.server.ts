import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getQuartierIndicators } from '#lib/server/use-cases/get-quartier-indicators.js';

/**
 * A quartier's dashboard. `indicators`: the official figures (imported tables). Platform figures
 * (needs, initiatives, room occupancy) are loaded beside them as fields of their own.
 */
export const load: PageServerLoad = async ({ params }) => {
	const indicators = await getQuartierIndicators(await app(), params.code);
	if (!indicators) error(404, { message: 'Not found' });
	return { quartier: indicators.quartier, communes: indicators.communes, indicators: indicators.measures };
};
