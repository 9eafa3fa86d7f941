/**
 * GeoJSON (RFC 7946) for the open data downloads: WGS84 longitude/latitude, in that order.
 * Features without a known place keep `geometry: null`, as the RFC allows, so that a download
 * lists every row of the CSV of the same dataset, placed or not.
 */
export type Position = [number, number];
type Ring = Position[];

export type Point = { type: 'Point'; coordinates: Position };
export type MultiPoint = { type: 'MultiPoint'; coordinates: Position[] };
export type Polygon = { type: 'Polygon'; coordinates: Ring[] };
export type MultiPolygon = { type: 'MultiPolygon'; coordinates: Ring[][] };
export type Geometry = Point | MultiPoint | Polygon | MultiPolygon;

export interface Feature<P extends object = Record<string, unknown>> {
	type: 'Feature';
	id?: string;
	geometry: Geometry | null;
	properties: P;
}

export interface FeatureCollection<P extends object = Record<string, unknown>> {
	type: 'FeatureCollection';
	features: Feature<P>[];
}

/** A place that may be unknown (rows keep null coordinates). */
export type Place = { lon?: number | null; lat?: number | null };

/** RFC 7946 §11.2: six decimals (about 10 cm) is more precision than any place here has. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function isLonLat(lon: unknown, lat: unknown): boolean {
	return (
		typeof lon === 'number' &&
		typeof lat === 'number' &&
		Number.isFinite(lon) &&
		Number.isFinite(lat) &&
		Math.abs(lon) <= 180 &&
		Math.abs(lat) <= 90
	);
}

/** A point, or null when the place is unknown or not a WGS84 coordinate. */
export function point(place: Place | null | undefined): Point | null {
	if (!place || !isLonLat(place.lon, place.lat)) return null;
	return { type: 'Point', coordinates: [round(place.lon!), round(place.lat!)] };
}

/**
 * Several places as one geometry: a Point for one, a MultiPoint for more (duplicates removed, in
 * the order given), null for none.
 */
export function points(places: readonly (Place | null | undefined)[]): Point | MultiPoint | null {
	const seen = new Set<string>();
	const coordinates: Position[] = [];
	for (const place of places) {
		const p = point(place);
		if (!p) continue;
		const key = p.coordinates.join(',');
		if (seen.has(key)) continue;
		seen.add(key);
		coordinates.push(p.coordinates);
	}
	if (coordinates.length === 0) return null;
	if (coordinates.length === 1) return { type: 'Point', coordinates: coordinates[0]! };
	return { type: 'MultiPoint', coordinates };
}

/** A stored quartier outline, if it is a well-formed Polygon or MultiPolygon; null otherwise. */
export function outline(value: unknown): Polygon | MultiPolygon | null {
	if (!value || typeof value !== 'object') return null;
	const g = value as { type?: unknown; coordinates?: unknown };
	const isRing = (r: unknown) =>
		Array.isArray(r) && r.length >= 4 && r.every((p) => Array.isArray(p) && p.length >= 2 && isLonLat(p[0], p[1]));
	const isPolygon = (p: unknown) => Array.isArray(p) && p.length > 0 && p.every(isRing);
	if (g.type === 'Polygon' && isPolygon(g.coordinates))
		return { type: 'Polygon', coordinates: g.coordinates as Ring[] };
	if (
		g.type === 'MultiPolygon' &&
		Array.isArray(g.coordinates) &&
		g.coordinates.length > 0 &&
		g.coordinates.every(isPolygon)
	)
		return { type: 'MultiPolygon', coordinates: g.coordinates as Ring[][] };
	return null;
}

export function feature<P extends object>(id: string, geometry: Geometry | null, properties: P): Feature<P> {
	return { type: 'Feature', id, geometry, properties };
}

export function featureCollection<P extends object>(features: Feature<P>[]): FeatureCollection<P> {
	return { type: 'FeatureCollection', features };
}
