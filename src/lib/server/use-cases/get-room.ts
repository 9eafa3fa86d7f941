import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, organisation, quartier, room, roomPhoto } from '../db/schema.js';
import { canManage } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { openingHoursFromStorage } from '#lib/domain/opening-hours.js';
import type { BookableBy, KitchenLevel } from '#lib/domain/vocabulary.js';

/** Everything the public page of a room shows; null when there is no such room. */
export async function getRoom(ctx: Pick<AppContext, 'db'>, roomId: string, actor: Actor | null) {
	const [row] = await ctx.db
		.select({
			room,
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
			owner: {
				id: organisation.id,
				name: organisation.name,
				type: organisation.type,
				contactEmail: organisation.contactEmail,
				contactPhone: organisation.contactPhone,
				website: organisation.website
			}
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.leftJoin(organisation, eq(facility.ownerOrganisationId, organisation.id))
		.where(eq(room.id, roomId));
	if (!row) return null;
	const photos = await ctx.db
		.select({ id: roomPhoto.id, alt: roomPhoto.alt, width: roomPhoto.width, height: roomPhoto.height })
		.from(roomPhoto)
		.where(eq(roomPhoto.roomId, roomId))
		.orderBy(asc(roomPhoto.position), asc(roomPhoto.createdAt));
	const { createdAt: _c, updatedAt: _u, openingHours, ...r } = row.room;
	return {
		contentLocale: 'fr' as const,
		room: {
			...r,
			kitchenLevel: r.kitchenLevel as KitchenLevel,
			bookableBy: r.bookableBy as BookableBy,
			openingHours: openingHoursFromStorage(openingHours)
		},
		facility: row.facility,
		communeName: row.communeName,
		quartier: row.quartier,
		owner: row.owner,
		photos,
		canManage: canManage(actor, { id: row.facility.id, communeId: row.facility.communeId })
	};
}

export type RoomView = NonNullable<Awaited<ReturnType<typeof getRoom>>>;
