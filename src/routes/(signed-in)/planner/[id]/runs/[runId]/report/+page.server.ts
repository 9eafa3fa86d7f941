import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { getPlannerReport } from '#lib/server/use-cases/get-planner-report.js';
import { reportDocument } from '#lib/server/planner/report-document.js';

export const load: PageServerLoad = async (event) => {
	const report = await guarded(event, async () =>
		getPlannerReport(await app(), event.locals.actor, { scenarioId: event.params.id, runId: event.params.runId })
	);
	if (!report) error(404, { message: 'Not Found' });
	return { report, document: reportDocument(report) };
};
