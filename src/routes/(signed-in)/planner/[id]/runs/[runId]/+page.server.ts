import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { getPlannerRun } from '#lib/server/use-cases/get-planner-run.js';

export const load: PageServerLoad = async (event) => {
	const view = await guarded(event, async () =>
		getPlannerRun(await app(), event.locals.actor, { scenarioId: event.params.id, runId: event.params.runId })
	);
	if (!view) error(404, { message: 'Not Found' });
	return view;
};
