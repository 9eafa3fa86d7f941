import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { exportConsultationBreakdown } from '#lib/server/use-cases/export-consultation-breakdown.js';

/** Every breakdown, protected exactly as on the results page (staff only). */
export const GET: RequestHandler = async (event) => {
	const file = await guarded(event, async () =>
		exportConsultationBreakdown(await app(), event.locals.actor, event.params.id)
	);
	if (!file) error(404, 'NOT_FOUND');
	return new Response(file.csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="consultation-${file.shortCode}-tableaux.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
