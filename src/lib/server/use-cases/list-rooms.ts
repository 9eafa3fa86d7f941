import { and, asc, count, eq, gte, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, quartier, room, roomPhoto } from '../db/schema.js';
import { kitchenLevelsAtLeast, type RoomFilters } from '#lib/domain/room-forms.js';
import { pageInfo, type PageRequest } from '#lib/domain/pagination.js';

/**
 * The public list of rooms with their facility, quartier and key equipment, filtered the way a
 * project holder looks for a place (quartier, size, kitchen, child toilets, step-free access).
 */
export async function listRooms(ctx: Pick<AppContext, 'db'>, filters: RoomFilters, request: PageRequest) {
	const conditions: SQL[] = [];
	if (filters.quartierId) conditions.push(eq(facility.quartierId, filters.quartierId));
	if (filters.minAreaM2) conditions.push(gte(room.areaM2, filters.minAreaM2));
	if (filters.kitchenLevel) conditions.push(inArray(room.kitchenLevel, kitchenLevelsAtLeast(filters.kitchenLevel)));
	if (filters.childToilets) conditions.push(eq(room.childToilets, true));
	if (filters.stepFree) conditions.push(eq(room.stepFree, true));
	const where = conditions.length ? and(...conditions) : undefined;

	const [counted] = await ctx.db
		.select({ n: count() })
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.where(where);
	const info = pageInfo(request, counted?.n ?? 0);
	const rooms = await ctx.db
		.select({
			id: room.id,
			name: room.name,
			areaM2: room.areaM2,
			capacity: room.capacity,
			kitchenLevel: room.kitchenLevel,
			toilets: room.toilets,
			childToilets: room.childToilets,
			changingTable: room.changingTable,
			storageM2: room.storageM2,
			outdoorM2: room.outdoorM2,
			stepFree: room.stepFree,
			vanAccess: room.vanAccess,
			waterPoint: room.waterPoint,
			facilityId: facility.id,
			facilityName: facility.name,
			address: facility.address,
			quartierName: quartier.name,
			communeName: commune.name
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.where(where)
		.orderBy(asc(commune.name), asc(facility.name), asc(room.name), asc(room.id))
		.limit(info.size)
		.offset((info.page - 1) * info.size);

	const photos = rooms.length
		? await ctx.db
				.select({ id: roomPhoto.id, roomId: roomPhoto.roomId, alt: roomPhoto.alt })
				.from(roomPhoto)
				.where(
					inArray(
						roomPhoto.roomId,
						rooms.map((r) => r.id)
					)
				)
				.orderBy(asc(roomPhoto.position), asc(roomPhoto.createdAt))
		: [];

	// The quartiers that have at least one facility: the filter offers nothing that lists nothing.
	const quartiers = await ctx.db
		.selectDistinct({ id: quartier.id, name: quartier.name })
		.from(quartier)
		.innerJoin(facility, eq(facility.quartierId, quartier.id))
		.where(isNotNull(facility.quartierId))
		.orderBy(asc(quartier.name), asc(quartier.id));

	return {
		contentLocale: 'fr' as const,
		rooms: rooms.map((r) => ({ ...r, photo: photos.find((p) => p.roomId === r.id) ?? null })),
		page: info,
		quartiers
	};
}
