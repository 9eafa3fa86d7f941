import { and, desc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { calendarFeed } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { feedChoices, feedPath } from '../calendars/feeds.js';
import { FEED_SCOPE_TYPES, type FeedScopeType } from '../calendars/bookings-in-scope.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The secret feeds this person made, and what they may make one for. */
export async function listCalendarFeeds(ctx: Pick<AppContext, 'db'>, actor: Actor | null) {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const choices = await feedChoices(ctx.db, actor);
	const names = new Map(choices.map((c) => [`${c.scopeType}:${c.scopeId}`, c]));
	const feeds = await ctx.db
		.select({
			id: calendarFeed.id,
			scopeType: calendarFeed.scopeType,
			scopeId: calendarFeed.scopeId,
			createdAt: calendarFeed.createdAt,
			revokedAt: calendarFeed.revokedAt
		})
		.from(calendarFeed)
		// Rota feeds (a member's own shifts) are managed on the rota's page.
		.where(and(eq(calendarFeed.createdBy, actor.userId), inArray(calendarFeed.scopeType, [...FEED_SCOPE_TYPES])))
		.orderBy(desc(calendarFeed.createdAt))
		.limit(200);
	return {
		choices,
		feeds: feeds.map((f) => {
			const choice = names.get(`${f.scopeType}:${f.scopeId}`);
			return {
				...f,
				scopeType: f.scopeType as FeedScopeType,
				// A scope the person no longer acts for keeps its id: the feed still exists until revoked.
				name: choice?.name ?? f.scopeId,
				context: choice?.context ?? null,
				path: feedPath(f.scopeType as FeedScopeType, f.scopeId)
			};
		})
	};
}
