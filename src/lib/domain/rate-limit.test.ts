import { describe, expect, it } from 'vitest';
import { RATE_POLICIES, isOverLimit, retryAfterSeconds } from './rate-limit.js';

describe('rate-limit policies', () => {
	const policy = { max: 3, windowSeconds: 600 };
	const start = new Date('2026-11-26T10:00:00Z');

	it('allows up to max attempts in a window and refuses the next one', () => {
		expect(isOverLimit({ windowStart: start, hits: 3 }, policy)).toBe(false);
		expect(isOverLimit({ windowStart: start, hits: 4 }, policy)).toBe(true);
	});

	it('tells when to try again, never less than a second', () => {
		expect(retryAfterSeconds({ windowStart: start, hits: 4 }, policy, new Date('2026-11-26T10:01:00Z'))).toBe(540);
		expect(retryAfterSeconds({ windowStart: start, hits: 4 }, policy, new Date('2026-11-26T10:20:00Z'))).toBe(1);
	});

	it('is stricter on one account than on a shared address', () => {
		expect(RATE_POLICIES.signInAccount.max).toBeLessThan(RATE_POLICIES.signInIp.max);
	});
});
