/** Small geometry helpers on WGS84 coordinates. */

export interface LonLat {
	lon: number;
	lat: number;
}

/** Squared equirectangular distance: good enough to rank places within a city. */
export function distanceRank(a: LonLat, b: LonLat): number {
	const x = (b.lon - a.lon) * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
	const y = b.lat - a.lat;
	return x * x + y * y;
}

/** Great-circle distance in kilometres (haversine), to tell people how far a room is. */
export function distanceKm(a: LonLat, b: LonLat): number {
	const rad = Math.PI / 180;
	const dLat = (b.lat - a.lat) * rad;
	const dLon = (b.lon - a.lon) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function nearest<T>(items: readonly T[], from: LonLat, at: (item: T) => LonLat): T | undefined {
	let best: T | undefined;
	let bestRank = Infinity;
	for (const item of items) {
		const rank = distanceRank(from, at(item));
		if (rank < bestRank) {
			best = item;
			bestRank = rank;
		}
	}
	return best;
}

type Ring = number[][];
export type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface Projection {
	width: number;
	height: number;
	/** SVG path data for a geometry, in the projected frame. */
	path(geometry: Geometry): string;
	point(p: LonLat): { x: number; y: number };
}

/**
 * Fits geometries into a width-wide SVG frame with an equirectangular projection around their
 * mean latitude — accurate enough at the scale of a commune, and needs no map tiles.
 */
export function fitProjection(geometries: readonly Geometry[], width: number, padding = 8): Projection | null {
	const points = geometries.flatMap(rings).flat();
	if (points.length === 0) return null;
	const lons = points.map((p) => p[0]!);
	const lats = points.map((p) => p[1]!);
	const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
	const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
	const spanX = Math.max((maxLon - minLon) * k, 1e-9);
	const spanY = Math.max(maxLat - minLat, 1e-9);
	const scale = (width - 2 * padding) / spanX;
	const height = Math.round(spanY * scale + 2 * padding);
	const point = ({ lon, lat }: LonLat) => ({
		x: round(padding + (lon - minLon) * k * scale),
		y: round(padding + (maxLat - lat) * scale)
	});
	const path = (g: Geometry) =>
		rings(g)
			.map(
				(ring) =>
					ring
						.map((p, i) => {
							const { x, y } = point({ lon: p[0]!, lat: p[1]! });
							return `${i === 0 ? 'M' : 'L'}${x} ${y}`;
						})
						.join('') + 'Z'
			)
			.join('');
	return { width, height, path, point };
}

function rings(g: Geometry): Ring[] {
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

const round = (n: number) => Math.round(n * 10) / 10;
