/**
 * Sessions and sign-ups in the database. Every change to a session's sign-ups first takes the
 * session row's lock (SELECT … FOR UPDATE) inside the caller's transaction, then counts and
 * writes: two residents asking for the last place are served one after the other, so the second
 * finds it taken and joins the waiting list. The rules themselves are in domain/session-signups.
 */
import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { initiativeSession, sessionSignup } from '../db/schema.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { tellSignups } from '../notifications/sessions.js';
import { holdRequested, releaseChildcare } from '../childcare/reservations.js';
import { cancel, placeFor, promotions, type SignupState, type SignupStatus } from '#lib/domain/session-signups.js';

/** A confirmed booking of an initiative: one occurrence residents can sign up for. */
export interface Occurrence {
	bookingId: string;
	initiativeId: string;
	initiativeTitle: string;
	organisationId: string;
	defaultCapacity: number | null;
	startsAt: Date;
	endsAt: Date;
	roomName: string;
	facilityName: string;
	timeZone: string;
}

interface OccurrenceRow {
	booking_id: string;
	initiative_id: string;
	initiative_title: string;
	organisation_id: string;
	default_capacity: number | null;
	starts_at: string | Date;
	ends_at: string | Date;
	room_name: string;
	facility_name: string;
	time_zone: string;
}

const toOccurrence = (r: OccurrenceRow): Occurrence => ({
	bookingId: r.booking_id,
	initiativeId: r.initiative_id,
	initiativeTitle: r.initiative_title,
	organisationId: r.organisation_id,
	defaultCapacity: r.default_capacity === null ? null : Number(r.default_capacity),
	startsAt: new Date(r.starts_at),
	endsAt: new Date(r.ends_at),
	roomName: r.room_name,
	facilityName: r.facility_name,
	timeZone: r.time_zone
});

async function occurrences(db: Database, where: ReturnType<typeof sql>, limit = 1000): Promise<Occurrence[]> {
	const result = await db.execute(sql`
		SELECT b.id AS booking_id, i.id AS initiative_id, i.title AS initiative_title, i.organisation_id,
		       i.session_capacity AS default_capacity, lower(b.during) AS starts_at, upper(b.during) AS ends_at,
		       r.name AS room_name, f.name AS facility_name, c.time_zone
		FROM booking b
		JOIN initiative i ON i.id = b.initiative_id
		JOIN room r ON r.id = b.room_id
		JOIN facility f ON f.id = r.facility_id
		JOIN commune c ON c.id = f.commune_id
		WHERE b.status = 'confirmed' AND ${where}
		ORDER BY lower(b.during), b.id
		LIMIT ${limit}`);
	return rowsOf<OccurrenceRow>(result).map(toOccurrence);
}

/** The initiative's confirmed occurrences that have not started yet, soonest first. */
export function upcomingOccurrences(db: Database, initiativeId: string, now: Date, limit = 20) {
	return occurrences(
		db,
		sql`b.initiative_id = ${initiativeId} AND lower(b.during) > ${now.toISOString()}::timestamptz`,
		limit
	);
}

/** The initiative's confirmed occurrences that started in the last `days` days, latest first: attendance to take. */
export async function recentOccurrences(db: Database, initiativeId: string, now: Date, days = 14) {
	const since = new Date(now.getTime() - days * 86_400_000);
	const found = await occurrences(
		db,
		sql`b.initiative_id = ${initiativeId} AND lower(b.during) <= ${now.toISOString()}::timestamptz
		    AND lower(b.during) > ${since.toISOString()}::timestamptz`
	);
	return found.reverse();
}

/** One occurrence of an initiative by its booking, whether past or to come; null if not confirmed. */
export async function occurrence(db: Database, initiativeId: string, bookingId: string): Promise<Occurrence | null> {
	const [found] = await occurrences(db, sql`b.initiative_id = ${initiativeId} AND b.id = ${bookingId}`);
	return found ?? null;
}

export interface StoredSession {
	id: string;
	capacity: number | null;
	attendanceTakenAt: Date | null;
}

/** The session of an occurrence if anyone signed up or its capacity was set. */
export async function findSession(db: Database, o: Occurrence): Promise<StoredSession | null> {
	const [row] = await db
		.select({
			id: initiativeSession.id,
			capacity: initiativeSession.capacity,
			attendanceTakenAt: initiativeSession.attendanceTakenAt
		})
		.from(initiativeSession)
		.where(and(eq(initiativeSession.bookingId, o.bookingId), eq(initiativeSession.startsAt, o.startsAt)));
	return row ?? null;
}

/**
 * The session row of an occurrence, created if needed, and locked until the transaction ends:
 * every writer of its sign-ups goes through here first.
 */
export async function lockSession(tx: Database, o: Occurrence): Promise<StoredSession> {
	await tx
		.insert(initiativeSession)
		.values({ id: randomUUID(), initiativeId: o.initiativeId, bookingId: o.bookingId, startsAt: o.startsAt })
		.onConflictDoNothing();
	const result = await tx.execute(sql`
		SELECT id, capacity, attendance_taken_at FROM initiative_session
		WHERE booking_id = ${o.bookingId} AND starts_at = ${o.startsAt.toISOString()}::timestamptz
		FOR UPDATE`);
	const [row] = rowsOf<{ id: string; capacity: number | null; attendance_taken_at: string | Date | null }>(result);
	if (!row) throw new Error('the session row vanished inside its own transaction');
	return {
		id: row.id,
		capacity: row.capacity === null ? null : Number(row.capacity),
		attendanceTakenAt: row.attendance_taken_at ? new Date(row.attendance_taken_at) : null
	};
}

export const effectiveCapacity = (session: { capacity: number | null } | null, o: Occurrence): number | null =>
	session?.capacity ?? o.defaultCapacity;

export interface StoredSignup extends SignupState {
	userId: string | null;
	displayName: string | null;
	phone: string | null;
	recordedBy: string | null;
	createdAt: Date;
}

export async function signupsOf(db: Database, sessionId: string): Promise<StoredSignup[]> {
	const rows = await db
		.select({
			id: sessionSignup.id,
			status: sessionSignup.status,
			position: sessionSignup.position,
			userId: sessionSignup.userId,
			displayName: sessionSignup.displayName,
			phone: sessionSignup.phone,
			recordedBy: sessionSignup.recordedBy,
			createdAt: sessionSignup.createdAt
		})
		.from(sessionSignup)
		.where(eq(sessionSignup.sessionId, sessionId))
		.orderBy(asc(sessionSignup.createdAt), asc(sessionSignup.id));
	return rows.map((r) => ({ ...r, status: r.status as SignupStatus }));
}

/** Places taken per session, for lists: one query for all the sessions shown. */
export async function takenBySession(
	db: Database,
	sessionIds: string[]
): Promise<Map<string, { taken: number; waiting: number }>> {
	const counts = new Map<string, { taken: number; waiting: number }>();
	if (sessionIds.length === 0) return counts;
	const rows = await db
		.select({ sessionId: sessionSignup.sessionId, status: sessionSignup.status, n: sql<number>`count(*)::int` })
		.from(sessionSignup)
		.where(inArray(sessionSignup.sessionId, sessionIds))
		.groupBy(sessionSignup.sessionId, sessionSignup.status);
	for (const r of rows) {
		const c = counts.get(r.sessionId) ?? { taken: 0, waiting: 0 };
		if (r.status === 'waiting') c.waiting += Number(r.n);
		else if (r.status !== 'cancelled') c.taken += Number(r.n);
		counts.set(r.sessionId, c);
	}
	return counts;
}

/** Inserts a sign-up where the rules place it; the session must be locked by the caller. */
export async function insertSignup(
	tx: Database,
	sessionId: string,
	capacity: number,
	who: { userId: string } | { displayName: string; phone: string | null; recordedBy: string }
): Promise<{ id: string; status: 'confirmed' | 'waiting'; position: number | null }> {
	const current = await signupsOf(tx, sessionId);
	const place = placeFor(current, capacity);
	const id = randomUUID();
	await tx.insert(sessionSignup).values({ id, sessionId, ...who, status: place.status, position: place.position });
	return { id, ...place };
}

/**
 * Cancels one sign-up and gives the freed places to the first people waiting, each told through
 * the notification queue in the same transaction (no promotion without its notification).
 */
export async function cancelSignup(
	tx: Database,
	sessionId: string,
	signupId: string,
	capacity: number
): Promise<string[]> {
	const current = await signupsOf(tx, sessionId);
	const { promoted } = cancel(current, signupId, capacity);
	await tx
		.update(sessionSignup)
		.set({ status: 'cancelled', position: null, updatedAt: sql`now()` })
		.where(eq(sessionSignup.id, signupId));
	// Her children's places go with her place (and with her place in the waiting list).
	await releaseChildcare(tx, [signupId]);
	await promote(tx, promoted);
	return promoted;
}

/** After the capacity grew: as many people as there are new places move up. */
export async function promoteWaiting(tx: Database, sessionId: string, capacity: number): Promise<string[]> {
	const promoted = promotions(await signupsOf(tx, sessionId), capacity);
	await promote(tx, promoted);
	return promoted;
}

async function promote(tx: Database, ids: string[]): Promise<void> {
	if (ids.length === 0) return;
	await tx
		.update(sessionSignup)
		.set({ status: 'confirmed', position: null, updatedAt: sql`now()` })
		.where(inArray(sessionSignup.id, ids));
	// A parent who moved up gets the childcare places she asked for, if some are left; if not, she is told.
	const childcareFull = await holdRequested(tx, ids);
	await tellSignups(tx, ids, 'promoted');
	for (const id of childcareFull) await enqueueNotification(tx, { kind: 'session.childcare_full', signupIds: [id] });
}

/**
 * Gives back the places a person holds or waits for in sessions still to come (her account is
 * being deleted): the cascade would remove her rows without moving anyone up, so each is
 * cancelled first, under its session's lock, and the next people waiting get the places.
 */
export async function releasePlacesOf(tx: Database, userId: string, now: Date): Promise<number> {
	const result = await tx.execute(sql`
		SELECT su.id, su.session_id, coalesce(s.capacity, i.session_capacity, 0) AS capacity
		FROM session_signup su
		JOIN initiative_session s ON s.id = su.session_id
		JOIN initiative i ON i.id = s.initiative_id
		WHERE su.user_id = ${userId} AND su.status IN ('confirmed', 'waiting')
		  AND s.starts_at > ${now.toISOString()}::timestamptz
		ORDER BY s.id`);
	let promoted = 0;
	for (const row of rowsOf<{ id: string; session_id: string; capacity: number }>(result)) {
		await tx.execute(sql`SELECT id FROM initiative_session WHERE id = ${row.session_id} FOR UPDATE`);
		promoted += (await cancelSignup(tx, row.session_id, row.id, Number(row.capacity))).length;
	}
	return promoted;
}
