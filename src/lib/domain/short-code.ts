/**
 * Short codes for posters and QR codes (/b/{code} for a need, /c/{code} for a consultation):
 * seven characters a person can type from a printed A4 sheet in a building hall. The alphabet
 * leaves out 0/O, 1/I/L and U so that nothing reads as another letter; 30^7 ≈ 2.2·10^10 codes.
 * The randomness comes from the caller (node:crypto on the server), which keeps this pure.
 */
export const SHORT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_LENGTH = 7;

/** A code from random bytes (at least SHORT_CODE_LENGTH of them). */
export function shortCodeFrom(bytes: Uint8Array): string {
	if (bytes.length < SHORT_CODE_LENGTH) throw new Error('not enough random bytes for a short code');
	let code = '';
	// 256 is not a multiple of 30: the slight bias towards the first 16 letters does not matter
	// for codes that only need to be hard to guess in bulk, not secret.
	for (let i = 0; i < SHORT_CODE_LENGTH; i++) code += SHORT_CODE_ALPHABET[bytes[i]! % SHORT_CODE_ALPHABET.length];
	return code;
}

/** Reads a typed code leniently: lower case, spaces and dashes are forgiven. */
export function normaliseShortCode(typed: string): string | null {
	const code = typed.toUpperCase().replace(/[\s-]/g, '');
	return code.length === SHORT_CODE_LENGTH && [...code].every((c) => SHORT_CODE_ALPHABET.includes(c)) ? code : null;
}
