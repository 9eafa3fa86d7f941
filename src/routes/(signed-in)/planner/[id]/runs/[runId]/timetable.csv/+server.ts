import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { getPlannerRun } from '#lib/server/use-cases/get-planner-run.js';
import { timetableCsv } from '#lib/domain/planner/timetable-csv.js';

export const GET: RequestHandler = async (event) => {
	const view = await guarded(event, async () =>
		getPlannerRun(await app(), event.locals.actor, { scenarioId: event.params.id, runId: event.params.runId })
	);
	if (!view?.results) error(404, { message: 'Not Found' });
	const { problem, plan, names } = view.results;
	return new Response(timetableCsv(problem, plan, names.organisations), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="timetable-${view.run.id}.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
