import { createHmac } from 'node:crypto';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), written here independently of the library under test. */
export function totp(base32Secret: string, at = Date.now()): string {
	const key = base32Decode(base32Secret);
	const counter = Buffer.alloc(8);
	counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
	const mac = createHmac('sha1', key).update(counter).digest();
	const offset = mac[mac.length - 1]! & 0x0f;
	const bin = mac.readUInt32BE(offset) & 0x7fffffff;
	return String(bin % 1_000_000).padStart(6, '0');
}

function base32Decode(input: string): Buffer {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	const clean = input.toUpperCase().replace(/=+$/, '').replace(/\s/g, '');
	let bits = 0;
	let value = 0;
	const out: number[] = [];
	for (const ch of clean) {
		const idx = alphabet.indexOf(ch);
		if (idx < 0) throw new Error(`not base32: ${ch}`);
		value = (value << 5) | idx;
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(out);
}
