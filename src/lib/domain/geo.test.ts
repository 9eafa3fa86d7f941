import { describe, expect, it } from 'vitest';
import { distanceKm, fitProjection, nearest, type Geometry } from './geo.js';

const square: Geometry = {
	type: 'Polygon',
	coordinates: [
		[
			[4.86, 45.77],
			[4.87, 45.77],
			[4.87, 45.78],
			[4.86, 45.78],
			[4.86, 45.77]
		]
	]
};

describe('fitProjection', () => {
	it('fits outlines into the frame with north up', () => {
		const p = fitProjection([square], 200, 10)!;
		expect(p.width).toBe(200);
		const sw = p.point({ lon: 4.86, lat: 45.77 });
		const ne = p.point({ lon: 4.87, lat: 45.78 });
		expect(sw.x).toBeCloseTo(10, 0);
		expect(ne.x).toBeCloseTo(190, 0);
		expect(ne.y).toBeLessThan(sw.y);
		// A degree of longitude is shorter than a degree of latitude at 45°N: the square is drawn taller than wide.
		expect(p.height - 20).toBeGreaterThan(180);
	});

	it('draws every ring of a multipolygon as a closed path', () => {
		const multi: Geometry = { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] };
		const d = fitProjection([multi], 100)!.path(multi);
		expect(d.match(/M/g)).toHaveLength(2);
		expect(d.match(/Z/g)).toHaveLength(2);
	});

	it('has nothing to draw without outlines', () => {
		expect(fitProjection([], 100)).toBeNull();
	});
});

describe('nearest', () => {
	it('finds the closest place', () => {
		const places = [
			{ name: 'Tonkin', lon: 4.862, lat: 45.7757 },
			{ name: 'Saint-Jean', lon: 4.9012, lat: 45.7781 }
		];
		expect(nearest(places, { lon: 4.8601, lat: 45.7772 }, (p) => p)?.name).toBe('Tonkin');
		expect(nearest([], { lon: 0, lat: 0 }, (p) => p)).toBeUndefined();
	});
});

describe('distanceKm', () => {
	it('measures the distance between two places of Villeurbanne in kilometres', () => {
		// Saint-Jean (QN06920M) and Tonkin (QN06922M) centroids: about 3 km apart.
		const d = distanceKm({ lon: 4.9128, lat: 45.7776 }, { lon: 4.8751, lat: 45.7743 });
		expect(d).toBeGreaterThan(2.5);
		expect(d).toBeLessThan(3.5);
		expect(distanceKm({ lon: 4.9, lat: 45.7 }, { lon: 4.9, lat: 45.7 })).toBe(0);
	});
});
