/**
 * The one call a use case makes to notify people: inside its own transaction, so the notification
 * exists exactly when the change does (a rolled-back decision sends nothing).
 *
 *     await db.transaction(async (tx) => {
 *       await setBookingStatus(tx, ids, { status: 'confirmed', … });
 *       await enqueueNotification(tx, { kind: 'booking.decided', bookingIds: ids });
 *     });
 */
import type { Database } from '../db/client.js';
import type { NotificationEvent } from './events.js';
import { activeJobQueue, QUEUES } from './queue.js';

export type { NotificationEvent } from './events.js';

export async function enqueueNotification(tx: Database, event: NotificationEvent): Promise<void> {
	if ('bookingIds' in event && event.bookingIds.length === 0) return;
	if ('signupIds' in event && event.signupIds.length === 0) return;
	await activeJobQueue().sendInTransaction(tx, QUEUES.dispatch, event);
}
