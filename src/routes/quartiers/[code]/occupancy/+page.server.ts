import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getOccupancy } from '#lib/server/use-cases/get-occupancy.js';

export const load: PageServerLoad = async ({ params, url }) => {
	const occupancy = await getOccupancy(
		await app(),
		'quartier',
		params.code,
		{ from: url.searchParams.get('from') },
		new Date()
	);
	if (!occupancy) error(404, { message: 'Not Found' });
	return { occupancy };
};
