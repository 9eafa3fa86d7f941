import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import type { Database } from '../db/client.js';
import { booking, facility, room } from '../db/schema.js';
import { assertManages } from '../facility-access.js';
import { setBookingStatus } from '../bookings/store.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';

export const REASON_MAX_LENGTH = 1000;

export interface DecideBookingInput {
	/** The whole series: every occurrence of it still pending… */
	seriesId?: string;
	/** …or the chosen occurrences of a series, or a one-off booking. */
	bookingIds?: string[];
	decision: string;
	/** Required to refuse; shown to the requester. */
	reason?: string;
}

export type DecideBookingResult =
	| { ok: true; decided: string[]; status: 'confirmed' | 'refused' }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** The bookings a decision is about, locked until the transaction ends, with what authorisation needs. */
export async function lockTargets(tx: Database, input: { seriesId?: string; bookingIds?: string[] }) {
	const ids = [...new Set(input.bookingIds ?? [])];
	const where =
		ids.length > 0
			? and(inArray(booking.id, ids), input.seriesId ? eq(booking.seriesId, input.seriesId) : undefined)
			: eq(booking.seriesId, input.seriesId ?? '');
	// FOR UPDATE: two managers deciding at once are serialised, and the second sees the first's decision.
	const rows = await tx
		.select({
			id: booking.id,
			status: booking.status,
			seriesId: booking.seriesId,
			facilityId: facility.id,
			communeId: facility.communeId
		})
		.from(booking)
		.innerJoin(room, eq(room.id, booking.roomId))
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.where(where)
		.for('update', { of: booking });
	return rows;
}

/**
 * A manager of the room's facility (or of its commune) confirms or refuses a request: a whole
 * series, some of its occurrences, or a one-off booking. Only pending bookings change; a refusal
 * needs a reason, which the requester reads. One transaction: the decision and its notification
 * exist together or not at all. Confirming never conflicts, since a pending request already holds
 * its slot.
 */
export async function decideBooking(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	input: DecideBookingInput,
	now: Date
): Promise<DecideBookingResult> {
	const status = input.decision === 'confirm' ? 'confirmed' : input.decision === 'refuse' ? 'refused' : null;
	if (!status) return { ok: false, fieldErrors: { decision: 'DECISIONS.DECISION_REQUIRED' } };
	const reason = (input.reason ?? '').trim();
	if (status === 'refused' && reason === '') return { ok: false, fieldErrors: { reason: 'DECISIONS.REASON_REQUIRED' } };
	if (reason.length > REASON_MAX_LENGTH) return { ok: false, fieldErrors: { reason: 'DECISIONS.REASON_TOO_LONG' } };
	if (!input.seriesId && !input.bookingIds?.length)
		return { ok: false, fieldErrors: { occurrences: 'DECISIONS.NOTHING_SELECTED' } };
	if (actor) {
		const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
		if (limited) return limited;
	}

	return ctx.db.transaction(async (tx): Promise<DecideBookingResult> => {
		const targets = await lockTargets(tx, input);
		if (targets.length === 0) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
		for (const ref of new Map(
			targets.map((t) => [t.facilityId, { id: t.facilityId, communeId: t.communeId }])
		).values())
			assertManages(actor, ref);
		const pending = targets.filter((t) => t.status === 'pending').map((t) => t.id);
		if (pending.length === 0) return { ok: false, fieldErrors: { form: 'DECISIONS.ALREADY_DECIDED' } };
		// Deciding some occurrences of a series apart from the others makes them exceptions, which a
		// later whole-series edit leaves as they are.
		const apart = new Set<string>();
		const seriesIds = [...new Set(targets.map((t) => t.seriesId).filter((s): s is string => !!s))];
		if (input.bookingIds?.length && seriesIds.length > 0) {
			const siblings = await tx
				.select({ id: booking.id })
				.from(booking)
				.where(and(inArray(booking.seriesId, seriesIds), eq(booking.status, 'pending')));
			if (siblings.some((s) => !pending.includes(s.id))) for (const id of pending) apart.add(id);
		}
		const fields = { status, decidedBy: actor!.userId, decidedAt: now, reason: status === 'refused' ? reason : null };
		const together = pending.filter((id) => !apart.has(id));
		await setBookingStatus(tx, together, fields);
		await setBookingStatus(tx, [...apart], { ...fields, isException: true });
		await enqueueNotification(tx, { kind: 'booking.decided', bookingIds: pending });
		return { ok: true, decided: pending, status };
	});
}
