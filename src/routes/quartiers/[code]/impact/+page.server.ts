import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { app } from '#lib/server/app.js';
import { getQuartierImpact } from '#lib/server/use-cases/get-quartier-impact.js';
import { IMPACT_CSV_COLUMNS } from '#lib/domain/impact-open-data.js';

export const load: PageServerLoad = async ({ params }) => {
	const found = await getQuartierImpact(await app(), params.code, new Date());
	if (!found) error(404, { message: 'Not found' });
	return { ...found, csvColumns: IMPACT_CSV_COLUMNS.map((c) => ({ name: c.name, doc: c.doc })) };
};
