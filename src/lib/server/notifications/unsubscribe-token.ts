/**
 * The token of a one-click unsubscribe link: the account id and an HMAC of it, keyed with the
 * application's auth secret and bound to this one purpose.
 *
 * Signed rather than random-and-stored because the link must be in every mail (each notification,
 * each digest) and work forever without a table of tokens to keep, expire or clean up; and all
 * it can do is turn e-mail off, which the person can undo from her account. A tampered id or
 * signature fails the comparison; a token made for another purpose with the same secret (were
 * one ever added) does not verify here, because the purpose is part of the signed text.
 *
 * Only node:crypto: the end-to-end tests build links with it too.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'qv-unsubscribe-email-v1';

function signature(secret: string, userId: string): Buffer {
	// 128 bits are plenty for a link that can only switch e-mail off, and keep the URL short.
	return createHmac('sha256', secret).update(`${PURPOSE}:${userId}`).digest().subarray(0, 16);
}

export function unsubscribeToken(secret: string, userId: string): string {
	return `${Buffer.from(userId, 'utf8').toString('base64url')}.${signature(secret, userId).toString('base64url')}`;
}

/** The account a token was made for, or null when it is malformed or was not signed by us. */
export function verifyUnsubscribeToken(secret: string, token: string): string | null {
	const match = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{22})$/.exec(token);
	if (!match) return null;
	const userId = Buffer.from(match[1]!, 'base64url').toString('utf8');
	// base64url decoding is lenient: re-encoding must give back exactly what was sent.
	if (!userId || Buffer.from(userId, 'utf8').toString('base64url') !== match[1]) return null;
	const given = Buffer.from(match[2]!, 'base64url');
	// The last of 22 characters carries 2 bits only: another spelling of the same bytes is refused.
	if (given.toString('base64url') !== match[2]) return null;
	const expected = signature(secret, userId);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	return userId;
}
