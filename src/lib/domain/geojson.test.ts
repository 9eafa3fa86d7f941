import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { feature, featureCollection, outline, point, points } from './geojson.js';

describe('GeoJSON builders', () => {
	it('writes a point as [longitude, latitude], rounded to six decimals', () => {
		expect(point({ lon: 4.8897512345, lat: 45.7719 })).toEqual({ type: 'Point', coordinates: [4.889751, 45.7719] });
	});

	it('answers null for an unknown or impossible place rather than a point at 0,0', () => {
		expect(point(null)).toBeNull();
		expect(point({ lon: 4.88 })).toBeNull();
		expect(point({ lon: 4.88, lat: Number.NaN })).toBeNull();
		expect(point({ lon: 200, lat: 45 })).toBeNull();
	});

	it('gathers several places into one Point or MultiPoint, without duplicates', () => {
		const a = { lon: 4.88, lat: 45.77 };
		const b = { lon: 4.9, lat: 45.76 };
		expect(points([])).toBeNull();
		expect(points([a, a, null])).toEqual({ type: 'Point', coordinates: [4.88, 45.77] });
		expect(points([a, b, a])).toEqual({
			type: 'MultiPoint',
			coordinates: [
				[4.88, 45.77],
				[4.9, 45.76]
			]
		});
	});

	it('keeps every valid place and only those', () => {
		const place = fc.record({
			lon: fc.double({ min: -180, max: 180, noNaN: true }),
			lat: fc.double({ min: -90, max: 90, noNaN: true })
		});
		fc.assert(
			fc.property(fc.array(place, { maxLength: 8 }), (places) => {
				const g = points(places);
				const distinct = new Set(places.map((p) => point(p)!.coordinates.join(','))).size;
				if (distinct === 0) expect(g).toBeNull();
				else if (distinct === 1) expect(g?.type).toBe('Point');
				else expect(g).toMatchObject({ type: 'MultiPoint', coordinates: { length: distinct } });
			})
		);
	});

	it('accepts a stored outline only when it is a well-formed polygon', () => {
		const ring = [
			[4.88, 45.77],
			[4.89, 45.77],
			[4.89, 45.78],
			[4.88, 45.77]
		];
		expect(outline({ type: 'Polygon', coordinates: [ring] })).toEqual({ type: 'Polygon', coordinates: [ring] });
		expect(outline({ type: 'MultiPolygon', coordinates: [[ring], [ring]] })?.type).toBe('MultiPolygon');
		expect(outline({ type: 'Polygon', coordinates: [ring.slice(0, 2)] })).toBeNull();
		expect(outline({ type: 'Point', coordinates: [4.88, 45.77] })).toBeNull();
		expect(outline('POLYGON((…))')).toBeNull();
		expect(outline(null)).toBeNull();
	});

	it('builds features and collections as RFC 7946 names them', () => {
		const f = feature('r1', point({ lon: 4.88, lat: 45.77 }), { name: 'Salle Tonkin' });
		expect(featureCollection([f])).toEqual({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'r1',
					geometry: { type: 'Point', coordinates: [4.88, 45.77] },
					properties: { name: 'Salle Tonkin' }
				}
			]
		});
	});
});
