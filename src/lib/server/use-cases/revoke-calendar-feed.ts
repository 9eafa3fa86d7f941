import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { calendarFeed } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export type RevokeCalendarFeedResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/** Its creator revokes a secret feed address: the next fetch with it is refused. */
export async function revokeCalendarFeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	feedId: string
): Promise<RevokeCalendarFeedResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const revoked = await ctx.db
		.update(calendarFeed)
		.set({ revokedAt: new Date() })
		.where(and(eq(calendarFeed.id, feedId), eq(calendarFeed.createdBy, actor.userId), isNull(calendarFeed.revokedAt)))
		.returning({ id: calendarFeed.id });
	return revoked.length ? { ok: true } : { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
}
