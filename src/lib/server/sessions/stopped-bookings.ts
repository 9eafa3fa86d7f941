import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { tellSignups } from '../notifications/sessions.js';

/**
 * The residents with a place, or waiting, in the sessions of bookings that were just cancelled or
 * refused, told once per session. Their rows are kept as they are: the session no longer shows
 * (only confirmed bookings do), and if the booking is confirmed again their places come back.
 * Counter sign-ups have no inbox: whoever recorded them is told whom to call. When the booking is
 * a childcare's, the parents whose children had places there are told too.
 */
export async function tellSignupsOfStoppedBookings(tx: Database, bookingIds: readonly string[]): Promise<void> {
	if (bookingIds.length === 0) return;
	const result = await tx.execute(sql`
		SELECT su.id
		FROM session_signup su
		JOIN initiative_session s ON s.id = su.session_id
		JOIN booking b ON b.id = s.booking_id
		WHERE ${inArray(sql`s.booking_id`, [...bookingIds])}
		  AND s.starts_at = lower(b.during) AND s.starts_at > now()`);
	await tellSignups(
		tx,
		rowsOf<{ id: string }>(result).map((r) => r.id),
		'cancelled'
	);
	// A childcare (the crèche's own booking) that stops: the parents whose children had places in
	// it hear that their childcare no longer takes place. Their rows are kept, as above.
	const parents = await tx.execute(sql`
		SELECT DISTINCT r.signup_id
		FROM childcare_reservation r
		JOIN initiative_session cs ON cs.id = r.childcare_session_id
		JOIN booking b ON b.id = cs.booking_id
		WHERE ${inArray(sql`cs.booking_id`, [...bookingIds])}
		  AND cs.starts_at = lower(b.during) AND cs.starts_at > now()`);
	await tellSignups(
		tx,
		rowsOf<{ signup_id: string }>(parents).map((r) => r.signup_id),
		'childcare_lost'
	);
}
