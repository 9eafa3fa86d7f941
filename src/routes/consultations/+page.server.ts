import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { listConsultations } from '#lib/server/use-cases/list-consultations.js';
import { authorise } from '#lib/domain/authorisation.js';

export const load: PageServerLoad = async ({ url, locals }) => {
	const quartierId = url.searchParams.get('quartier') || null;
	const { consultations, quartiers } = await listConsultations(await app(), { quartierId });
	return {
		consultations,
		quartiers,
		quartierId,
		canManage: authorise(locals.actor, 'consultation.manage').allowed
	};
};
