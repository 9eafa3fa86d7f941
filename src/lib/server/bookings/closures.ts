/**
 * Closures of rooms (works, an election, a building shut for the summer). A closure is not a
 * booking: it does not go through the EXCLUDE constraint, so other slices ask this module which
 * closures an interval meets (previews, policy checks) and the closure use case cancels the
 * bookings it covers.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { commune, facility, room, roomClosure } from '../db/schema.js';
import { fromRangeLiteral, toRangeLiteral, type Interval } from '#lib/domain/zoned-time.js';

export interface RoomClosure {
	id: string;
	roomId: string;
	interval: Interval;
	reason: string;
}

/** Closures of the given rooms that overlap any of the intervals, in start order. */
export async function closuresOverlapping(
	db: Database,
	roomIds: readonly string[],
	intervals: readonly Interval[]
): Promise<RoomClosure[]> {
	if (roomIds.length === 0 || intervals.length === 0) return [];
	const result = await db.execute(sql`
		SELECT c.id, c.room_id, c.during::text AS during, c.reason
		FROM room_closure c
		WHERE c.room_id IN (${sql.join(
			roomIds.map((id) => sql`${id}`),
			sql`, `
		)})
		  AND c.during && ANY (${sql`ARRAY[${sql.join(
				intervals.map((i) => sql`${toRangeLiteral(i)}::tstzrange`),
				sql`, `
			)}]`})
		ORDER BY lower(c.during)`);
	return rowsOf<{ id: string; room_id: string; during: string; reason: string }>(result).map((r) => ({
		id: r.id,
		roomId: r.room_id,
		interval: fromRangeLiteral(r.during),
		reason: r.reason
	}));
}

/** Every closure of one room, oldest first. */
export async function closuresOfRoom(db: Database, roomId: string): Promise<RoomClosure[]> {
	const rows = await db
		.select({
			id: roomClosure.id,
			roomId: roomClosure.roomId,
			during: sql<string>`${roomClosure.during}::text`,
			reason: roomClosure.reason
		})
		.from(roomClosure)
		.where(eq(roomClosure.roomId, roomId))
		.orderBy(asc(sql`lower(${roomClosure.during})`));
	return rows.map((r) => ({ id: r.id, roomId: r.roomId, interval: fromRangeLiteral(r.during), reason: r.reason }));
}

/** The IANA zone a room's local times are read in: its commune's. */
export async function roomTimeZone(db: Database, roomId: string): Promise<string> {
	const [row] = await db
		.select({ timeZone: commune.timeZone })
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.where(eq(room.id, roomId));
	return row?.timeZone ?? 'Europe/Paris';
}
