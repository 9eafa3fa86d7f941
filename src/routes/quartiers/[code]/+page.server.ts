import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getQuartier } from '#lib/server/use-cases/get-quartier.js';
import { listInitiatives } from '#lib/server/use-cases/list-initiatives.js';
import { listUpcomingVisits } from '#lib/server/use-cases/list-upcoming-visits.js';
import { listQuartierNeeds } from '#lib/server/use-cases/list-needs.js';
import { fitProjection } from '#lib/domain/geo.js';
import { pageRequest } from '#lib/domain/pagination.js';

/**
 * A quartier's public page. Each section (communes, outline, facilities, organisations) is a
 * field of its own in the data, so that other parts of the product add theirs beside them.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const ctx = await app();
	const found = await getQuartier(ctx, params.code);
	if (!found) error(404, { message: 'Not found' });
	const { quartier, communes, facilities, organisations, contentLocale } = found;
	return {
		contentLocale,
		quartier: { id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode },
		communes,
		map: drawOutline(quartier.outline, facilities),
		facilities: facilities.map(({ id, name, address }) => ({ id, name, address })),
		organisations,
		initiatives: await listInitiatives(ctx, {
			filters: { quartierId: quartier.id },
			page: pageRequest('1', 12),
			locale: locals.locale
		}),
		needs: await listQuartierNeeds(ctx, quartier.id),
		visits: await listUpcomingVisits(ctx, { quartierId: quartier.id, now: new Date(), limit: 6, locale: locals.locale })
	};
};

/** The outline as SVG, drawn on the server like the home page's map, with a dot per located facility. */
function drawOutline(
	outline: Parameters<typeof fitProjection>[0][number] | null,
	facilities: { id: string; lon: number | null; lat: number | null }[]
) {
	if (!outline) return null;
	const projection = fitProjection([outline], 480, 16);
	if (!projection) return null;
	return {
		width: projection.width,
		height: projection.height,
		d: projection.path(outline),
		dots: facilities
			.filter((f) => f.lon !== null && f.lat !== null)
			.map((f) => ({ id: f.id, ...projection.point({ lon: f.lon!, lat: f.lat! }) }))
	};
}
