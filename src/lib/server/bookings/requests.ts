/**
 * What a booking request is checked against before anything is written: the room's policy, its
 * closures and the slots already held. Shared by the preview (which only tells) and the request
 * and change use cases (which refuse). The database's exclusion constraint remains the judge of
 * overlaps; what is found here only serves to say which dates conflict, and with whom.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { commune, facility, initiative, organisation, room } from '../db/schema.js';
import { canManage } from '../facility-access.js';
import { findHeldOverlaps } from './store.js';
import { loadSchoolCalendar } from './school-calendar.js';
import type { Actor } from '#lib/domain/authorisation.js';
import {
	BOOKABLE_BY,
	checkPolicy,
	type BookableBy,
	type BookingPolicy,
	type OccurrenceProblems,
	type RequesterKind
} from '#lib/domain/booking-policy.js';
import { openingHoursFromStorage } from '#lib/domain/opening-hours.js';
import { occurrencesOf, type Occurrence, type SeriesSpec, type SkipReason } from '#lib/domain/occurrences.js';
import { isAlsaceMoselle } from '#lib/domain/public-holidays.js';
import {
	addDays,
	fromRangeLiteral,
	mondayOf,
	toLocal,
	toRangeLiteral,
	type Interval,
	type LocalDate
} from '#lib/domain/zoned-time.js';

export interface RoomForBooking {
	id: string;
	name: string;
	facilityId: string;
	facilityName: string;
	communeId: string;
	timeZone: string;
	holidayZone: string | null;
	departement: string | null;
	policy: BookingPolicy;
}

export async function loadRoomForBooking(db: Database, roomId: string): Promise<RoomForBooking | null> {
	const [row] = await db
		.select({
			id: room.id,
			name: room.name,
			facilityId: facility.id,
			facilityName: facility.name,
			communeId: facility.communeId,
			timeZone: commune.timeZone,
			holidayZone: commune.holidayZone,
			departement: commune.departement,
			openingHours: room.openingHours,
			approvalRequired: room.approvalRequired,
			minNoticeHours: room.minNoticeHours,
			maxBookingMinutes: room.maxBookingMinutes,
			bookableBy: room.bookableBy,
			weeklyQuotaMinutes: room.weeklyQuotaMinutes
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.where(eq(room.id, roomId));
	if (!row) return null;
	const bookableBy: BookableBy = (BOOKABLE_BY as readonly string[]).includes(row.bookableBy)
		? (row.bookableBy as BookableBy)
		: 'organisations';
	return {
		id: row.id,
		name: row.name,
		facilityId: row.facilityId,
		facilityName: row.facilityName,
		communeId: row.communeId,
		timeZone: row.timeZone,
		holidayZone: row.holidayZone,
		departement: row.departement,
		policy: {
			approvalRequired: row.approvalRequired,
			minNoticeHours: row.minNoticeHours,
			maxBookingMinutes: row.maxBookingMinutes,
			openingHours: openingHoursFromStorage(row.openingHours),
			bookableBy,
			weeklyQuotaMinutes: row.weeklyQuotaMinutes,
			timeZone: row.timeZone
		}
	};
}

/** What the requester is for this room: a manager of its facility, or someone acting for an organisation. */
export function requesterKindFor(actor: Actor | null, target: RoomForBooking): RequesterKind {
	return canManage(actor, { id: target.facilityId, communeId: target.communeId }) ? 'manager' : 'organisation';
}

/** Whether an initiative belongs to the organisation that asks for it. */
export async function initiativeBelongs(db: Database, initiativeId: string, organisationId: string): Promise<boolean> {
	const [row] = await db
		.select({ id: initiative.id })
		.from(initiative)
		.where(and(eq(initiative.id, initiativeId), eq(initiative.organisationId, organisationId)));
	return Boolean(row);
}

/** The dates of a series in the room's zone, with the school calendar of its commune. */
export async function expandSeries(
	db: Database,
	target: RoomForBooking,
	spec: Omit<SeriesSpec, 'timeZone'>
): Promise<{ occurrences: Occurrence[]; skipped: { date: LocalDate; reason: SkipReason }[]; truncated: boolean }> {
	const calendar =
		spec.calendarFilter === 'all'
			? { zone: null, holidays: [], years: [] }
			: await loadSchoolCalendar(db, target.holidayZone);
	return occurrencesOf(
		{ ...spec, timeZone: target.timeZone },
		{ calendar, alsaceMoselle: isAlsaceMoselle(target.departement) }
	);
}

function spanOf(intervals: readonly Interval[]): Interval | null {
	if (intervals.length === 0) return null;
	let start = intervals[0]!.start;
	let end = intervals[0]!.end;
	for (const i of intervals) {
		if (i.start < start) start = i.start;
		if (i.end > end) end = i.end;
	}
	return { start, end };
}

/** The room's closures that meet the span of the given intervals. */
export async function closuresOver(db: Database, roomId: string, intervals: readonly Interval[]): Promise<Interval[]> {
	const span = spanOf(intervals);
	if (!span) return [];
	const result = await db.execute(sql`
		SELECT during::text AS during FROM room_closure
		WHERE room_id = ${roomId} AND during && ${toRangeLiteral(span)}::tstzrange`);
	return rowsOf<{ during: string }>(result).map((r) => fromRangeLiteral(r.during));
}

/**
 * Minutes the organisation holds (pending + confirmed) in the room, by the Monday of each week
 * the intervals touch; bookings being replaced by an edit are left out.
 */
export async function heldMinutesByWeek(
	db: Database,
	target: RoomForBooking,
	organisationId: string,
	intervals: readonly Interval[],
	exclude: { seriesId?: string; bookingIds?: readonly string[] } = {}
): Promise<Record<LocalDate, number>> {
	const span = spanOf(intervals);
	if (!span || target.policy.weeklyQuotaMinutes === null) return {};
	const tz = target.timeZone;
	// Whole weeks around the span, a day wider on each side for the zone's offset.
	const from = addDays(mondayOf(toLocal(span.start, tz).date), -1);
	const to = addDays(mondayOf(toLocal(span.end, tz).date), 8);
	const result = await db.execute(sql`
		SELECT id, series_id, during::text AS during FROM booking
		WHERE room_id = ${target.id} AND organisation_id = ${organisationId}
		  AND status IN ('pending', 'confirmed')
		  AND during && tstzrange(${from}::date::timestamptz, ${to}::date::timestamptz, '[)')`);
	const excluded = new Set(exclude.bookingIds ?? []);
	const totals: Record<LocalDate, number> = {};
	for (const r of rowsOf<{ id: string; series_id: string | null; during: string }>(result)) {
		if (excluded.has(r.id) || (exclude.seriesId && r.series_id === exclude.seriesId)) continue;
		const interval = fromRangeLiteral(r.during);
		const week = mondayOf(toLocal(interval.start, tz).date);
		totals[week] = (totals[week] ?? 0) + Math.round((interval.end.getTime() - interval.start.getTime()) / 60_000);
	}
	return totals;
}

export interface OccurrenceConflict {
	date: LocalDate;
	interval: Interval;
	/** The held slot it meets: title and organisation only when public or the requester's own. */
	with: { status: string; title: string | null; organisationName: string | null }[];
}

/** Which of the occurrences meet a held slot of the room, and with whom (when the other may be named). */
export async function conflictsOf(
	db: Database,
	roomId: string,
	occurrences: readonly Occurrence[],
	requesterOrganisationId: string | null,
	exclude: { seriesId?: string; bookingIds?: readonly string[] } = {}
): Promise<OccurrenceConflict[]> {
	const held = await findHeldOverlaps(
		db,
		[roomId],
		occurrences.map((o) => o.interval),
		{ excludeSeriesId: exclude.seriesId, excludeBookingIds: exclude.bookingIds }
	);
	if (held.length === 0) return [];
	const orgIds = [...new Set(held.map((h) => h.organisationId).filter((id): id is string => Boolean(id)))];
	const names = new Map(
		orgIds.length
			? (
					await db
						.select({ id: organisation.id, name: organisation.name })
						.from(organisation)
						.where(inArray(organisation.id, orgIds))
				).map((o) => [o.id, o.name])
			: []
	);
	const conflicts: OccurrenceConflict[] = [];
	for (const o of occurrences) {
		const meets = held.filter((h) => h.interval.start < o.interval.end && o.interval.start < h.interval.end);
		if (meets.length === 0) continue;
		conflicts.push({
			date: o.date,
			interval: o.interval,
			with: meets.map((h) => {
				const named = h.isPublic || (requesterOrganisationId !== null && h.organisationId === requesterOrganisationId);
				return {
					status: h.status,
					title: named ? h.title : null,
					organisationName: named && h.organisationId ? (names.get(h.organisationId) ?? null) : null
				};
			})
		});
	}
	return conflicts;
}

export interface Examination {
	occurrences: Occurrence[];
	skipped: { date: LocalDate; reason: SkipReason }[];
	truncated: boolean;
	/** Only the occurrences that have policy problems. */
	problems: OccurrenceProblems[];
	conflicts: OccurrenceConflict[];
}

/** Policy and conflicts of a set of occurrences for an organisation in a room. */
export async function examineOccurrences(
	db: Database,
	target: RoomForBooking,
	occurrences: Occurrence[],
	input: {
		organisationId: string;
		requesterKind: RequesterKind;
		now: Date;
		exclude?: { seriesId?: string; bookingIds?: readonly string[] };
	}
): Promise<Pick<Examination, 'problems' | 'conflicts'>> {
	const intervals = occurrences.map((o) => o.interval);
	const [closures, held, conflicts] = await Promise.all([
		closuresOver(db, target.id, intervals),
		heldMinutesByWeek(db, target, input.organisationId, intervals, input.exclude),
		conflictsOf(db, target.id, occurrences, input.organisationId, input.exclude)
	]);
	const problems = checkPolicy(target.policy, occurrences, {
		now: input.now,
		requesterKind: input.requesterKind,
		weeklyMinutesAlreadyHeld: held,
		closures
	}).filter((p) => p.problems.length > 0);
	return { problems, conflicts };
}
