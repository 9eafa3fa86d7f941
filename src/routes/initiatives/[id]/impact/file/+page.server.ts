import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { formFailure, formValues, guarded, requireUser } from '#lib/server/http.js';
import { listImpactReports } from '#lib/server/use-cases/list-impact-reports.js';
import { fileImpactReport } from '#lib/server/use-cases/file-impact-report.js';
import { toLocal } from '#lib/domain/zoned-time.js';

/** The form of one month's report: empty for a new month, filled in with the stored report to edit it. */
export const load: PageServerLoad = async (event) => {
	const lastMonth = (() => {
		const [y, mo] = toLocal(new Date(), 'Europe/Paris').date.split('-').map(Number) as [number, number];
		return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
	})();
	const found = await guarded(event, async () =>
		listImpactReports(await app(), event.locals.actor, {
			initiativeId: event.params.id,
			month: event.url.searchParams.get('month'),
			suggestFor: event.url.searchParams.get('month') ?? lastMonth
		})
	);
	if (!found) error(404, 'NOT_FOUND');
	// A new report starts from the attendance taken at the month's sessions; a filed one is shown
	// as filed, with the attendance beside it for the organiser to compare.
	return {
		initiative: found.initiative,
		editing: found.stored !== null,
		stored: found.stored ?? { month: found.month ?? lastMonth, ...(found.suggested?.participants ?? {}) },
		suggested: found.suggested ? { attended: found.suggested.attended, prefilled: found.stored === null } : null
	};
};

export const actions = {
	default: async (event) => {
		requireUser(event.locals);
		const values = await formValues(event.request);
		const result = await guarded(event, async () =>
			fileImpactReport(await app(), event.locals.actor, event.params.id, values, new Date())
		);
		if (!result) error(404, 'NOT_FOUND');
		if (!result.ok) return formFailure(values, result.fieldErrors);
		redirect(303, `/initiatives/${event.params.id}/impact?saved=${result.month.slice(0, 7)}`);
	}
} satisfies Actions;
