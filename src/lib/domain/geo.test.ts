import { describe, expect, it } from 'vitest';
import { distanceKm, fitProjection, nearest, visible, type Geometry } from './geo.js';

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

/** The points of an SVG path of M, l and Z commands, in absolute units. */
function absolute(d: string): { x: number; y: number }[] {
	const points: { x: number; y: number }[] = [];
	for (const [, command, a, b] of d.matchAll(/([Ml])(-?[\d.]+) (-?[\d.]+)/g)) {
		const last = points.at(-1) ?? { x: 0, y: 0 };
		points.push(command === 'M' ? { x: Number(a), y: Number(b) } : { x: last.x + Number(a), y: last.y + Number(b) });
	}
	return points;
}

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
		expect(absolute(d.split('Z')[0]!)).toEqual(absolute(d.split('Z')[1]!));
		expect(d.match(/Z/g)).toHaveLength(2);
	});

	it('leaves out detail finer than the drawing, and keeps the shape', () => {
		// A square whose sides carry a survey point every 1/1000 of their length.
		const side = (from: number[], to: number[]) =>
			Array.from({ length: 1000 }, (_, i) => [
				from[0]! + ((to[0]! - from[0]!) * i) / 1000,
				from[1]! + ((to[1]! - from[1]!) * i) / 1000
			]);
		const [sw, se, ne, nw] = [
			[4.86, 45.77],
			[4.87, 45.77],
			[4.87, 45.78],
			[4.86, 45.78]
		];
		const dense: Geometry = {
			type: 'Polygon',
			coordinates: [[...side(sw!, se!), ...side(se!, ne!), ...side(ne!, nw!), ...side(nw!, sw!), sw!]]
		};
		const p = fitProjection([dense], 200, 10)!;
		const drawn = absolute(p.path(dense));
		// 4001 points in, one every unit and a half or so out: about the square's perimeter over 1.5.
		expect(drawn.length).toBeLessThan(4 * 180);
		expect(drawn.length).toBeGreaterThan(4 * 60);
		// Every point drawn lies on the square's outline, within a unit; each corner is reached.
		const [left, right] = [p.point({ lon: 4.86, lat: 45.77 }).x, p.point({ lon: 4.87, lat: 45.77 }).x];
		const [bottom, top] = [p.point({ lon: 4.86, lat: 45.77 }).y, p.point({ lon: 4.86, lat: 45.78 }).y];
		for (const { x, y } of drawn)
			expect(
				Math.min(Math.abs(x - left), Math.abs(x - right), Math.abs(y - top), Math.abs(y - bottom))
			).toBeLessThanOrEqual(1);
		for (const corner of [
			{ x: left, y: bottom },
			{ x: right, y: bottom },
			{ x: right, y: top },
			{ x: left, y: top }
		])
			expect(Math.min(...drawn.map((d) => Math.hypot(d.x - corner.x, d.y - corner.y)))).toBeLessThan(2);
	});

	it('keeps a quartier smaller than a unit rather than losing it', () => {
		const tiny = [
			{ x: 5, y: 5 },
			{ x: 5.2, y: 5 },
			{ x: 5.2, y: 5.2 },
			{ x: 5, y: 5 }
		];
		expect(visible(tiny)).toEqual(tiny);
		expect(
			visible([
				{ x: 0, y: 0 },
				{ x: 0, y: 0 },
				{ x: 3, y: 0 },
				{ x: 3, y: 3 }
			])
		).toEqual([
			{ x: 0, y: 0 },
			{ x: 3, y: 0 },
			{ x: 3, y: 3 }
		]);
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
