/**
 * What the calendars, feeds and occupancy read: the rooms of a scope (a room, a facility, a
 * quartier, or wherever an organisation or initiative books), their held bookings and closures
 * over a range of instants, and who may see which booking's details.
 */
import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { commune, facility, initiative, organisation, quartier, room, schoolHoliday } from '../db/schema.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { openingHoursFromStorage } from '#lib/domain/opening-hours.js';
import { fromRangeLiteral, toRangeLiteral, type Interval, type LocalDate } from '#lib/domain/zoned-time.js';
import type { OpeningPeriod } from '#lib/domain/vocabulary.js';
import type { SchoolCalendar, SchoolZone } from '#lib/domain/school-calendar.js';

export const SCOPE_TYPES = ['room', 'facility', 'quartier', 'organisation', 'initiative'] as const;
export type CalendarScopeType = (typeof SCOPE_TYPES)[number];
/** Scopes with an iCalendar feed. */
export const FEED_SCOPE_TYPES = ['room', 'organisation', 'initiative'] as const;
export type FeedScopeType = (typeof FEED_SCOPE_TYPES)[number];

export interface ScopeRoom {
	id: string;
	name: string;
	facilityId: string;
	facilityName: string;
	communeId: string;
	openingHours: OpeningPeriod[];
}

export interface CalendarScope {
	type: CalendarScopeType;
	/** The id in the scope's URL (a QPV code for a quartier that has one). */
	key: string;
	id: string;
	name: string;
	/** For a room: its facility, to tell rooms of the same name apart. */
	context: string | null;
	timeZone: string;
	holidayZone: string | null;
	departement: string | null;
	/** Rooms whose bookings the scope shows; for organisations and initiatives, null: their own bookings wherever they are. */
	rooms: ScopeRoom[] | null;
	organisationId: string | null;
}

const DEFAULT_ZONE = 'Europe/Paris';

async function roomsWhere(db: Database, where: ReturnType<typeof eq>): Promise<ScopeRoom[]> {
	const rows = await db
		.select({
			id: room.id,
			name: room.name,
			facilityId: facility.id,
			facilityName: facility.name,
			communeId: facility.communeId,
			openingHours: room.openingHours
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.where(where)
		.orderBy(asc(facility.name), asc(room.name));
	return rows.map((r) => ({ ...r, openingHours: openingHoursFromStorage(r.openingHours) }));
}

async function communeOf(db: Database, communeId: string | null) {
	if (!communeId) return { timeZone: DEFAULT_ZONE, holidayZone: null, departement: null };
	const [c] = await db
		.select({ timeZone: commune.timeZone, holidayZone: commune.holidayZone, departement: commune.departement })
		.from(commune)
		.where(eq(commune.id, communeId));
	return c ?? { timeZone: DEFAULT_ZONE, holidayZone: null, departement: null };
}

/** The scope named in a URL, or null when there is none. */
export async function resolveScope(db: Database, type: CalendarScopeType, key: string): Promise<CalendarScope | null> {
	const k = key.trim().slice(0, 64);
	switch (type) {
		case 'room': {
			const rooms = await roomsWhere(db, eq(room.id, k));
			const r = rooms[0];
			if (!r) return null;
			return {
				type,
				key: k,
				id: r.id,
				name: r.name,
				context: r.facilityName,
				...(await communeOf(db, r.communeId)),
				rooms,
				organisationId: null
			};
		}
		case 'facility': {
			const [f] = await db
				.select({ id: facility.id, name: facility.name, communeId: facility.communeId })
				.from(facility)
				.where(eq(facility.id, k));
			if (!f) return null;
			return {
				type,
				key: k,
				id: f.id,
				name: f.name,
				context: null,
				...(await communeOf(db, f.communeId)),
				rooms: await roomsWhere(db, eq(facility.id, f.id)),
				organisationId: null
			};
		}
		case 'quartier': {
			const [q] = await db
				.select({ id: quartier.id, name: quartier.name, communeId: quartier.communeId })
				.from(quartier)
				.where(or(eq(quartier.qpvCode, k.toUpperCase()), eq(quartier.id, k)))
				.limit(1);
			if (!q) return null;
			return {
				type,
				key: k,
				id: q.id,
				name: q.name,
				context: null,
				...(await communeOf(db, q.communeId)),
				rooms: await roomsWhere(db, eq(facility.quartierId, q.id)),
				organisationId: null
			};
		}
		case 'organisation': {
			const [o] = await db
				.select({ id: organisation.id, name: organisation.name, communeId: organisation.communeId })
				.from(organisation)
				.where(eq(organisation.id, k));
			if (!o) return null;
			return {
				type,
				key: k,
				id: o.id,
				name: o.name,
				context: null,
				...(await communeOf(db, o.communeId)),
				rooms: null,
				organisationId: o.id
			};
		}
		case 'initiative': {
			const [i] = await db
				.select({
					id: initiative.id,
					name: initiative.title,
					organisationId: initiative.organisationId,
					orgName: organisation.name,
					communeId: organisation.communeId
				})
				.from(initiative)
				.innerJoin(organisation, eq(organisation.id, initiative.organisationId))
				.where(eq(initiative.id, k));
			if (!i) return null;
			return {
				type,
				key: k,
				id: i.id,
				name: i.name,
				context: i.orgName,
				...(await communeOf(db, i.communeId)),
				rooms: null,
				organisationId: i.organisationId
			};
		}
	}
}

export interface ScopedBooking {
	id: string;
	roomId: string;
	roomName: string;
	facilityId: string;
	facilityName: string;
	communeId: string;
	facilityAddress: string;
	organisationId: string | null;
	organisationName: string | null;
	initiativeId: string | null;
	initiativeTitle: string | null;
	/** The publics of the practice the initiative runs. */
	publics: string[];
	title: string;
	status: 'pending' | 'confirmed';
	isPublic: boolean;
	interval: Interval;
	updatedAt: Date;
}

/** Pending and confirmed bookings of the scope overlapping a range (refused and cancelled ones never show). */
export async function bookingsInScope(
	db: Database,
	scope: CalendarScope,
	range: Interval,
	options: { statuses?: readonly ('pending' | 'confirmed')[]; limit?: number } = {}
): Promise<ScopedBooking[]> {
	const statuses = options.statuses ?? ['pending', 'confirmed'];
	const filter =
		scope.type === 'organisation'
			? sql`b.organisation_id = ${scope.id}`
			: scope.type === 'initiative'
				? sql`b.initiative_id = ${scope.id}`
				: scope.rooms && scope.rooms.length
					? sql`b.room_id IN (${sql.join(
							scope.rooms.map((r) => sql`${r.id}`),
							sql`, `
						)})`
					: sql`false`;
	const result = await db.execute(sql`
		SELECT b.id, b.room_id, r.name AS room_name, f.id AS facility_id, f.name AS facility_name, f.commune_id,
		       f.address AS facility_address, b.organisation_id, o.name AS organisation_name, b.initiative_id,
		       i.title AS initiative_title, coalesce(p.publics, '{}') AS publics, b.title, b.status, b.is_public,
		       b.during::text AS during, b.updated_at
		FROM booking b
		JOIN room r ON r.id = b.room_id
		JOIN facility f ON f.id = r.facility_id
		LEFT JOIN organisation o ON o.id = b.organisation_id
		LEFT JOIN initiative i ON i.id = b.initiative_id
		LEFT JOIN practice p ON p.id = i.practice_id
		WHERE ${filter}
		  AND b.status IN (${sql.join(
				statuses.map((s) => sql`${s}`),
				sql`, `
			)})
		  AND b.during && ${toRangeLiteral(range)}::tstzrange
		ORDER BY lower(b.during), b.id
		LIMIT ${options.limit ?? 5000}`);
	return rowsOf<{
		id: string;
		room_id: string;
		room_name: string;
		facility_id: string;
		facility_name: string;
		commune_id: string;
		facility_address: string;
		organisation_id: string | null;
		organisation_name: string | null;
		initiative_id: string | null;
		initiative_title: string | null;
		publics: string[] | string;
		title: string;
		status: 'pending' | 'confirmed';
		is_public: boolean;
		during: string;
		updated_at: Date | string;
	}>(result).map((r) => ({
		id: r.id,
		roomId: r.room_id,
		roomName: r.room_name,
		facilityId: r.facility_id,
		facilityName: r.facility_name,
		communeId: r.commune_id,
		facilityAddress: r.facility_address,
		organisationId: r.organisation_id,
		organisationName: r.organisation_name,
		initiativeId: r.initiative_id,
		initiativeTitle: r.initiative_title,
		publics: parseTextArray(r.publics),
		title: r.title,
		status: r.status,
		isPublic: r.is_public,
		interval: fromRangeLiteral(r.during),
		updatedAt: new Date(r.updated_at)
	}));
}

/** A text[] as either driver returns it from a raw query: an array, or its '{a,b}' text form. */
function parseTextArray(value: string[] | string): string[] {
	if (Array.isArray(value)) return value;
	const inner = value.replace(/^\{|\}$/g, '');
	return inner ? inner.split(',').map((s) => s.replace(/^"|"$/g, '')) : [];
}

export interface ScopedClosure {
	id: string;
	roomId: string;
	reason: string;
	interval: Interval;
}

export async function closuresInScope(db: Database, scope: CalendarScope, range: Interval): Promise<ScopedClosure[]> {
	if (!scope.rooms || scope.rooms.length === 0) return [];
	const result = await db.execute(sql`
		SELECT c.id, c.room_id, c.reason, c.during::text AS during
		FROM room_closure c
		WHERE c.room_id IN (${sql.join(
			scope.rooms.map((r) => sql`${r.id}`),
			sql`, `
		)}) AND c.during && ${toRangeLiteral(range)}::tstzrange
		ORDER BY lower(c.during)`);
	return rowsOf<{ id: string; room_id: string; reason: string; during: string }>(result).map((r) => ({
		id: r.id,
		roomId: r.room_id,
		reason: r.reason,
		interval: fromRangeLiteral(r.during)
	}));
}

/**
 * The school holidays of a zone that touch a range of dates: enough for a calendar to name the
 * holidays it shows (series use the time slice's full loader, which also knows missing years).
 */
export async function schoolHolidaysBetween(
	db: Database,
	zone: string | null,
	from: LocalDate,
	to: LocalDate
): Promise<SchoolCalendar['holidays']> {
	if (!zone) return [];
	const rows = await db
		.select({ startsOn: schoolHoliday.startsOn, resumesOn: schoolHoliday.resumesOn, name: schoolHoliday.name })
		.from(schoolHoliday)
		.where(
			and(
				eq(schoolHoliday.zone, zone as SchoolZone),
				sql`${schoolHoliday.startsOn} <= ${to}`,
				sql`${schoolHoliday.resumesOn} > ${from}`
			)
		)
		.orderBy(asc(schoolHoliday.startsOn));
	return rows.map((r) => ({ startsOn: String(r.startsOn), resumesOn: String(r.resumesOn), name: r.name }));
}

/** Managers of the booking's room and people acting for its organisation see everything about it. */
export function seesDetails(
	actor: Actor | null,
	b: Pick<ScopedBooking, 'facilityId' | 'communeId' | 'organisationId'>
): boolean {
	if (!actor) return false;
	if (authorise(actor, 'facility.manage', { facilityId: b.facilityId, communeId: b.communeId }).allowed) return true;
	return (
		b.organisationId !== null && authorise(actor, 'organisation.act', { organisationId: b.organisationId }).allowed
	);
}

/** What one person may see of a booking: everything, its title and organisation (public), or only that the slot is taken. */
export type Disclosure = 'details' | 'public' | 'busy';

export function disclosureOf(actor: Actor | null, b: ScopedBooking): Disclosure {
	if (seesDetails(actor, b)) return 'details';
	return b.isPublic ? 'public' : 'busy';
}
