import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { calendarFeed } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { hashSecret } from '../api-tokens.js';
import { FEED_SCOPE_TYPES, type FeedScopeType } from '../calendars/bookings-in-scope.js';
import { feedPath, generateFeedToken, mayHaveFeed } from '../calendars/feeds.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';

export type CreateCalendarFeedResult =
	| { ok: true; path: string; token: string; scopeType: FeedScopeType; scopeId: string }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A room's manager or an organisation's member makes a secret feed address. The token comes back
 * once, to be shown once; only its hash is kept. `scope` is 'room:<id>', 'organisation:<id>' or
 * 'initiative:<id>', as the form's select sends it.
 */
export async function createCalendarFeed(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	values: Record<string, unknown>
): Promise<CreateCalendarFeedResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const raw = typeof values.scope === 'string' ? values.scope : '';
	const [type, id] = [raw.slice(0, raw.indexOf(':')), raw.slice(raw.indexOf(':') + 1)];
	if (!(FEED_SCOPE_TYPES as readonly string[]).includes(type) || !id || raw.indexOf(':') < 0)
		return { ok: false, fieldErrors: { scope: 'CALENDARS.SCOPE_REQUIRED' } };
	const scopeType = type as FeedScopeType;
	if (!(await mayHaveFeed(ctx.db, actor, scopeType, id)))
		return { ok: false, fieldErrors: { scope: 'AUTH.FORBIDDEN' } };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const token = generateFeedToken();
	await ctx.db.insert(calendarFeed).values({
		id: randomUUID(),
		scopeType,
		scopeId: id,
		tokenHash: hashSecret(token),
		createdBy: actor.userId
	});
	return { ok: true, path: feedPath(scopeType, id), token, scopeType, scopeId: id };
}
