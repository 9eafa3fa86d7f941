/** The HTTP side of a calendar feed: token from the query, ETag, cache headers, plain errors. */
import { createHash } from 'node:crypto';
import type { RequestEvent } from '@sveltejs/kit';
import * as m from '#lib/paraglide/messages.js';
import { app } from '../app.js';
import { getCalendarFeed } from '../use-cases/get-calendar-feed.js';
import type { FeedScopeType } from './bookings-in-scope.js';

export async function feedResponse(
	event: Pick<RequestEvent, 'url' | 'params' | 'request'>,
	scopeType: FeedScopeType
): Promise<Response> {
	const ctx = await app();
	const id = (event.params as Record<string, string>).id ?? '';
	const token = event.url.searchParams.get('token');
	const result = await getCalendarFeed(ctx, scopeType, id, token, {
		now: new Date(),
		host: new URL(ctx.config.origin).host,
		origin: ctx.config.origin,
		labels: {
			busy: m.calendars_busy(),
			pending: m.calendars_status_pending(),
			calendarName: (name) => m.calendars_feed_name({ name })
		}
	});
	if (!result.ok)
		// A wrong or revoked token gets the same answer as a missing feed would not: 403, so a
		// calendar app shows an error instead of silently emptying the calendar.
		return new Response(result.reason === 'NOT_FOUND' ? 'Not Found' : 'Forbidden', {
			status: result.reason === 'NOT_FOUND' ? 404 : 403,
			headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' }
		});
	const etag = `"${createHash('sha256').update(result.body).digest('base64url').slice(0, 32)}"`;
	const headers = {
		'Content-Type': 'text/calendar; charset=utf-8',
		'Content-Disposition': `inline; filename="${scopeType}-${id.replace(/[^A-Za-z0-9_-]/g, '')}.ics"`,
		ETag: etag,
		// Secret feeds never sit in a shared cache, and their address stays out of Referer headers.
		'Cache-Control': result.withToken ? 'private, max-age=300' : 'public, max-age=300',
		'Referrer-Policy': 'no-referrer'
	};
	if (event.request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(result.body, { status: 200, headers });
}
