import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { listChildcareGaps } from '#lib/server/use-cases/list-childcare-gaps.js';

/** The childcare asked for and not covered in a commune, for its staff and its childcare organisations. */
export const load: PageServerLoad = async (event) =>
	guarded(event, async () =>
		listChildcareGaps(await app(), event.locals.actor, {
			communeId: event.url.searchParams.get('commune') || undefined
		})
	);
