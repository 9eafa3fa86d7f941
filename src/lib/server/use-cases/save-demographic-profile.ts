import { z } from 'zod';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { demographicProfile } from '../db/schema.js';
import { rateLimited } from './rate-limited.js';
import { demographicBlockForm } from '#lib/domain/demographics.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The block's fields and the consent, which must be ticked: nothing is kept without it. */
const profileForm = demographicBlockForm.extend({
	consent: z.literal('on', { error: 'RESULTS.CONSENT_REQUIRED' })
});

export type SaveDemographicProfileResult =
	{ ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A resident gives (or changes) her own demographic block, with her consent, so that it can be
 * offered with each consultation she answers. Every field may stay empty ("prefer not to say").
 */
export async function saveDemographicProfile(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<SaveDemographicProfileResult> {
	assertAllowed(actor, 'account.manage_own');
	const form = parseForm(profileForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const { consent: _consent, ...block } = form.data;
	const now = new Date();
	await ctx.db
		.insert(demographicProfile)
		.values({ userId: actor.userId, consentedAt: now, ...block, updatedAt: now })
		.onConflictDoUpdate({ target: demographicProfile.userId, set: { ...block, consentedAt: now, updatedAt: now } });
	return { ok: true };
}
