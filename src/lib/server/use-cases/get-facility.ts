import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, organisation, quartier, room } from '../db/schema.js';
import { canManage } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** A facility's public page: where it is, who owns it, and its rooms. Null when there is none. */
export async function getFacility(ctx: Pick<AppContext, 'db'>, facilityId: string, actor: Actor | null) {
	const [row] = await ctx.db
		.select({
			facility: {
				id: facility.id,
				name: facility.name,
				address: facility.address,
				lon: facility.lon,
				lat: facility.lat,
				description: facility.description,
				communeId: facility.communeId
			},
			communeName: commune.name,
			quartier: { id: quartier.id, name: quartier.name, qpvCode: quartier.qpvCode },
			owner: { id: organisation.id, name: organisation.name, type: organisation.type }
		})
		.from(facility)
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.leftJoin(organisation, eq(facility.ownerOrganisationId, organisation.id))
		.where(eq(facility.id, facilityId));
	if (!row) return null;
	const rooms = await ctx.db
		.select({
			id: room.id,
			name: room.name,
			areaM2: room.areaM2,
			capacity: room.capacity,
			kitchenLevel: room.kitchenLevel,
			childToilets: room.childToilets,
			stepFree: room.stepFree
		})
		.from(room)
		.where(eq(room.facilityId, facilityId))
		.orderBy(asc(room.name), asc(room.id));
	return {
		contentLocale: 'fr' as const,
		...row,
		rooms,
		canManage: canManage(actor, { id: row.facility.id, communeId: row.facility.communeId })
	};
}
