import { asc, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { facility, room, roomPhoto } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { openingHoursFromStorage } from '#lib/domain/opening-hours.js';

/** A room as its manager edits it, with its facility's name and its photos; null when there is none. */
export async function getManagedRoom(ctx: Pick<AppContext, 'db'>, actor: Actor | null, roomId: string) {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return null;
	assertManages(actor, ref);
	const [row] = await ctx.db
		.select({ room, facilityName: facility.name })
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
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
		room: { ...r, openingHours: openingHoursFromStorage(openingHours) },
		facility: { id: ref.id, name: row.facilityName },
		photos
	};
}
