import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { listImpactReports } from '#lib/server/use-cases/list-impact-reports.js';

/** The months an initiative has reported on, for the members of its organisation. */
export const load: PageServerLoad = async (event) => {
	const found = await guarded(event, async () =>
		listImpactReports(await app(), event.locals.actor, { initiativeId: event.params.id })
	);
	if (!found) error(404, 'NOT_FOUND');
	const saved = event.url.searchParams.get('saved');
	return { ...found, saved: saved && /^\d{4}-\d{2}$/.test(saved) ? saved : null };
};
