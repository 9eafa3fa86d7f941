import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { getQuartierDashboard } from '#lib/server/use-cases/get-quartier-dashboard.js';

export const load: PageServerLoad = async ({ params }) => {
	const dashboard = await getQuartierDashboard(await app(), params.code, getLocale(), new Date());
	if (!dashboard) error(404, { message: 'Not found' });
	return dashboard;
};
