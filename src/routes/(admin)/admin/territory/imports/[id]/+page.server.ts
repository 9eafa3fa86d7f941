import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { getQpvImport } from '#lib/server/use-cases/get-qpv-import.js';

/** A report can hold thousands of rejected lines; the page shows the first ones. */
const SHOWN_REJECTED = 500;

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const report = await getQpvImport(await app(), event.locals.actor, event.params.id);
		if (!report) error(404, { message: 'Not found' });
		return { report: { ...report, rejected: report.rejected.slice(0, SHOWN_REJECTED) } };
	});
