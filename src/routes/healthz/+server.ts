import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { checkHealth } from '#lib/server/use-cases/check-health.js';

export const GET: RequestHandler = async () => {
	const health = await checkHealth(await app());
	return json(
		{ status: health.ok ? 'ok' : 'unavailable', database: health.engine },
		{
			status: health.ok ? 200 : 503,
			headers: { 'Cache-Control': 'no-store' }
		}
	);
};
