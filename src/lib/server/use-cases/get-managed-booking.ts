import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { booking, commune, facility, organisation, room } from '../db/schema.js';
import { assertManages } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { fromRangeLiteral, toLocal } from '#lib/domain/zoned-time.js';

/** One booking of a room the actor manages, as the cancellation page shows it; null when there is none. */
export async function getManagedBooking(ctx: Pick<AppContext, 'db'>, actor: Actor | null, bookingId: string) {
	const [row] = await ctx.db
		.select({
			id: booking.id,
			title: booking.title,
			status: booking.status,
			during: sql<string>`${booking.during}::text`,
			roomName: room.name,
			facilityId: facility.id,
			facilityName: facility.name,
			communeId: facility.communeId,
			timeZone: commune.timeZone,
			organisationName: organisation.name
		})
		.from(booking)
		.innerJoin(room, eq(room.id, booking.roomId))
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.innerJoin(commune, eq(commune.id, facility.communeId))
		.leftJoin(organisation, eq(organisation.id, booking.organisationId))
		.where(eq(booking.id, bookingId));
	if (!row) return null;
	assertManages(actor, { id: row.facilityId, communeId: row.communeId });
	const interval = fromRangeLiteral(row.during);
	const start = toLocal(interval.start, row.timeZone);
	return {
		id: row.id,
		title: row.title,
		status: row.status,
		roomName: row.roomName,
		facilityName: row.facilityName,
		organisationName: row.organisationName,
		date: start.date,
		start: start.time,
		end: toLocal(interval.end, row.timeZone).time
	};
}
