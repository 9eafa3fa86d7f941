import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { notificationPreference, user } from '../db/schema.js';
import { verifyUnsubscribeToken } from '../notifications/unsubscribe-token.js';

export type UnsubscribeLinkState = 'invalid' | 'subscribed' | 'unsubscribed';

/**
 * What an unsubscribe link leads to, before anything changes: opening the link only shows the
 * confirmation (mail scanners follow links; only the button unsubscribes). No sign-in needed:
 * the signed token is the proof of having received the mail.
 */
export async function checkUnsubscribeLink(
	ctx: Pick<AppContext, 'db' | 'signingSecret'>,
	token: string
): Promise<UnsubscribeLinkState> {
	const userId = verifyUnsubscribeToken(ctx.signingSecret, token);
	if (!userId) return 'invalid';
	const [row] = await ctx.db
		.select({ email: notificationPreference.email })
		.from(user)
		.leftJoin(notificationPreference, eq(notificationPreference.userId, user.id))
		.where(eq(user.id, userId));
	// A deleted account: its links are as good as invalid.
	if (!row) return 'invalid';
	return row.email === 'none' ? 'unsubscribed' : 'subscribed';
}
