import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { requireUser } from '#lib/server/http.js';
import { exportMyData } from '#lib/server/use-cases/export-my-data.js';

/** "Download my data": a JSON file of everything kept about the signed-in person. */
export const GET: RequestHandler = async ({ locals }) => {
	const data = await exportMyData(await app(), requireUser(locals).id);
	if (!data) error(404, { message: 'Not Found' });
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="quartiers-vivants-mes-donnees-${new Date().toISOString().slice(0, 10)}.json"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
