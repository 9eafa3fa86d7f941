import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { findRoomsForPractice } from '#lib/server/use-cases/find-rooms-for-practice.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load: PageServerLoad = async ({ params, url }) => {
	const result = await findRoomsForPractice(await app(), {
		slug: params.slug,
		quartierId: url.searchParams.get('quartier'),
		locale: getLocale()
	});
	if (!result) error(404, 'NOT_FOUND');
	const showAll = url.searchParams.get('all') === '1';
	const shown = showAll ? result.candidates : result.candidates.filter((c) => c.fit.verdict !== 'does_not_fit');
	return {
		...result,
		candidates: shown,
		total: result.candidates.length,
		hidden: result.candidates.length - shown.length,
		showAll
	};
};
