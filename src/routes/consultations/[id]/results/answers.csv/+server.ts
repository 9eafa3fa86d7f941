import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { exportConsultationAnswers } from '#lib/server/use-cases/export-consultation-answers.js';

/** The answers for analysis (staff only): one row per response, no account, no demographic column. */
export const GET: RequestHandler = async (event) => {
	const file = await guarded(event, async () =>
		exportConsultationAnswers(await app(), event.locals.actor, event.params.id)
	);
	if (!file) error(404, 'NOT_FOUND');
	return new Response(file.csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="consultation-${file.shortCode}-reponses.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
