/**
 * Where rooms and initiatives stand, and the outlines of their quartiers: the queries behind
 * every map (the search page's and the home page's). Read-only and public.
 */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import { placesOf, type Located, type MapLayers } from '#lib/domain/map.js';
import type { Geometry } from '#lib/domain/geo.js';

/** A located item and the quartier of its point, whose outline the map then draws. */
export type LocatedIn = Located & { quartierId: string | null };

const list = (ids: string[]) =>
	sql.join(
		ids.map((id) => sql`${id}`),
		sql`, `
	);

/** Rooms stand at their facility's point. */
export async function locateRooms(ctx: Pick<AppContext, 'db'>, ids: string[]): Promise<LocatedIn[]> {
	if (ids.length === 0) return [];
	const rows = rowsOf<{
		id: string;
		name: string;
		facility_id: string;
		facility: string;
		lat: number | null;
		lon: number | null;
		quartier_id: string | null;
	}>(
		await ctx.db.execute(sql`
			SELECT r.id, r.name, fa.id AS facility_id, fa.name AS facility, fa.lat, fa.lon, fa.quartier_id
			FROM room r JOIN facility fa ON fa.id = r.facility_id
			WHERE r.id IN (${list(ids)})
			ORDER BY fa.name, r.name`)
	);
	return rows.map((r) => ({
		place: { id: `facility:${r.facility_id}`, name: r.facility, lat: r.lat, lon: r.lon },
		item: { kind: 'room', id: r.id, title: r.name, detail: r.facility, href: `/rooms/${encodeURIComponent(r.id)}` },
		quartierId: r.quartier_id
	}));
}

/**
 * Initiatives stand where they take place: at the facilities of their rooms when known,
 * otherwise at the centre of each quartier they run in.
 */
export async function locateInitiatives(ctx: Pick<AppContext, 'db'>, ids: string[]): Promise<LocatedIn[]> {
	if (ids.length === 0) return [];
	const rows = rowsOf<{
		id: string;
		title: string;
		organisation: string;
		place_id: string;
		place: string;
		lat: number | null;
		lon: number | null;
		quartier_id: string | null;
	}>(
		await ctx.db.execute(sql`
			SELECT i.id, i.title, o.name AS organisation, 'facility:' || fa.id AS place_id, fa.name AS place,
				fa.lat, fa.lon, fa.quartier_id
			FROM initiative i JOIN organisation o ON o.id = i.organisation_id
			JOIN initiative_room ir ON ir.initiative_id = i.id
			JOIN room r ON r.id = ir.room_id JOIN facility fa ON fa.id = r.facility_id
			WHERE i.id IN (${list(ids)})
			UNION
			SELECT i.id, i.title, o.name, 'quartier:' || q.id, q.name, q.centroid_lat, q.centroid_lon, q.id
			FROM initiative i JOIN organisation o ON o.id = i.organisation_id
			JOIN initiative_quartier iq ON iq.initiative_id = i.id JOIN quartier q ON q.id = iq.quartier_id
			WHERE i.id IN (${list(ids)})
				AND NOT EXISTS (SELECT 1 FROM initiative_room ir WHERE ir.initiative_id = i.id)
			ORDER BY 2, 5`)
	);
	return rows.map((r) => ({
		place: { id: r.place_id, name: r.place, lat: r.lat, lon: r.lon },
		item: {
			kind: 'initiative',
			id: r.id,
			title: r.title,
			detail: r.organisation,
			href: `/initiatives/${encodeURIComponent(r.id)}`
		},
		quartierId: r.quartier_id
	}));
}

/** The markers of these items, and the outlines of their quartiers (and of any quartier asked for). */
export async function outlinesOf(
	ctx: Pick<AppContext, 'db'>,
	located: LocatedIn[],
	alsoQuartiers: string[] = []
): Promise<MapLayers> {
	const places = placesOf(located);
	const shown = new Set(places.map((p) => p.id));
	const quartierIds = [
		...new Set([
			...located.filter((l) => shown.has(l.place.id) && l.quartierId).map((l) => l.quartierId!),
			...alsoQuartiers
		])
	];
	if (quartierIds.length === 0) return { outlines: [], places };
	const rows = rowsOf<{ id: string; name: string; qpv_code: string | null; outline: unknown }>(
		await ctx.db.execute(sql`
			SELECT id, name, qpv_code, outline FROM quartier
			WHERE id IN (${list(quartierIds)}) AND outline IS NOT NULL ORDER BY name`)
	);
	return {
		places,
		outlines: rows.map((q) => ({
			id: q.id,
			name: q.name,
			href: `/quartiers/${encodeURIComponent(q.qpv_code ?? q.id)}`,
			// node-postgres parses jsonb; PGlite too. A string would mean an old driver: parse it.
			outline: (typeof q.outline === 'string' ? JSON.parse(q.outline) : q.outline) as Geometry
		}))
	};
}
