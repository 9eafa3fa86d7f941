import type { RequestHandler } from './$types';
import * as m from '#lib/paraglide/messages.js';
import { app } from '#lib/server/app.js';
import { getRotaFeed } from '#lib/server/use-cases/get-rota-feed.js';

/** A member's own published shifts, for her secret address only (no public version: shifts are personal). */
export const GET: RequestHandler = async ({ params, url }) => {
	const ctx = await app();
	const result = await getRotaFeed(ctx, params.id, url.searchParams.get('token'), {
		now: new Date(),
		host: new URL(ctx.config.origin).host,
		labels: {
			shift: (organisation) => m.rota_feed_shift({ organisation }),
			calendarName: (organisation) => m.rota_feed_name({ organisation })
		}
	});
	if (!result.ok)
		return new Response(result.reason === 'NOT_FOUND' ? 'Not Found' : 'Forbidden', {
			status: result.reason === 'NOT_FOUND' ? 404 : 403,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
		});
	return new Response(result.body, {
		status: 200,
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': 'attachment; filename="shifts.ics"',
			'Cache-Control': 'private, max-age=300',
			'Referrer-Policy': 'no-referrer'
		}
	});
};
