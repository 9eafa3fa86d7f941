import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { booking, bookingCircuit, bookingSeries } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { setBookingStatus } from '../bookings/store.js';
import { loadCircuit } from '../circuits/load.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export type CancelCircuitResult = { ok: true; cancelled: number } | { ok: false; fieldErrors: FieldErrors };

/**
 * The requesting organisation cancels its circuit: every visit still to come (pending or
 * confirmed) is cancelled and its slot freed; past visits stay as they happened.
 */
export async function cancelCircuit(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { circuitId: string; reason?: string },
	now: Date
): Promise<CancelCircuitResult | null> {
	const circuit = await loadCircuit(ctx.db, input.circuitId);
	if (!circuit) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: circuit.organisationId });
	const reason = (input.reason ?? '').trim().slice(0, 1000) || null;
	return ctx.db.transaction(async (tx) => {
		const seriesIds = circuit.legs.map((l) => l.seriesId);
		const upcoming =
			seriesIds.length === 0
				? []
				: await tx
						.select({ id: booking.id })
						.from(booking)
						.where(
							and(
								inArray(booking.seriesId, seriesIds),
								inArray(booking.status, ['pending', 'confirmed']),
								gt(sql`upper(${booking.during})`, now)
							)
						);
		await setBookingStatus(
			tx,
			upcoming.map((b) => b.id),
			{ status: 'cancelled', reason }
		);
		if (seriesIds.length > 0)
			await tx
				.update(bookingSeries)
				.set({ status: 'cancelled', updatedAt: now })
				.where(inArray(bookingSeries.id, seriesIds));
		await tx
			.update(bookingCircuit)
			.set({ status: 'cancelled', updatedAt: now })
			.where(eq(bookingCircuit.id, input.circuitId));
		await enqueueNotification(tx, {
			kind: 'booking.cancelled',
			bookingIds: upcoming.map((b) => b.id),
			...(reason ? { reason } : {})
		});
		return { ok: true as const, cancelled: upcoming.length };
	});
}
