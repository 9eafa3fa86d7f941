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
	const exact = ({ lon, lat }: LonLat) => ({
		x: padding + (lon - minLon) * k * scale,
		y: padding + (maxLat - lat) * scale
	});
	const point = (p: LonLat) => {
		const { x, y } = exact(p);
		return { x: round(x), y: round(y) };
	};
	// Whole units, each point after the first written as a step from the one before ("l3 -2"):
	// a third of the text of absolute tenths, for a difference under a pixel.
	const path = (g: Geometry) =>
		rings(g)
			.map((ring) => {
				let at = { x: 0, y: 0 };
				return (
					visible(ring.map((p) => exact({ lon: p[0]!, lat: p[1]! })))
						.map((p, i) => {
							const to = { x: Math.round(p.x), y: Math.round(p.y) };
							const step = i === 0 ? `M${to.x} ${to.y}` : `l${to.x - at.x} ${to.y - at.y}`;
							at = to;
							return step;
						})
						.join('') + 'Z'
				);
			})
			.join('');
	return { width, height, path, point };
}

/** Outlines drawn together in one frame, as SVG paths: what a page needs, without the coordinates. */
export interface OutlineSketch {
	width: number;
	height: number;
	shapes: { id: string; d: string }[];
}

export function sketchOutlines(
	outlines: readonly { id: string; outline: Geometry }[],
	width: number
): OutlineSketch | null {
	const projection = fitProjection(
		outlines.map((o) => o.outline),
		width
	);
	return (
		projection && {
			width: projection.width,
			height: projection.height,
			shapes: outlines.map((o) => ({ id: o.id, d: projection.path(o.outline) }))
		}
	);
}

/** About a pixel and a half: closer points draw nothing a reader could see. */
const MIN_STEP = 1.5;

/**
 * The points of a projected ring that can be seen: each at least MIN_STEP units from the one
 * kept before it. Official QPV outlines carry survey detail far finer than a drawing a few
 * hundred units wide, and a city's thirty outlines were 44 KB of SVG for lines nobody could
 * tell apart (issue 8). A ring smaller than that is kept whole, so that no quartier vanishes.
 */
export function visible(ring: readonly { x: number; y: number }[]): { x: number; y: number }[] {
	const kept: { x: number; y: number }[] = [];
	for (const p of ring) {
		const last = kept.at(-1);
		if (!last || Math.hypot(p.x - last.x, p.y - last.y) >= MIN_STEP) kept.push(p);
	}
	return kept.length >= 3 ? kept : [...ring];
}

function rings(g: Geometry): Ring[] {
	return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

const round = (n: number) => Math.round(n * 10) / 10;
