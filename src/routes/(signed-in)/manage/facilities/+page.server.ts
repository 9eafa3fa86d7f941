import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { listManagedFacilities } from '#lib/server/use-cases/list-managed-facilities.js';
import { hasRole } from '#lib/domain/authorisation.js';

export const load: PageServerLoad = (event) =>
	guarded(event, async () => ({
		...(await listManagedFacilities(await app(), event.locals.actor)),
		deleted: event.url.searchParams.get('deleted'),
		// The commune's staff see the childcare missing in their territory from here.
		seesChildcareGaps: !!event.locals.actor && hasRole(event.locals.actor, 'facility_manager', 'commune')
	}));
