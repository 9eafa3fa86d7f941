import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getQuartier } from '#lib/server/use-cases/get-quartier.js';
import { listUpcomingVisits } from '#lib/server/use-cases/list-upcoming-visits.js';

const WEEKS = 8;

/** "When does the crèche come to my quartier": every public visit of the coming weeks. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const ctx = await app();
	const found = await getQuartier(ctx, params.code);
	if (!found) error(404, { message: 'Not found' });
	const { quartier } = found;
	return {
		quartier: { id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode },
		weeks: WEEKS,
		visits: await listUpcomingVisits(ctx, {
			quartierId: quartier.id,
			now: new Date(),
			days: WEEKS * 7,
			limit: 200,
			locale: locals.locale
		})
	};
};
