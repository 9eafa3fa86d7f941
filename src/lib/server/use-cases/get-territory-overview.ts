import { asc, desc, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import { commune, facility } from '../db/schema.js';

/**
 * What the home page shows of the territory: the commune, each quartier with what it holds, and
 * the commune's rooms and organisations counted, not listed. A city has hundreds of rooms and
 * organisations; their lists are one link away (/rooms, /organisations), and the map under the
 * counts places every room and initiative. Listing them here made the home page 400 KB of HTML
 * and the slowest page of the city-scale benchmark (issue 8).
 */
export async function getTerritoryOverview(ctx: Pick<AppContext, 'db'>) {
	// The commune with the most facilities: once the national QPV list is imported, hundreds of
	// communes exist, and the one whose rooms are described is the one worth showing.
	const [first] = await ctx.db
		.select()
		.from(commune)
		.orderBy(
			desc(sql`(SELECT count(*) FROM ${facility} WHERE ${facility.communeId} = ${commune.id})`),
			asc(commune.name)
		)
		.limit(1);
	if (!first) return null;
	const [quartiers, [rooms], organisations] = await Promise.all([
		ctx.db.execute(sql`
			SELECT q.id, q.name, q.qpv_code AS "qpvCode",
				(SELECT count(*)::int FROM facility f WHERE f.quartier_id = q.id) AS facilities,
				(SELECT count(*)::int FROM room r JOIN facility f ON f.id = r.facility_id WHERE f.quartier_id = q.id) AS rooms,
				-- As the quartier's own page counts them: running, of a published practice.
				(SELECT count(*)::int FROM initiative_quartier iq
					JOIN initiative i ON i.id = iq.initiative_id JOIN practice p ON p.id = i.practice_id
					WHERE iq.quartier_id = q.id AND i.status = 'running' AND p.status = 'published') AS initiatives
			FROM quartier q WHERE q.commune_id = ${first.id} ORDER BY q.name`),
		ctx.db.execute(sql`
			SELECT count(DISTINCT f.id)::int AS facilities, count(r.id)::int AS rooms,
				count(r.id) FILTER (WHERE r.kitchen_level <> 'none')::int AS "withKitchen"
			FROM facility f LEFT JOIN room r ON r.facility_id = f.id WHERE f.commune_id = ${first.id}`),
		ctx.db.execute(sql`
			SELECT type, count(*)::int AS count FROM organisation WHERE commune_id = ${first.id}
			GROUP BY type ORDER BY count(*) DESC, type`)
	]).then(
		([q, r, o]) =>
			[
				rowsOf<{
					id: string;
					name: string;
					qpvCode: string | null;
					facilities: number;
					rooms: number;
					initiatives: number;
				}>(q),
				rowsOf<{ facilities: number; rooms: number; withKitchen: number }>(r),
				rowsOf<{ type: string; count: number }>(o)
			] as const
	);
	return {
		// Names are written by the commune, in French; pages mark them so, for screen readers,
		// whatever the interface language.
		contentLocale: 'fr' as const,
		commune: { name: first.name, inseeCode: first.inseeCode, holidayZone: first.holidayZone },
		quartiers,
		rooms: rooms ?? { facilities: 0, rooms: 0, withKitchen: 0 },
		organisations
	};
}
