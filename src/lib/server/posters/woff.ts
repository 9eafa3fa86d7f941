/**
 * WOFF 1.0 to plain TrueType (sfnt), once per process. fontkit reads WOFF, but it inflates a
 * table again on every access, and pdfkit's subsetting reads the glyph table once per glyph:
 * close to a second per Arabic poster. The same font as an sfnt costs nothing more to read.
 * (fontkit 2.0.4 also fails on these WOFF2 files, hence WOFF.) Format: https://www.w3.org/TR/WOFF/
 */
import { inflateSync } from 'node:zlib';

export function woffToSfnt(woff: Uint8Array): Buffer {
	const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
	if (src.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
	const flavor = src.readUInt32BE(4);
	const numTables = src.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const offset = src.readUInt32BE(at + 4);
		const compLength = src.readUInt32BE(at + 8);
		const origLength = src.readUInt32BE(at + 12);
		const raw = src.subarray(offset, offset + compLength);
		const data = compLength < origLength ? inflateSync(raw) : Buffer.from(raw);
		if (data.length !== origLength) throw new Error('corrupt WOFF table');
		return { tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 16), data };
	});
	const pad4 = (n: number) => (n + 3) & ~3;
	const headerSize = 12 + 16 * numTables;
	const out = Buffer.alloc(headerSize + tables.reduce((sum, t) => sum + pad4(t.data.length), 0));
	const entrySelector = Math.floor(Math.log2(numTables));
	const searchRange = 2 ** entrySelector * 16;
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(searchRange, 6);
	out.writeUInt16BE(entrySelector, 8);
	out.writeUInt16BE(numTables * 16 - searchRange, 10);
	let offset = headerSize;
	tables.forEach((t, i) => {
		const at = 12 + i * 16;
		out.writeUInt32BE(t.tag, at);
		out.writeUInt32BE(t.checksum, at + 4);
		out.writeUInt32BE(offset, at + 8);
		out.writeUInt32BE(t.data.length, at + 12);
		t.data.copy(out, offset);
		offset += pad4(t.data.length);
	});
	return out;
}
