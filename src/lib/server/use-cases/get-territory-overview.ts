import { asc, desc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, organisation, quartier, room } from '../db/schema.js';
import type { Geometry } from '#lib/domain/geo.js';

/** What the home page shows of the territory: the commune, its quartiers, rooms and organisations. */
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
	const [quartiers, facilities, rooms, organisations] = await Promise.all([
		ctx.db
			.select({ id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode, outline: quartier.outline })
			.from(quartier)
			.where(eq(quartier.communeId, first.id))
			.orderBy(asc(quartier.name)),
		ctx.db
			.select({ id: facility.id, name: facility.name, address: facility.address, quartierId: facility.quartierId })
			.from(facility)
			.where(eq(facility.communeId, first.id))
			.orderBy(asc(facility.name)),
		ctx.db
			.select({
				id: room.id,
				facilityId: room.facilityId,
				name: room.name,
				areaM2: room.areaM2,
				capacity: room.capacity,
				kitchenLevel: room.kitchenLevel
			})
			.from(room)
			.innerJoin(facility, eq(room.facilityId, facility.id))
			.where(eq(facility.communeId, first.id))
			.orderBy(asc(room.name)),
		ctx.db
			.select({
				id: organisation.id,
				name: organisation.name,
				type: organisation.type,
				description: organisation.description
			})
			.from(organisation)
			.where(eq(organisation.communeId, first.id))
			.orderBy(asc(organisation.name))
	]);
	return {
		// Names and descriptions are written by the commune and organisations, in French; pages
		// mark them so, for screen readers, whatever the interface language.
		contentLocale: 'fr' as const,
		commune: { name: first.name, inseeCode: first.inseeCode, holidayZone: first.holidayZone },
		quartiers: quartiers.map((q) => ({ ...q, outline: (q.outline ?? null) as Geometry | null })),
		facilities: facilities.map((f) => ({ ...f, rooms: rooms.filter((r) => r.facilityId === f.id) })),
		organisations
	};
}
