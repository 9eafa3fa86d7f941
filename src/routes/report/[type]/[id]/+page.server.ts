import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, requestMeta } from '#lib/server/http.js';
import { getReportTarget } from '#lib/server/use-cases/get-report-target.js';
import { reportContent } from '#lib/server/use-cases/report-content.js';

export const load: PageServerLoad = async ({ params }) => {
	const target = await getReportTarget(await app(), params.type, params.id);
	if (!target) error(404, 'NOT_FOUND');
	return { target };
};

export const actions = {
	default: async (event) => {
		const values = await formValues(event.request);
		const result = await reportContent(await app(), event.locals.actor, requestMeta(event), event.params, values);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors, result.retryAfterSeconds);
		redirect(303, `/needs/${result.needId}?reported=1`);
	}
} satisfies Actions;
