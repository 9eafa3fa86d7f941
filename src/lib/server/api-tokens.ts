/**
 * API tokens: an organisation admin creates one so that a program may write through /api/v1 on
 * the organisation's behalf. Only the SHA-256 of a token is stored; a request proves it holds
 * the token by sending it as `Authorization: Bearer <token>`.
 */
import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from './db/client.js';
import { apiToken } from './db/schema.js';

export interface ApiTokenHolder {
	tokenId: string;
	organisationId: string;
}

export function hashApiToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * The organisation a bearer token acts for, or null when the header carries no token, an unknown
 * one or a revoked one. A token is high-entropy, so a hash lookup (no timing-safe compare) is safe.
 */
export async function authenticateApiToken(
	db: Database,
	authorizationHeader: string | null | undefined
): Promise<ApiTokenHolder | null> {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '');
	if (!match) return null;
	const [row] = await db
		.update(apiToken)
		.set({ lastUsedAt: new Date() })
		.where(and(eq(apiToken.tokenHash, hashApiToken(match[1]!)), isNull(apiToken.revokedAt)))
		.returning({ tokenId: apiToken.id, organisationId: apiToken.organisationId });
	return row ?? null;
}
