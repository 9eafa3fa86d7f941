import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { booking, bookingSeries, facility, organisation, room } from '../db/schema.js';
import { listActingOrganisations } from './list-acting-organisations.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { fromRangeLiteral, toLocal, type LocalDate, type LocalTime } from '#lib/domain/zoned-time.js';
import { commune } from '../db/schema.js';

export interface ListedBooking {
	id: string;
	date: LocalDate;
	start: LocalTime;
	end: LocalTime;
	status: string;
	reason: string | null;
	isException: boolean;
}

export interface BookingGroup {
	/** The series, or null for a one-off booking (then the group holds that booking alone). */
	seriesId: string | null;
	seriesStatus: string | null;
	rule: string | null;
	title: string;
	roomId: string;
	roomName: string;
	facilityName: string;
	organisationName: string;
	bookings: ListedBooking[];
}

/** Most bookings one page lists: a season of a few weekly series. */
const LIMIT = 600;

/**
 * The requests of every organisation the person acts for, grouped by series, upcoming (not yet
 * ended) or past, in local time.
 */
export async function listOrganisationBookings(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	options: { when: 'upcoming' | 'past'; now: Date }
): Promise<{ organisations: { id: string; name: string }[]; groups: BookingGroup[] }> {
	const organisations = await listActingOrganisations(ctx, actor);
	if (organisations.length === 0) return { organisations, groups: [] };
	const ids = organisations.map((o) => o.id);
	const nowIso = options.now.toISOString();
	const rows = await ctx.db
		.select({
			id: booking.id,
			seriesId: booking.seriesId,
			seriesStatus: bookingSeries.status,
			rule: bookingSeries.rule,
			title: booking.title,
			during: sql<string>`${booking.during}::text`,
			status: booking.status,
			reason: booking.reason,
			isException: booking.isException,
			roomId: room.id,
			roomName: room.name,
			facilityName: facility.name,
			timeZone: commune.timeZone,
			organisationName: organisation.name
		})
		.from(booking)
		.innerJoin(room, eq(booking.roomId, room.id))
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.innerJoin(organisation, eq(booking.organisationId, organisation.id))
		.leftJoin(bookingSeries, eq(booking.seriesId, bookingSeries.id))
		.where(
			and(
				inArray(booking.organisationId, ids),
				options.when === 'upcoming'
					? sql`upper(${booking.during}) >= ${nowIso}::timestamptz`
					: sql`upper(${booking.during}) < ${nowIso}::timestamptz`
			)
		)
		.orderBy(options.when === 'upcoming' ? asc(sql`lower(${booking.during})`) : desc(sql`lower(${booking.during})`))
		.limit(LIMIT);

	const groups = new Map<string, BookingGroup>();
	for (const r of rows) {
		const key = r.seriesId ?? `booking:${r.id}`;
		let group = groups.get(key);
		if (!group) {
			group = {
				seriesId: r.seriesId,
				seriesStatus: r.seriesStatus,
				rule: r.rule,
				title: r.title,
				roomId: r.roomId,
				roomName: r.roomName,
				facilityName: r.facilityName,
				organisationName: r.organisationName,
				bookings: []
			};
			groups.set(key, group);
		}
		const interval = fromRangeLiteral(r.during);
		const start = toLocal(interval.start, r.timeZone);
		group.bookings.push({
			id: r.id,
			date: start.date,
			start: start.time,
			end: toLocal(interval.end, r.timeZone).time,
			status: r.status,
			reason: r.reason,
			isException: r.isException
		});
	}
	return { organisations, groups: [...groups.values()] };
}
