import { describe, expect, it } from 'vitest';
import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token.js';

const secret = 'a-secret-of-at-least-thirty-two-characters';

describe('one-click unsubscribe tokens', () => {
	it('gives back the account it was made for', () => {
		const token = unsubscribeToken(secret, 'user-123_ABC');
		expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/);
		expect(verifyUnsubscribeToken(secret, token)).toBe('user-123_ABC');
	});

	it('refuses a token signed with another secret', () => {
		expect(verifyUnsubscribeToken(secret, unsubscribeToken('another-secret-of-thirty-two-chars!!', 'u1'))).toBeNull();
	});

	it('refuses a token whose account was swapped for another', () => {
		const [, sig] = unsubscribeToken(secret, 'victim').split('.');
		const forged = `${Buffer.from('someone-else').toString('base64url')}.${sig}`;
		expect(verifyUnsubscribeToken(secret, forged)).toBeNull();
	});

	it('refuses a token with one character of the signature changed', () => {
		const token = unsubscribeToken(secret, 'u1');
		const last = token.at(-1) === 'A' ? 'B' : 'A';
		expect(verifyUnsubscribeToken(secret, token.slice(0, -1) + last)).toBeNull();
	});

	it.each(['', 'nonsense', '.', 'abc.', '.abcdefghijklmnopqrstuv', 'a b.cdefghijklmnopqrstuvw', 'x'.repeat(5000)])(
		'refuses the malformed token %j without throwing',
		(token) => {
			expect(verifyUnsubscribeToken(secret, token)).toBeNull();
		}
	);
});
