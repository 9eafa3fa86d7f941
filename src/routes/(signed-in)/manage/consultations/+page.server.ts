import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { guarded } from '#lib/server/http.js';
import { listManagedConsultations } from '#lib/server/use-cases/list-managed-consultations.js';

export const load: PageServerLoad = async (event) => ({
	consultations: await guarded(event, async () => listManagedConsultations(await app(), event.locals.actor))
});
