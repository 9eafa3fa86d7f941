/**
 * Reading childcare coupling from the database: where a session takes place, the childcare
 * initiatives' sessions around a time, what sessions ask for and what their linked childcare
 * offers. The rules (matching, gaps) are in domain/childcare.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { childcareNeed, childcareOffer } from '../db/schema.js';
import { heldPlaces } from './reservations.js';
import type { BandCount, ChildcareSession } from '#lib/domain/childcare.js';

/** Where a booking takes place: its room, facility (with coordinates) and quartier. */
export interface Place {
	roomId: string;
	facilityId: string;
	at: { lat: number; lon: number } | null;
	quartierName: string | null;
	communeId: string;
}

export async function placeOfBooking(db: Database, bookingId: string): Promise<Place | null> {
	const result = await db.execute(sql`
		SELECT r.id AS room_id, f.id AS facility_id, f.lat, f.lon, q.name AS quartier_name, f.commune_id
		FROM booking b JOIN room r ON r.id = b.room_id JOIN facility f ON f.id = r.facility_id
		LEFT JOIN quartier q ON q.id = f.quartier_id
		WHERE b.id = ${bookingId}`);
	const [r] = rowsOf<{
		room_id: string;
		facility_id: string;
		lat: number | null;
		lon: number | null;
		quartier_name: string | null;
		commune_id: string;
	}>(result);
	if (!r) return null;
	return {
		roomId: r.room_id,
		facilityId: r.facility_id,
		at: r.lat === null || r.lon === null ? null : { lat: Number(r.lat), lon: Number(r.lon) },
		quartierName: r.quartier_name,
		communeId: r.commune_id
	};
}

export async function offerOf(db: Database, initiativeId: string): Promise<BandCount[]> {
	const rows = await db
		.select()
		.from(childcareOffer)
		.where(eq(childcareOffer.initiativeId, initiativeId))
		.orderBy(asc(childcareOffer.minMonths));
	return rows.map((r) => ({ minMonths: r.minMonths, maxMonths: r.maxMonths, count: r.places }));
}

export async function needsOf(db: Database, sessionIds: string[]): Promise<Map<string, BandCount[]>> {
	const needs = new Map<string, BandCount[]>();
	if (sessionIds.length === 0) return needs;
	const rows = await db
		.select()
		.from(childcareNeed)
		.where(inArray(childcareNeed.sessionId, sessionIds))
		.orderBy(asc(childcareNeed.minMonths));
	for (const r of rows)
		needs.set(r.sessionId, [
			...(needs.get(r.sessionId) ?? []),
			{ minMonths: r.minMonths, maxMonths: r.maxMonths, count: r.children }
		]);
	return needs;
}

/** A childcare initiative's confirmed occurrence, as matching and pages need it. */
export interface ChildcareOccurrence extends ChildcareSession {
	bookingId: string;
	initiativeId: string;
	initiativeTitle: string;
	roomName: string;
	facilityName: string;
	timeZone: string;
	/** Its session row, once someone linked or reserved. */
	sessionId: string | null;
}

/**
 * The confirmed occurrences of initiatives that offer childcare places and are there during
 * [from, to), with their places and the places already held.
 */
export async function childcareOccurrences(
	db: Database,
	window: { from: Date; to: Date; bookingIds?: string[] }
): Promise<ChildcareOccurrence[]> {
	const only = window.bookingIds
		? window.bookingIds.length === 0
			? sql`AND false`
			: sql`AND b.id IN (${sql.join(
					window.bookingIds.map((id) => sql`${id}`),
					sql`, `
				)})`
		: sql``;
	const result = await db.execute(sql`
		SELECT b.id AS booking_id, i.id AS initiative_id, i.title, lower(b.during) AS starts_at, upper(b.during) AS ends_at,
		       r.id AS room_id, r.name AS room_name, f.id AS facility_id, f.name AS facility_name, f.lat, f.lon,
		       c.time_zone, s.id AS session_id
		FROM booking b
		JOIN initiative i ON i.id = b.initiative_id
		JOIN room r ON r.id = b.room_id
		JOIN facility f ON f.id = r.facility_id
		JOIN commune c ON c.id = f.commune_id
		LEFT JOIN initiative_session s ON s.booking_id = b.id AND s.starts_at = lower(b.during)
		WHERE b.status = 'confirmed'
		  AND EXISTS (SELECT 1 FROM childcare_offer o WHERE o.initiative_id = i.id)
		  AND b.during && tstzrange(${window.from.toISOString()}::timestamptz, ${window.to.toISOString()}::timestamptz)
		  ${only}
		ORDER BY lower(b.during), b.id
		LIMIT 500`);
	const rows = rowsOf<{
		booking_id: string;
		initiative_id: string;
		title: string;
		starts_at: string | Date;
		ends_at: string | Date;
		room_id: string;
		room_name: string;
		facility_id: string;
		facility_name: string;
		lat: number | null;
		lon: number | null;
		time_zone: string;
		session_id: string | null;
	}>(result);
	const offers = new Map<string, BandCount[]>();
	for (const id of new Set(rows.map((r) => r.initiative_id))) offers.set(id, await offerOf(db, id));
	const held = await heldPlaces(
		db,
		rows.flatMap((r) => (r.session_id ? [r.session_id] : []))
	);
	return rows.map((r) => ({
		key: r.booking_id,
		bookingId: r.booking_id,
		initiativeId: r.initiative_id,
		initiativeTitle: r.title,
		roomId: r.room_id,
		roomName: r.room_name,
		facilityId: r.facility_id,
		facilityName: r.facility_name,
		at: r.lat === null || r.lon === null ? null : { lat: Number(r.lat), lon: Number(r.lon) },
		startsAt: new Date(r.starts_at),
		endsAt: new Date(r.ends_at),
		timeZone: r.time_zone,
		sessionId: r.session_id,
		places: offers.get(r.initiative_id) ?? [],
		held: (r.session_id && held.get(r.session_id)) || []
	}));
}

/** The childcare occurrence an activity's session is linked with, by its session row. */
export async function linkedOccurrence(db: Database, childcareSessionId: string): Promise<ChildcareOccurrence | null> {
	const result = await db.execute(sql`
		SELECT s.booking_id, lower(b.during) AS starts_at, upper(b.during) AS ends_at
		FROM initiative_session s JOIN booking b ON b.id = s.booking_id WHERE s.id = ${childcareSessionId}`);
	const [row] = rowsOf<{ booking_id: string; starts_at: string | Date; ends_at: string | Date }>(result);
	if (!row) return null;
	const [found] = await childcareOccurrences(db, {
		from: new Date(row.starts_at),
		to: new Date(row.ends_at),
		bookingIds: [row.booking_id]
	});
	return found ?? null;
}
