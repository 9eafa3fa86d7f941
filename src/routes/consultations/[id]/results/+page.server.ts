import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { getConsultationResults, parseDimension } from '#lib/server/use-cases/get-consultation-results.js';

/** The results of a consultation; `?by=gender` (or another dimension) adds the protected breakdowns. */
export const load: PageServerLoad = async (event) => {
	const { params, locals, url } = event;
	const results = await guarded(event, async () =>
		getConsultationResults(await app(), locals.actor, {
			id: params.id,
			dimension: parseDimension(url.searchParams.get('by'))
		})
	);
	if (results.status === 'not_found') error(404, 'NOT_FOUND');
	return { results };
};
