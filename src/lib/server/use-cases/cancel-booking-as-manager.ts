import type { AppContext } from '../context.js';
import { assertManages } from '../facility-access.js';
import { setBookingStatus } from '../bookings/store.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';
import { lockTargets, REASON_MAX_LENGTH } from './decide-booking.js';

export type CancelBookingAsManagerResult =
	{ ok: true; cancelled: string[] } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A manager takes back confirmed bookings (the room is needed, works, a closure): a reason is
 * required and sent to the requester. The slot is freed at once; one transaction with the notification.
 */
export async function cancelBookingAsManager(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	input: { seriesId?: string; bookingIds?: string[]; reason?: string },
	now: Date
): Promise<CancelBookingAsManagerResult> {
	const reason = (input.reason ?? '').trim();
	if (reason === '') return { ok: false, fieldErrors: { reason: 'DECISIONS.REASON_REQUIRED' } };
	if (reason.length > REASON_MAX_LENGTH) return { ok: false, fieldErrors: { reason: 'DECISIONS.REASON_TOO_LONG' } };
	if (!input.seriesId && !input.bookingIds?.length)
		return { ok: false, fieldErrors: { occurrences: 'DECISIONS.NOTHING_SELECTED' } };
	if (actor) {
		const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
		if (limited) return limited;
	}
	return ctx.db.transaction(async (tx): Promise<CancelBookingAsManagerResult> => {
		const targets = await lockTargets(tx, input);
		if (targets.length === 0) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
		for (const ref of new Map(
			targets.map((t) => [t.facilityId, { id: t.facilityId, communeId: t.communeId }])
		).values())
			assertManages(actor, ref);
		const confirmed = targets.filter((t) => t.status === 'confirmed').map((t) => t.id);
		if (confirmed.length === 0) return { ok: false, fieldErrors: { form: 'DECISIONS.NOT_CONFIRMED' } };
		await setBookingStatus(tx, confirmed, { status: 'cancelled', decidedBy: actor!.userId, decidedAt: now, reason });
		await enqueueNotification(tx, { kind: 'booking.cancelled', bookingIds: confirmed, reason });
		return { ok: true, cancelled: confirmed };
	});
}
