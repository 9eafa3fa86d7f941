import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { notification } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Locale } from '#lib/domain/locale.js';
import type { NotificationPayload } from '../notifications/events.js';
import { notificationText } from '../notifications/render.js';

const PAGE = 100;

/** A person's latest notifications, written in the language they read the page in. */
export async function listNotifications(ctx: Pick<AppContext, 'db'>, actor: Actor | null, locale: Locale) {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const rows = await ctx.db
		.select()
		.from(notification)
		.where(eq(notification.userId, actor.userId))
		.orderBy(desc(notification.createdAt), desc(notification.id))
		.limit(PAGE);
	return {
		notifications: rows.map((r) => ({
			id: r.id,
			kind: r.kind,
			link: r.link,
			createdAt: r.createdAt,
			// Shown in the time zone of what it is about (the commune's), never the server's.
			timeZone: (r.payload as Partial<NotificationPayload>).timeZone ?? 'Europe/Paris',
			read: r.readAt !== null,
			...notificationText(r.kind, r.payload as NotificationPayload, locale)
		})),
		unread: await countUnread(ctx, actor.userId)
	};
}

/** For the header: how many notifications this person has not read. */
export async function countUnread(ctx: Pick<AppContext, 'db'>, userId: string): Promise<number> {
	const [row] = await ctx.db
		.select({ n: count() })
		.from(notification)
		.where(and(eq(notification.userId, userId), isNull(notification.readAt)));
	return row?.n ?? 0;
}
