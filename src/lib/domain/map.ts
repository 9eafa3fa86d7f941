/**
 * What the map shows and where its background comes from. The map is drawn from the same list
 * the page prints, so both always show the same things; the tile host is the one outside
 * address the page may load images from.
 */
import type { Geometry } from './geo.js';

/** A room or an initiative, as a link in a marker's popup and in the list. */
export interface MapItem {
	kind: 'room' | 'initiative';
	id: string;
	title: string;
	/** A line under the title: the facility of a room, the organisation of an initiative. */
	detail: string;
	href: string;
}

/** One marker: a facility (its rooms share its point) or a quartier (initiatives located only by quartier). */
export interface MapPlace {
	id: string;
	name: string;
	lat: number;
	lon: number;
	items: MapItem[];
}

export interface MapOutline {
	id: string;
	name: string;
	href: string;
	outline: Geometry;
}

export interface MapLayers {
	outlines: MapOutline[];
	places: MapPlace[];
}

/** Where one item stands on the map. */
export interface Located {
	place: { id: string; name: string; lat: number | null; lon: number | null };
	item: MapItem;
}

/**
 * Markers for located items, in the order of the list. Items at one point share a marker (two
 * rooms of one facility would otherwise hide each other); an item at several points (an
 * initiative in two quartiers) has a marker at each. Points without coordinates are left out.
 */
export function placesOf(located: readonly Located[]): MapPlace[] {
	const places = new Map<string, MapPlace>();
	for (const { place, item } of located) {
		if (place.lat === null || place.lon === null || !Number.isFinite(place.lat) || !Number.isFinite(place.lon))
			continue;
		let found = places.get(place.id);
		if (!found) {
			found = { id: place.id, name: place.name, lat: place.lat, lon: place.lon, items: [] };
			places.set(place.id, found);
		}
		if (!found.items.some((i) => i.kind === item.kind && i.id === item.id)) found.items.push(item);
	}
	return [...places.values()];
}

/** The ids of the markers an item appears on, for the list's `data-places`. */
export function placeIdsOf(places: readonly MapPlace[], item: Pick<MapItem, 'kind' | 'id'>): string[] {
	return places.filter((p) => p.items.some((i) => i.kind === item.kind && i.id === item.id)).map((p) => p.id);
}

const TILE_PATTERN = /^(https?):\/\/([^/?#@\s]+)(\/[^\s]*)$/i;

/**
 * Checks a tile URL template ({z}/{x}/{y}, optionally {s} for subdomains and {r} for retina)
 * and returns the Content-Security-Policy source that allows exactly its host, or null when
 * the template is not usable.
 */
export function tileSource(template: string): string | null {
	const match = TILE_PATTERN.exec(template.trim());
	if (!match) return null;
	const [, scheme, host, path] = match as unknown as [string, string, string, string];
	if (!['{z}', '{x}', '{y}'].every((p) => path.includes(p))) return null;
	// Leaflet fills {s} with a, b, c…: the policy then names the parent domain's subdomains.
	const hostForPolicy = host.replace(/^\{s\}\./, '*.');
	if (!/^(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i.test(hostForPolicy) || hostForPolicy.includes('{')) return null;
	return `${scheme.toLowerCase()}://${hostForPolicy.toLowerCase()}`;
}

/** Adds a source to a Content-Security-Policy's img-src directive, leaving everything else as it was. */
export function withImageSource(policy: string, source: string): string {
	const directives = policy
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	const index = directives.findIndex((d) => /^img-src(\s|$)/i.test(d));
	if (index === -1) return policy;
	const tokens = directives[index]!.split(/\s+/);
	if (!tokens.includes(source)) directives[index] = [...tokens, source].join(' ');
	return directives.join('; ');
}

/**
 * How far apart, in screen pixels, two markers must stand: a 24 px target (WCAG 2.5.8) and room
 * to tell it from its neighbour. At a city's zoom, dozens of facilities share a few pixels.
 */
export const MARKER_SPACING = 28;

/**
 * Markers that would overlap on screen, gathered into groups (indexes into `points`). A group is
 * anchored on its first point; each later point joins the first anchor closer than `distance`,
 * else anchors a group of its own. Anchors are thus at least `distance` apart, and markers drawn
 * at the anchors never overlap, however crowded the map.
 */
export function groupNearby(points: readonly { x: number; y: number }[], distance = MARKER_SPACING): number[][] {
	const groups: number[][] = [];
	points.forEach((p, i) => {
		const near = groups.find((g) => {
			const anchor = points[g[0]!]!;
			return Math.hypot(p.x - anchor.x, p.y - anchor.y) < distance;
		});
		if (near) near.push(i);
		else groups.push([i]);
	});
	return groups;
}
