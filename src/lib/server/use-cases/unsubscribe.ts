import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { user } from '../db/schema.js';
import { verifyUnsubscribeToken } from '../notifications/unsubscribe-token.js';
import { setEmailChoice } from './save-notification-preference.js';

/**
 * One-click unsubscribe (the button of the link's page, or a mail client's RFC 8058 POST): turns
 * every notification e-mail off for the account the link was made for. Authorised by the signed
 * token alone, without a session: it can do nothing else, and the person turns mail back on from
 * her account. Repeating it changes nothing.
 */
export async function unsubscribe(
	ctx: Pick<AppContext, 'db' | 'signingSecret'>,
	token: string
): Promise<{ ok: true } | { ok: false; reason: 'TOKEN.INVALID' }> {
	const userId = verifyUnsubscribeToken(ctx.signingSecret, token);
	if (!userId) return { ok: false, reason: 'TOKEN.INVALID' };
	const [account] = await ctx.db.select({ id: user.id }).from(user).where(eq(user.id, userId));
	if (!account) return { ok: false, reason: 'TOKEN.INVALID' };
	await setEmailChoice(ctx.db, userId, 'none');
	return { ok: true };
}
