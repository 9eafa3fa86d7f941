import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { posterExtract, posterLanguage, shortUrlFor } from './poster';

describe('poster short URLs', () => {
	it('encode the full address and print it without the scheme', () => {
		expect(shortUrlFor('https://quartiers-vivants.fr', 'need', 'K7M2QXZ')).toEqual({
			absolute: 'https://quartiers-vivants.fr/b/K7M2QXZ',
			printed: 'quartiers-vivants.fr/b/K7M2QXZ'
		});
		expect(shortUrlFor('http://localhost:3000/', 'consultation', 'ABCDEFG')).toEqual({
			absolute: 'http://localhost:3000/c/ABCDEFG',
			printed: 'localhost:3000/c/ABCDEFG'
		});
	});
});

describe('poster language', () => {
	it('takes the language asked for, else the reader’s', () => {
		expect(posterLanguage('ar', 'fr')).toBe('ar');
		expect(posterLanguage('de', 'en')).toBe('en');
		expect(posterLanguage(null, 'fr')).toBe('fr');
	});
});

describe('poster extract', () => {
	it('keeps a short text whole, as plain text', () => {
		expect(posterExtract('## Un **jardin** partagé\n\nVoir [le plan](https://x.fr/p).')).toBe(
			'Un jardin partagé Voir le plan.'
		);
	});

	it('cuts a long text at a word boundary with an ellipsis', () => {
		const text = 'Nous voulons un local pour les mamans du quartier, ouvert le mercredi après-midi. '.repeat(6);
		const extract = posterExtract(text, 100);
		expect([...extract].length).toBeLessThanOrEqual(100);
		expect(extract.endsWith('…')).toBe(true);
		expect(text.startsWith(extract.slice(0, -1))).toBe(true);
		expect(text[extract.length - 1]).toMatch(/[\s,]/);
	});

	it('never exceeds the length, whatever the text (Arabic included)', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', ' ', 'ب', 'é', '\n', '*', 'ق') }),
				fc.integer({ min: 10, max: 300 }),
				(text, max) => {
					const extract = posterExtract(text, max);
					expect([...extract].length).toBeLessThanOrEqual(max);
				}
			)
		);
	});
});
