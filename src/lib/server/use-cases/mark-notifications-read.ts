import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { notification } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** Marks one of one's own notifications as read, or all of them; nobody else's. */
export async function markNotificationsRead(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	which: { id: string } | 'all',
	now: Date
): Promise<number> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const rows = await ctx.db
		.update(notification)
		.set({ readAt: now })
		.where(
			and(
				eq(notification.userId, actor.userId),
				isNull(notification.readAt),
				which === 'all' ? undefined : eq(notification.id, which.id)
			)
		)
		.returning({ id: notification.id });
	return rows.length;
}
