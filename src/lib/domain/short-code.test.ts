import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseShortCode, shortCodeFrom, SHORT_CODE_LENGTH } from './short-code';

describe('short codes', () => {
	it('are seven unambiguous characters that read back as themselves', () => {
		fc.assert(
			fc.property(fc.uint8Array({ minLength: SHORT_CODE_LENGTH, maxLength: SHORT_CODE_LENGTH }), (bytes) => {
				const code = shortCodeFrom(bytes);
				expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{7}$/);
				expect(normaliseShortCode(code)).toBe(code);
				expect(normaliseShortCode(code.toLowerCase().replace(/(...)/, '$1 '))).toBe(code);
			})
		);
	});

	it('refuses what cannot be a code', () => {
		expect(normaliseShortCode('ABC')).toBeNull();
		expect(normaliseShortCode('ABCDEFGH')).toBeNull();
		expect(normaliseShortCode('ABC/DEF')).toBeNull();
	});
});
