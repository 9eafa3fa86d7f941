import type { RateLimiter } from '../rate-limiter.js';
import type { RatePolicyName } from '#lib/domain/rate-limit.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export interface Limited {
	ok: false;
	fieldErrors: FieldErrors;
	retryAfterSeconds: number;
}

/**
 * Counts one attempt under each policy, in order, and answers the failure a form shows when
 * one of them is over its limit (null when all are within it).
 */
export async function rateLimited(
	limiter: RateLimiter,
	hits: readonly (readonly [RatePolicyName, string])[],
	field = 'form'
): Promise<Limited | null> {
	for (const [policy, subject] of hits) {
		const limit = await limiter.hit(policy, subject);
		if (limit.limited)
			return { ok: false, fieldErrors: { [field]: 'RATE.LIMITED' }, retryAfterSeconds: limit.retryAfterSeconds };
	}
	return null;
}
