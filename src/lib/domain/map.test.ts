import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupNearby, MARKER_SPACING, placeIdsOf, placesOf, tileSource, withImageSource, type Located } from './map.js';

describe('tileSource', () => {
	it('allows exactly the tile host', () => {
		expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
		expect(tileSource('http://127.0.0.1:4310/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:4310');
		expect(tileSource('https://{s}.tile.example.fr/{z}/{x}/{y}{r}.png?key=abc')).toBe('https://*.tile.example.fr');
	});

	it('refuses what is not an http(s) {z}/{x}/{y} template', () => {
		for (const bad of [
			'',
			'tile.openstreetmap.org/{z}/{x}/{y}.png',
			'ftp://tiles.example/{z}/{x}/{y}.png',
			'https://tiles.example/{z}/{x}.png',
			"https://tiles.example'; script-src *;/{z}/{x}/{y}.png",
			'https://user@tiles.example/{z}/{x}/{y}.png',
			'https://til es.example/{z}/{x}/{y}.png'
		])
			expect(tileSource(bad), bad).toBeNull();
	});
});

describe('withImageSource', () => {
	const policy = "default-src 'self'; img-src 'self' data:; script-src 'self' 'nonce-abc'";

	it('adds the source to img-src and touches nothing else', () => {
		expect(withImageSource(policy, 'https://tile.openstreetmap.org')).toBe(
			"default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; script-src 'self' 'nonce-abc'"
		);
	});

	it('adds it once, and leaves a policy without img-src alone', () => {
		const once = withImageSource(policy, 'https://a.example');
		expect(withImageSource(once, 'https://a.example')).toBe(once);
		expect(withImageSource("default-src 'self'", 'https://a.example')).toBe("default-src 'self'");
	});
});

describe('placesOf', () => {
	const at = (id: string, lat: number | null, kind: 'room' | 'initiative', itemId: string): Located => ({
		place: { id, name: id, lat, lon: lat === null ? null : 4.8 },
		item: { kind, id: itemId, title: itemId, detail: '', href: `/${kind}s/${itemId}` }
	});

	it('puts items at one point on one marker, in list order, and leaves out points without coordinates', () => {
		const places = placesOf([
			at('facility:a', 45.7, 'room', 'r1'),
			at('facility:b', 45.8, 'room', 'r2'),
			at('facility:a', 45.7, 'room', 'r3'),
			at('facility:a', 45.7, 'initiative', 'i1'),
			at('quartier:q', null, 'initiative', 'i2')
		]);
		expect(places.map((p) => [p.id, p.items.map((i) => i.id)])).toEqual([
			['facility:a', ['r1', 'r3', 'i1']],
			['facility:b', ['r2']]
		]);
		expect(placeIdsOf(places, { kind: 'initiative', id: 'i1' })).toEqual(['facility:a']);
		expect(placeIdsOf(places, { kind: 'initiative', id: 'i2' })).toEqual([]);
	});

	it('shows an item at several places once at each', () => {
		const places = placesOf([
			at('quartier:a', 45.7, 'initiative', 'i1'),
			at('quartier:b', 45.8, 'initiative', 'i1'),
			at('quartier:a', 45.7, 'initiative', 'i1')
		]);
		expect(places.map((p) => p.items.length)).toEqual([1, 1]);
		expect(placeIdsOf(places, { kind: 'initiative', id: 'i1' })).toEqual(['quartier:a', 'quartier:b']);
	});
});

describe('groupNearby', () => {
	it('leaves markers that stand apart alone, and gathers those that would overlap', () => {
		const points = [
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 10, y: 10 },
			{ x: 100, y: 27 },
			{ x: 200, y: 200 }
		];
		expect(groupNearby(points)).toEqual([[0, 2], [1, 3], [4]]);
	});

	it('puts every marker in exactly one group, and keeps the drawn ones apart', () => {
		const point = fc.record({ x: fc.integer({ min: 0, max: 400 }), y: fc.integer({ min: 0, max: 300 }) });
		fc.assert(
			fc.property(fc.array(point, { maxLength: 200 }), (points) => {
				const groups = groupNearby(points);
				expect(groups.flat().sort((a, b) => a - b)).toEqual(points.map((_, i) => i));
				const anchors = groups.map((g) => points[g[0]!]!);
				for (const [i, a] of anchors.entries())
					for (const b of anchors.slice(i + 1))
						expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(MARKER_SPACING);
				for (const g of groups)
					for (const member of g)
						expect(Math.hypot(points[member]!.x - points[g[0]!]!.x, points[member]!.y - points[g[0]!]!.y)).toBeLessThan(
							g.length === 1 ? Infinity : MARKER_SPACING
						);
			})
		);
	});
});
