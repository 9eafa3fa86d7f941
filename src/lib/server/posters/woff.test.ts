import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff';

const file = createRequire(import.meta.url).resolve(
	'@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff'
);

describe('WOFF to sfnt', () => {
	it('gives the same font, shaping Arabic the same way', () => {
		const woff = readFileSync(file);
		const fromWoff = fontkit.create(woff) as fontkit.Font;
		const sfnt = fontkit.create(woffToSfnt(woff)) as fontkit.Font;
		expect(sfnt.type).toBe('TTF');
		expect(sfnt.numGlyphs).toBe(fromWoff.numGlyphs);
		expect(sfnt.postscriptName).toBe(fromWoff.postscriptName);
		const word = 'الحاجة';
		const ids = (f: fontkit.Font) => f.layout(word).glyphs.map((g) => g.id);
		expect(ids(sfnt)).toEqual(ids(fromWoff));
		// Shaped: joined forms, not the isolated letters typed.
		expect(ids(sfnt)).not.toEqual([...word].map((c) => sfnt.glyphForCodePoint(c.codePointAt(0)!).id).reverse());
	});

	it('refuses what is not WOFF', () => {
		expect(() => woffToSfnt(new Uint8Array(64))).toThrow(/WOFF/);
	});
});
