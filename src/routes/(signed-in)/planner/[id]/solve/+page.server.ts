import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded, requireUser } from '#lib/server/http.js';
import { getPlannerSolveForm } from '#lib/server/use-cases/get-planner-solve-form.js';
import { startPlannerRun } from '#lib/server/use-cases/start-planner-run.js';

export const load: PageServerLoad = async (event) => {
	const scenario = await guarded(event, async () =>
		getPlannerSolveForm(await app(), event.locals.actor, event.params.id)
	);
	if (!scenario) error(404, { message: 'Not found' });
	return { scenario };
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const result = await guarded(event, async () => startPlannerRun(await app(), event.locals.actor, event.params.id));
		if (!result.ok) return fail(result.error === 'PLANNER.SCENARIO_NOT_FOUND' ? 404 : 400, { error: result.error });
		redirect(303, `/planner/${event.params.id}/runs/${result.value.runId}`);
	}
} satisfies Actions;
