import { asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { booking, bookingSeries, commune, facility, organisation, room } from '../db/schema.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { fromRangeLiteral, toLocal } from '#lib/domain/zoned-time.js';

/** One booking as its requester sees it, with every date of its series, in local time. */
export async function getRequestedBooking(ctx: Pick<AppContext, 'db'>, actor: Actor | null, bookingId: string) {
	const [row] = await ctx.db
		.select({
			id: booking.id,
			seriesId: booking.seriesId,
			organisationId: booking.organisationId,
			organisationName: organisation.name,
			title: booking.title,
			status: booking.status,
			reason: booking.reason,
			isPublic: booking.isPublic,
			during: sql<string>`${booking.during}::text`,
			roomId: room.id,
			roomName: room.name,
			approvalRequired: room.approvalRequired,
			facilityName: facility.name,
			timeZone: commune.timeZone
		})
		.from(booking)
		.innerJoin(room, eq(booking.roomId, room.id))
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.leftJoin(organisation, eq(booking.organisationId, organisation.id))
		.where(eq(booking.id, bookingId));
	if (!row || !row.organisationId) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: row.organisationId });
	const local = (during: string) => {
		const i = fromRangeLiteral(during);
		const start = toLocal(i.start, row.timeZone);
		return { date: start.date, start: start.time, end: toLocal(i.end, row.timeZone).time };
	};
	const [series] = row.seriesId
		? await ctx.db.select().from(bookingSeries).where(eq(bookingSeries.id, row.seriesId))
		: [];
	const dates = row.seriesId
		? (
				await ctx.db
					.select({
						id: booking.id,
						status: booking.status,
						reason: booking.reason,
						isException: booking.isException,
						during: sql<string>`${booking.during}::text`
					})
					.from(booking)
					.where(eq(booking.seriesId, row.seriesId))
					.orderBy(asc(sql`lower(${booking.during})`))
			).map((b) => ({ id: b.id, status: b.status, reason: b.reason, isException: b.isException, ...local(b.during) }))
		: [];
	const { during, ...rest } = row;
	return {
		booking: { ...rest, ...local(during) },
		series: series
			? {
					id: series.id,
					rule: series.rule,
					status: series.status,
					startTime: series.startTime,
					endTime: series.endTime
				}
			: null,
		dates
	};
}
