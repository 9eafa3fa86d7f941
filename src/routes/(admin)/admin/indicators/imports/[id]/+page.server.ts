import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { getIndicatorImport } from '#lib/server/use-cases/get-indicator-import.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => {
		const report = await getIndicatorImport(await app(), event.locals.actor, event.params.id);
		if (!report) error(404, { message: 'Not found' });
		return { report };
	});
