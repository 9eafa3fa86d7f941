/**
 * The one place bookings are written and overlaps are looked up. The database, not this code,
 * decides whether a slot is free (the booking_no_overlap EXCLUDE constraint): checks made here
 * beforehand only serve to tell a person which occurrences conflict.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { booking } from '../db/schema.js';
import { tellSignupsOfStoppedBookings } from '../sessions/stopped-bookings.js';
import { moveSessionsWithBooking } from '../sessions/moved-bookings.js';
import { fromRangeLiteral, toRangeLiteral, type Interval } from '#lib/domain/zoned-time.js';

/** Statuses that hold a slot: a pending request already does. */
export const HOLDING_STATUSES = ['pending', 'confirmed'] as const;

/** Thrown inside a transaction when a booking would overlap another: the transaction is rolled back whole. */
export class BookingConflictError extends Error {
	constructor() {
		super('BOOKING.CONFLICT');
		this.name = 'BookingConflictError';
	}
}

/** The SQLSTATE of a database error, whichever driver raised it (PGlite wraps it less deeply). */
export function sqlStateOf(error: unknown): string | undefined {
	let e: unknown = error;
	for (let depth = 0; depth < 5 && e && typeof e === 'object'; depth += 1) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
		e = (e as { cause?: unknown }).cause;
	}
	return undefined;
}

/** 23P01 exclusion_violation: the slot was taken, possibly by a request that won a race. */
export function isOverlapViolation(error: unknown): boolean {
	return error instanceof BookingConflictError || sqlStateOf(error) === '23P01';
}

export type NewBooking = Omit<typeof booking.$inferInsert, 'during'> & { interval: Interval };

/**
 * Inserts bookings in one statement; call inside a transaction so that a series is created whole
 * or not at all. Throws BookingConflictError when any of them overlaps a held slot.
 */
export async function insertBookings(tx: Database, rows: readonly NewBooking[]): Promise<void> {
	if (rows.length === 0) return;
	const values = rows.map(({ interval, ...rest }) => ({ ...rest, during: toRangeLiteral(interval) }));
	try {
		// Chunks keep each statement under the drivers' parameter limit (65,535).
		for (let i = 0; i < values.length; i += 500) await tx.insert(booking).values(values.slice(i, i + 500));
	} catch (error) {
		if (sqlStateOf(error) === '23P01') throw new BookingConflictError();
		throw error;
	}
}

export interface HeldSlot {
	id: string;
	roomId: string;
	seriesId: string | null;
	organisationId: string | null;
	title: string;
	status: string;
	interval: Interval;
	isPublic: boolean;
}

/**
 * Pending and confirmed bookings of the given rooms that overlap any of the intervals, found with
 * the same GiST index the constraint uses. `excludeSeriesId` leaves out a series being edited.
 */
export async function findHeldOverlaps(
	db: Database,
	roomIds: readonly string[],
	intervals: readonly Interval[],
	options: { excludeSeriesId?: string; excludeBookingIds?: readonly string[] } = {}
): Promise<HeldSlot[]> {
	if (roomIds.length === 0 || intervals.length === 0) return [];
	const ranges = intervals.map(toRangeLiteral);
	const result = await db.execute(sql`
		SELECT b.id, b.room_id, b.series_id, b.organisation_id, b.title, b.status, b.during::text AS during, b.is_public
		FROM booking b
		WHERE b.room_id IN (${sql.join(
			roomIds.map((id) => sql`${id}`),
			sql`, `
		)})
		  AND b.status IN ('pending', 'confirmed')
		  AND b.during && ANY (${sql`ARRAY[${sql.join(
				ranges.map((r) => sql`${r}::tstzrange`),
				sql`, `
			)}]`})
		  ${options.excludeSeriesId ? sql`AND b.series_id IS DISTINCT FROM ${options.excludeSeriesId}` : sql``}
		ORDER BY lower(b.during)`);
	const exclude = new Set(options.excludeBookingIds ?? []);
	return rowsOf<{
		id: string;
		room_id: string;
		series_id: string | null;
		organisation_id: string | null;
		title: string;
		status: string;
		during: string;
		is_public: boolean;
	}>(result)
		.filter((r) => !exclude.has(r.id))
		.map((r) => ({
			id: r.id,
			roomId: r.room_id,
			seriesId: r.series_id,
			organisationId: r.organisation_id,
			title: r.title,
			status: r.status,
			interval: fromRangeLiteral(r.during),
			isPublic: r.is_public
		}));
}

/** Sets the status of bookings (a decision or a cancellation); freeing a slot never conflicts. */
export async function setBookingStatus(
	tx: Database,
	ids: readonly string[],
	fields: Pick<typeof booking.$inferInsert, 'status'> &
		Partial<Pick<typeof booking.$inferInsert, 'decidedBy' | 'decidedAt' | 'reason' | 'isException'>>
): Promise<void> {
	if (ids.length === 0) return;
	try {
		await tx
			.update(booking)
			.set({ ...fields, updatedAt: new Date() })
			.where(and(inArray(booking.id, [...ids])));
	} catch (error) {
		// Only re-opening a refused or cancelled booking can conflict.
		if (sqlStateOf(error) === '23P01') throw new BookingConflictError();
		throw error;
	}
	// Every way a booking stops (a manager's cancellation, a closure, an edit, a circuit) passes
	// here: the residents signed up for its session hear it in the same transaction.
	if (fields.status === 'cancelled' || fields.status === 'refused') await tellSignupsOfStoppedBookings(tx, ids);
}

/** Reads one booking's interval. */
export async function bookingInterval(db: Database, id: string): Promise<Interval | null> {
	const result = await db.execute(sql`SELECT during::text AS during FROM booking WHERE id = ${id}`);
	const [row] = rowsOf<{ during: string }>(result);
	return row ? fromRangeLiteral(row.during) : null;
}

/**
 * Moves bookings to other intervals (and possibly another series and status), for a requester's
 * edit. Throws BookingConflictError when a new interval overlaps a held slot: call it inside the
 * transaction of the whole edit so nothing is half-moved.
 */
export async function moveBookings(
	tx: Database,
	moves: readonly {
		id: string;
		interval: Interval;
		status: string;
		seriesId?: string | null;
		isException?: boolean;
	}[]
): Promise<void> {
	try {
		for (const move of moves) {
			const before = await bookingInterval(tx, move.id);
			await tx
				.update(booking)
				.set({
					during: toRangeLiteral(move.interval),
					status: move.status,
					...(move.seriesId !== undefined ? { seriesId: move.seriesId } : {}),
					...(move.isException !== undefined ? { isException: move.isException } : {}),
					decidedBy: null,
					decidedAt: null,
					reason: null,
					updatedAt: new Date()
				})
				.where(eq(booking.id, move.id));
			// The people signed up for it follow the session to its new time.
			if (before) await moveSessionsWithBooking(tx, move.id, before.start, move.interval.start);
		}
	} catch (error) {
		if (sqlStateOf(error) === '23P01') throw new BookingConflictError();
		throw error;
	}
}
