import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from './db/client.js';
import { RATE_POLICIES, isOverLimit, retryAfterSeconds, type RatePolicyName } from '#lib/domain/rate-limit.js';

export type RateCheck = { limited: false } | { limited: true; retryAfterSeconds: number };

export interface RateLimiter {
	/** Counts one attempt under `policy` for `subject` and says whether it goes over the limit. */
	hit(policy: RatePolicyName, subject: string): Promise<RateCheck>;
}

/**
 * One atomic upsert per attempt: concurrent requests on several app instances
 * all count, because the database, not the process, holds the counter.
 */
export function createRateLimiter(db: Database, enabled = true): RateLimiter {
	return {
		async hit(policyName, subject) {
			if (!enabled) return { limited: false };
			const policy = RATE_POLICIES[policyName];
			const key = `${policyName}:${subject.toLowerCase()}`;
			const interval = `${policy.windowSeconds} seconds`;
			const rows = rowsOf<{ window_start: string | Date; hits: number; now: string | Date }>(
				await db.execute(sql`
				INSERT INTO rate_limit (key, window_start, hits) VALUES (${key}, now(), 1)
				ON CONFLICT (key) DO UPDATE SET
					hits = CASE WHEN rate_limit.window_start <= now() - ${interval}::interval THEN 1 ELSE rate_limit.hits + 1 END,
					window_start = CASE WHEN rate_limit.window_start <= now() - ${interval}::interval THEN now() ELSE rate_limit.window_start END
				RETURNING window_start, hits, now() AS now`)
			);
			const row = rows[0];
			if (!row) return { limited: false };
			const state = { windowStart: new Date(row.window_start), hits: Number(row.hits) };
			if (!isOverLimit(state, policy)) return { limited: false };
			return { limited: true, retryAfterSeconds: retryAfterSeconds(state, policy, new Date(row.now)) };
		}
	};
}
