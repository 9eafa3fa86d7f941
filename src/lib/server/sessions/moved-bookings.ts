import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { tellSignups } from '../notifications/sessions.js';

/**
 * A session is one occurrence of a booking, found by (booking, start). When the booking moves to
 * another time, its session — and every place and waiting position in it — moves with it, so the
 * people signed up keep their places instead of seeing them vanish; those with an account are told
 * the new time, once, in the same transaction (the staff who recorded counter sign-ups, whom to
 * call). Their reminder is due again for the new day.
 * Called after the booking row got its new interval; `previousStart` is the start it had before.
 */
export async function moveSessionsWithBooking(
	tx: Database,
	bookingId: string,
	previousStart: Date,
	newStart: Date
): Promise<void> {
	if (previousStart.getTime() === newStart.getTime()) return;
	const moved = await tx.execute(sql`
		UPDATE initiative_session s SET starts_at = ${newStart.toISOString()}::timestamptz
		WHERE s.booking_id = ${bookingId} AND s.starts_at = ${previousStart.toISOString()}::timestamptz
		  AND NOT EXISTS (
		    SELECT 1 FROM initiative_session o
		    WHERE o.booking_id = s.booking_id AND o.starts_at = ${newStart.toISOString()}::timestamptz)
		RETURNING s.id`);
	const [session] = rowsOf<{ id: string }>(moved);
	if (!session) return;
	const told = await tx.execute(sql`
		UPDATE session_signup SET reminder_sent_at = NULL, updated_at = now()
		WHERE session_id = ${session.id} AND status IN ('confirmed', 'waiting')
		RETURNING id`);
	await tellSignups(
		tx,
		rowsOf<{ id: string }>(told).map((r) => r.id),
		'moved'
	);
}
