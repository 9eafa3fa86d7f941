/** A circuit with its legs, as the circuit page, the decision and the cancellation read it. */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { bookingCircuit, initiative, organisation } from '../db/schema.js';
import { circuitStatus, legStatus, RRULE_DAYS, type LegStatus } from '#lib/domain/circuit-form.js';

export interface CircuitLegView {
	seriesId: string;
	roomId: string;
	roomName: string;
	facilityId: string;
	facilityName: string;
	address: string;
	communeId: string;
	quartierName: string | null;
	weekdays: number[];
	startTime: string;
	endTime: string;
	timeZone: string;
	firstDate: string | null;
	lastDate: string | null;
	counts: Record<string, number>;
	status: LegStatus;
	/** The reason given with the last refusal or cancellation, for the requester. */
	reason: string | null;
}

export async function loadCircuit(db: Database, circuitId: string) {
	const [c] = await db
		.select({
			id: bookingCircuit.id,
			title: bookingCircuit.title,
			status: bookingCircuit.status,
			organisationId: bookingCircuit.organisationId,
			organisationName: organisation.name,
			initiativeId: bookingCircuit.initiativeId,
			initiativeTitle: initiative.title,
			createdAt: bookingCircuit.createdAt
		})
		.from(bookingCircuit)
		.innerJoin(organisation, eq(organisation.id, bookingCircuit.organisationId))
		.leftJoin(initiative, eq(initiative.id, bookingCircuit.initiativeId))
		.where(eq(bookingCircuit.id, circuitId));
	if (!c) return null;
	const result = await db.execute(sql`
		SELECT s.id AS series_id, s.rule, s.start_time, s.end_time, s.time_zone,
		       r.id AS room_id, r.name AS room_name, f.id AS facility_id, f.name AS facility_name,
		       f.address, f.commune_id, q.name AS quartier_name,
		       (SELECT min(b.occurrence_date)::text FROM booking b WHERE b.series_id = s.id) AS first_date,
		       (SELECT max(b.occurrence_date)::text FROM booking b WHERE b.series_id = s.id) AS last_date,
		       (SELECT b.reason FROM booking b WHERE b.series_id = s.id AND b.reason IS NOT NULL
		         ORDER BY b.updated_at DESC LIMIT 1) AS reason
		FROM booking_series s
		JOIN room r ON r.id = s.room_id
		JOIN facility f ON f.id = r.facility_id
		LEFT JOIN quartier q ON q.id = f.quartier_id
		WHERE s.circuit_id = ${circuitId}
		ORDER BY first_date, r.name`);
	const countRows = rowsOf<{ series_id: string; status: string; n: number }>(
		await db.execute(sql`
			SELECT b.series_id, b.status, count(*)::int AS n FROM booking b
			JOIN booking_series s ON s.id = b.series_id
			WHERE s.circuit_id = ${circuitId} GROUP BY b.series_id, b.status`)
	);
	const legs: CircuitLegView[] = rowsOf<{
		series_id: string;
		rule: string;
		start_time: string;
		end_time: string;
		time_zone: string;
		room_id: string;
		room_name: string;
		facility_id: string;
		facility_name: string;
		address: string;
		commune_id: string;
		quartier_name: string | null;
		first_date: string | null;
		last_date: string | null;
		reason: string | null;
	}>(result).map((r) => {
		const counts: Record<string, number> = {};
		for (const c of countRows) if (c.series_id === r.series_id) counts[c.status] = Number(c.n);
		const byDay = /BYDAY=([A-Z,]+)/.exec(r.rule)?.[1]?.split(',') ?? [];
		return {
			seriesId: r.series_id,
			roomId: r.room_id,
			roomName: r.room_name,
			facilityId: r.facility_id,
			facilityName: r.facility_name,
			address: r.address,
			communeId: r.commune_id,
			quartierName: r.quartier_name,
			weekdays: byDay.map((d) => (RRULE_DAYS as readonly string[]).indexOf(d)).filter((d) => d > 0),
			startTime: r.start_time,
			endTime: r.end_time,
			timeZone: r.time_zone,
			firstDate: r.first_date,
			lastDate: r.last_date,
			counts,
			status: legStatus(Object.entries(counts).flatMap(([s, n]) => (n > 0 ? [s] : []))),
			reason: r.reason
		};
	});
	// Derived on read as well: a per-date decision made from the managers' booking queue changes the
	// legs without going through the circuit's use cases.
	const status = c.status === 'cancelled' ? c.status : circuitStatus(legs.map((l) => l.status));
	return { ...c, status, legs };
}

export type CircuitView = NonNullable<Awaited<ReturnType<typeof loadCircuit>>>;
