import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, paragraphDirection, visualLine, wrapText, type Measure } from './poster-layout';

/** Every character one unit wide: enough to test breaking without a font. */
const mono: Measure = (text) => [...text].length;

const shown = (text: string, base: 'ltr' | 'rtl') => visualLine(text, base).map((p) => p.text);

describe('visual order of a line', () => {
	it('leaves a Latin line as typed', () => {
		expect(shown('Donnez votre avis', 'ltr').join('')).toBe('Donnez votre avis');
	});

	it('puts Arabic words right to left, each word kept in logical order for the shaper', () => {
		// شارك برأيك في الحي: the first word typed is drawn rightmost.
		expect(shown('شارك برأيك', 'rtl')).toEqual(['برأيك', ' ', 'شارك']);
	});

	it('keeps numbers and Latin words left to right inside Arabic', () => {
		expect(shown('حتى 12/03/2026 في Villeurbanne', 'rtl')).toEqual([
			'Villeurbanne',
			' ',
			'في',
			' ',
			'12',
			'/',
			'03',
			'/',
			'2026',
			' ',
			'حتى'
		]);
	});

	it('keeps an Arabic phrase inside a French sentence in its own order', () => {
		expect(shown('Besoin : الحي الجميل ici', 'ltr')).toEqual(['Besoin', ' : ', 'الجميل', ' ', 'الحي', ' ', 'ici']);
	});

	it('mirrors brackets in right-to-left text', () => {
		expect(shown('الحي (سان جان)', 'rtl').join('')).toBe('(جان سان) الحي');
	});

	it('reads the paragraph direction from the first strong letter', () => {
		expect(paragraphDirection('2026 : الحي', 'ltr')).toBe('rtl');
		expect(paragraphDirection('« Jardin »', 'rtl')).toBe('ltr');
		expect(paragraphDirection('2026', 'rtl')).toBe('rtl');
	});

	it('loses and invents no character', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'ب', 'ق', '1', '٢', '.', '(', ')') }),
				fc.constantFrom('ltr' as const, 'rtl' as const),
				(text, base) => {
					const out = shown(text, base).join('');
					const sort = (s: string) => [...s.replace(/[()]/g, 'p')].sort().join('');
					expect(sort(out)).toBe(sort(text));
				}
			)
		);
	});
});

describe('line breaking and fitting', () => {
	it('breaks at spaces within the width', () => {
		expect(wrapText('un deux trois quatre', 9, mono)).toEqual(['un deux', 'trois', 'quatre']);
		expect(wrapText('anticonstitutionnellement ok', 9, mono)).toEqual(['anticonstitutionnellement', 'ok']);
	});

	it('no line is wider than the width unless it is a single word', () => {
		fc.assert(
			fc.property(
				fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 30 }),
				fc.integer({ min: 5, max: 40 }),
				(words, width) => {
					const lines = wrapText(words.join(' '), width, mono);
					for (const line of lines) expect(line.length <= width || !line.includes(' ')).toBe(true);
					expect(lines.join(' ')).toBe(words.join(' '));
				}
			)
		);
	});

	it('takes the largest size that fits, and cuts with an ellipsis when none does', () => {
		const measure = (t: string, _s: unknown, size: number) => [...t].length * size;
		expect(fitText('un jardin partagé', { width: 80, maxLines: 2, sizes: [10, 8, 6], measure })).toEqual({
			size: 8,
			lines: ['un jardin', 'partagé']
		});
		const cut = fitText('un deux trois quatre cinq six sept', { width: 20, maxLines: 2, sizes: [4, 2], measure });
		expect(cut.size).toBe(2);
		expect(cut.lines).toEqual(['un deux', 'trois…']);
	});
});
