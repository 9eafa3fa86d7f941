import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { comparePlannerRuns } from '#lib/server/use-cases/compare-planner-runs.js';

export const load: PageServerLoad = async (event) => {
	const a = event.url.searchParams.get('a');
	const b = event.url.searchParams.get('b');
	return guarded(event, async () =>
		comparePlannerRuns(await app(), event.locals.actor, { a: a || null, b: b || null })
	);
};
