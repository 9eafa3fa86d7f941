import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getConsultation } from '#lib/server/use-cases/get-consultation.js';

export const load: PageServerLoad = async ({ params, locals }) => {
	const c = await getConsultation(await app(), locals.actor, { id: params.id });
	if (!c) error(404, 'NOT_FOUND');
	return {
		consultation: { id: c.id, title: c.title, language: c.language, closesOn: c.closesOn, phase: c.phase }
	};
};
