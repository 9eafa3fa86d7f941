import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { getPlannerRun } from '#lib/server/use-cases/get-planner-run.js';
import { startWhatIf } from '#lib/server/use-cases/start-what-if.js';

export const load: PageServerLoad = async (event) => {
	const view = await guarded(event, async () =>
		getPlannerRun(await app(), event.locals.actor, { scenarioId: event.params.id, runId: event.params.runId })
	);
	if (!view) error(404, { message: 'Not Found' });
	return view;
};

export const actions = {
	whatIf: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			startWhatIf(await app(), event.locals.actor, { scenarioId: event.params.id, runId: event.params.runId }, values)
		);
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, `/planner/${encodeURIComponent(result.scenarioId)}/runs/${encodeURIComponent(result.runId)}`);
	}
} satisfies Actions;
