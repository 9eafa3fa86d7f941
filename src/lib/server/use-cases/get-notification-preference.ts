import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { notificationPreference } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { emailChoiceOf, type EmailChoice } from '#lib/domain/notification-preference.js';

/** How the signed-in person receives her notifications by e-mail (each when never chosen). */
export async function getNotificationPreference(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null
): Promise<{ email: EmailChoice }> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const [row] = await ctx.db
		.select({ email: notificationPreference.email })
		.from(notificationPreference)
		.where(eq(notificationPreference.userId, actor.userId));
	return { email: emailChoiceOf(row?.email) };
}
