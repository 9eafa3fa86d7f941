/**
 * API tokens: what an organisation admin creates so that a program may write through /api/v1
 * on the organisation's behalf. Only a SHA-256 of each token is stored: a copy of the database
 * gives no one the power to call the API. The token is random (256 bits), so a plain hash, looked
 * up by equality, is enough — no salt, no slow hash, and no timing leak worth guarding against.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from './db/client.js';
import { apiToken } from './db/schema.js';
import { API_TOKEN_PREFIX, TOKEN_USE_RESOLUTION_SECONDS, bearerToken } from '#lib/domain/organisations.js';

export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A fresh token: "qv_" then 32 random bytes in base64url. */
export function generateApiToken(): string {
	return `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

export interface ApiCaller {
	organisationId: string;
	tokenId: string;
}

/**
 * The organisation a request speaks for, from its `Authorization: Bearer qv_…` header; null when
 * the header is missing, malformed, unknown or revoked. Records when the token was last used, at
 * most once a minute (one conditional UPDATE, so a busy client does not write on every call).
 */
export async function authenticateApiToken(
	db: Database,
	authorizationHeader: string | null | undefined
): Promise<ApiCaller | null> {
	const token = bearerToken(authorizationHeader);
	if (!token) return null;
	const [found] = await db
		.select({ id: apiToken.id, organisationId: apiToken.organisationId })
		.from(apiToken)
		.where(and(eq(apiToken.tokenHash, hashSecret(token)), isNull(apiToken.revokedAt)));
	if (!found) return null;
	await db
		.update(apiToken)
		.set({ lastUsedAt: sql`now()` })
		.where(
			and(
				eq(apiToken.id, found.id),
				sql`(${apiToken.lastUsedAt} IS NULL OR ${apiToken.lastUsedAt} < now() - make_interval(secs => ${TOKEN_USE_RESOLUTION_SECONDS}))`
			)
		);
	return { organisationId: found.organisationId, tokenId: found.id };
}
