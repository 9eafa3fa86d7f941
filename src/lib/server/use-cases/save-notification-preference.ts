import type { AppContext } from '../context.js';
import { notificationPreference } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { notificationPreferenceForm, type EmailChoice } from '#lib/domain/notification-preference.js';
import { rateLimited } from './rate-limited.js';

export type SaveNotificationPreferenceResult =
	{ ok: true; email: EmailChoice } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * Sets how the signed-in person receives notifications by e-mail. `last_digest_at` is kept: a
 * person who goes back to weekly gets the notifications since her last digest, not a repeat.
 */
export async function saveNotificationPreference(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<SaveNotificationPreferenceResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const form = parseForm(notificationPreferenceForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]], 'email');
	if (limited) return limited;
	await setEmailChoice(ctx.db, actor.userId, form.data.email);
	return { ok: true, email: form.data.email };
}

/** The one write of a preference, shared with the unsubscribe link. */
export async function setEmailChoice(db: AppContext['db'], userId: string, email: EmailChoice): Promise<void> {
	const now = new Date();
	await db
		.insert(notificationPreference)
		.values({ userId, email, updatedAt: now })
		.onConflictDoUpdate({ target: notificationPreference.userId, set: { email, updatedAt: now } });
}
