import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MARK_START as S, MARK_STOP as E, excerpt, snippetParts, withoutMarks } from './highlight.js';

describe('snippetParts', () => {
	it('cuts a ts_headline result into plain and matched parts', () => {
		expect(snippetParts(`La ${S}Crèche${E} des ${S}ateliers${E}.`)).toEqual([
			{ text: 'La ', match: false },
			{ text: 'Crèche', match: true },
			{ text: ' des ', match: false },
			{ text: 'ateliers', match: true },
			{ text: '.', match: false }
		]);
	});

	it('keeps markup as text: nothing in a snippet is ever HTML', () => {
		expect(snippetParts(`<img src=x onerror=alert(1)> ${S}atelier${E}`)).toEqual([
			{ text: '<img src=x onerror=alert(1)> ', match: false },
			{ text: 'atelier', match: true }
		]);
	});

	it('tolerates unbalanced markers and merges neighbours', () => {
		expect(snippetParts(`${E}a${S}${S}b${E}${E}c${S}`)).toEqual([
			{ text: 'a', match: false },
			{ text: 'b', match: true },
			{ text: 'c', match: false }
		]);
		expect(snippetParts('')).toEqual([]);
	});

	it('loses no character but the markers', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom(S, E))), (chunks) => {
				const headline = chunks.join('');
				expect(
					snippetParts(headline)
						.map((p) => p.text)
						.join('')
				).toBe(withoutMarks(headline));
			})
		);
	});
});

describe('excerpt', () => {
	it('keeps short texts whole and cuts long ones at a word', () => {
		expect(excerpt('  Une   phrase\ncourte. ')).toBe('Une phrase courte.');
		const long = 'mot '.repeat(100);
		const cut = excerpt(long, 50);
		expect(cut.endsWith('mot…')).toBe(true);
		expect(cut.length).toBeLessThanOrEqual(51);
	});
});
