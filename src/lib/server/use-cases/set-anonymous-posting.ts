import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, communeVoiceSettings } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';

export type SetAnonymousPostingResult =
	{ ok: true; allowed: boolean } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A moderator lets a commune's residents post needs without an account, or stops it. Such posts
 * are always held for moderation (post-need.ts), so the moderators who read them decide.
 */
export async function setAnonymousPosting(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	communeId: string,
	allowed: boolean
): Promise<SetAnonymousPostingResult> {
	assertAllowed(actor, 'content.moderate');
	const limited = await rateLimited(ctx.rateLimiter, [['moderateUser', actor.userId]]);
	if (limited) return limited;
	const [found] = await ctx.db.select({ id: commune.id }).from(commune).where(eq(commune.id, communeId));
	if (!found) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	await ctx.db
		.insert(communeVoiceSettings)
		.values({ communeId, anonymousPostingAllowed: allowed })
		.onConflictDoUpdate({
			target: communeVoiceSettings.communeId,
			set: { anonymousPostingAllowed: allowed, updatedAt: sql`now()` }
		});
	return { ok: true, allowed };
}
