import { and, asc, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { booking, bookingSeries, commune, facility, organisation, room, user } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { managedScope } from '../facility-access.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { toLocal, fromRangeLiteral, type LocalDate, type LocalTime } from '#lib/domain/zoned-time.js';

export interface RequestOccurrence {
	id: string;
	date: LocalDate;
	start: LocalTime;
	end: LocalTime;
	status: string;
}

/** One request as a manager decides on it: a series (with its dates) or a one-off booking. */
export interface RequestGroup {
	key: string;
	seriesId: string | null;
	title: string;
	organisationName: string | null;
	requesterName: string | null;
	roomId: string;
	roomName: string;
	facilityName: string;
	requestedAt: Date;
	rule: string | null;
	occurrences: RequestOccurrence[];
}

export interface DecidedBooking {
	id: string;
	title: string;
	organisationName: string | null;
	roomName: string;
	facilityName: string;
	date: LocalDate;
	start: LocalTime;
	end: LocalTime;
	status: string;
	reason: string | null;
	decidedAt: Date | null;
	decidedByName: string | null;
}

const HISTORY_LIMIT = 50;

/**
 * The queue of a facility manager: pending requests for the rooms they manage, grouped by series,
 * oldest request first, with filters by facility and room; and the latest decisions.
 */
export async function listBookingRequests(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	filters: { facilityId?: string | null; roomId?: string | null }
) {
	const scope = managedScope(actor);
	if (!scope.all && scope.communeIds.length === 0 && scope.facilityIds.length === 0) {
		const decision = authorise(actor, 'facility.manage');
		throw new AccessDenied(decision.allowed ? 'AUTH.FORBIDDEN' : decision.reason);
	}
	const reach: SQL[] = [];
	if (scope.communeIds.length) reach.push(inArray(facility.communeId, scope.communeIds));
	if (scope.facilityIds.length) reach.push(inArray(facility.id, scope.facilityIds));
	const managed = scope.all ? undefined : or(...reach);

	const rooms = await ctx.db
		.select({ id: room.id, name: room.name, facilityId: facility.id, facilityName: facility.name })
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.where(managed)
		.orderBy(asc(facility.name), asc(room.name));
	const facilities = [
		...new Map(rooms.map((r) => [r.facilityId, { id: r.facilityId, name: r.facilityName }])).values()
	];
	const facilityId = facilities.some((f) => f.id === filters.facilityId) ? filters.facilityId! : null;
	const roomId = rooms.some((r) => r.id === filters.roomId && (!facilityId || r.facilityId === facilityId))
		? filters.roomId!
		: null;

	const where = and(
		managed,
		facilityId ? eq(facility.id, facilityId) : undefined,
		roomId ? eq(room.id, roomId) : undefined
	);
	const columns = {
		id: booking.id,
		seriesId: booking.seriesId,
		title: booking.title,
		status: booking.status,
		reason: booking.reason,
		during: sql<string>`${booking.during}::text`,
		createdAt: booking.createdAt,
		decidedAt: booking.decidedAt,
		roomId: room.id,
		roomName: room.name,
		facilityName: facility.name,
		timeZone: commune.timeZone,
		organisationName: organisation.name,
		requesterName: user.name,
		rule: bookingSeries.rule,
		seriesCreatedAt: bookingSeries.createdAt
	};
	const base = () =>
		ctx.db
			.select(columns)
			.from(booking)
			.innerJoin(room, eq(room.id, booking.roomId))
			.innerJoin(facility, eq(facility.id, room.facilityId))
			.innerJoin(commune, eq(commune.id, facility.communeId))
			.leftJoin(organisation, eq(organisation.id, booking.organisationId))
			.leftJoin(user, eq(user.id, booking.requestedBy))
			.leftJoin(bookingSeries, eq(bookingSeries.id, booking.seriesId));

	const pendingRows = await base()
		.where(and(where, eq(booking.status, 'pending')))
		.orderBy(asc(booking.createdAt), sql`lower(${booking.during})`);
	const local = (during: string, timeZone: string) => {
		const interval = fromRangeLiteral(during);
		const start = toLocal(interval.start, timeZone);
		return { date: start.date, start: start.time, end: toLocal(interval.end, timeZone).time };
	};
	const groups = new Map<string, RequestGroup>();
	for (const r of pendingRows) {
		const key = r.seriesId ?? r.id;
		let group = groups.get(key);
		if (!group) {
			group = {
				key,
				seriesId: r.seriesId,
				title: r.title,
				organisationName: r.organisationName,
				requesterName: r.requesterName,
				roomId: r.roomId,
				roomName: r.roomName,
				facilityName: r.facilityName,
				requestedAt: r.seriesCreatedAt ?? r.createdAt,
				rule: r.rule,
				occurrences: []
			};
			groups.set(key, group);
		}
		group.occurrences.push({ id: r.id, status: r.status, ...local(r.during, r.timeZone) });
	}
	for (const g of groups.values()) g.occurrences.sort((a, b) => (a.date + a.start).localeCompare(b.date + b.start));
	const pending = [...groups.values()].sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());

	const decided = await ctx.db
		.select({ ...columns, decidedByName: sql<string | null>`decider.name` })
		.from(booking)
		.innerJoin(room, eq(room.id, booking.roomId))
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.innerJoin(commune, eq(commune.id, facility.communeId))
		.leftJoin(organisation, eq(organisation.id, booking.organisationId))
		.leftJoin(user, eq(user.id, booking.requestedBy))
		.leftJoin(bookingSeries, eq(bookingSeries.id, booking.seriesId))
		.leftJoin(sql`"user" AS decider`, sql`decider.id = ${booking.decidedBy}`)
		.where(and(where, isNotNull(booking.decidedAt)))
		.orderBy(desc(booking.decidedAt), sql`lower(${booking.during})`)
		.limit(HISTORY_LIMIT);
	const history: DecidedBooking[] = decided.map((r) => ({
		id: r.id,
		title: r.title,
		organisationName: r.organisationName,
		roomName: r.roomName,
		facilityName: r.facilityName,
		status: r.status,
		reason: r.reason,
		decidedAt: r.decidedAt,
		decidedByName: r.decidedByName,
		...local(r.during, r.timeZone)
	}));

	return { facilities, rooms, filters: { facilityId, roomId }, pending, history };
}
