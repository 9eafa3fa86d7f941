import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { facility, room } from '../db/schema.js';
import { assertManages, findFacility } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** A facility as its manager edits it, with its rooms; null when there is none. */
export async function getManagedFacility(ctx: Pick<AppContext, 'db'>, actor: Actor | null, facilityId: string) {
	const ref = await findFacility(ctx.db, facilityId);
	if (!ref) return null;
	assertManages(actor, ref);
	const [row] = await ctx.db.select().from(facility).where(eq(facility.id, ref.id));
	if (!row) return null;
	const rooms = await ctx.db
		.select({
			id: room.id,
			name: room.name,
			areaM2: room.areaM2,
			capacity: room.capacity,
			kitchenLevel: room.kitchenLevel
		})
		.from(room)
		.where(eq(room.facilityId, ref.id))
		.orderBy(asc(room.name), asc(room.id));
	return {
		contentLocale: 'fr' as const,
		facility: {
			id: row.id,
			name: row.name,
			address: row.address,
			description: row.description,
			lon: row.lon,
			lat: row.lat,
			communeId: row.communeId,
			quartierId: row.quartierId,
			ownerOrganisationId: row.ownerOrganisationId
		},
		rooms
	};
}
