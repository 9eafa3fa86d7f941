import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { booking } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { canManage } from '../facility-access.js';
import { setBookingStatus } from '../bookings/store.js';
import { loadCircuit } from '../circuits/load.js';
import { refreshCircuitStatus } from '../circuits/status.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { parseDecision, type CircuitStatus } from '#lib/domain/circuit-form.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

export type DecideCircuitResult =
	{ ok: true; status: CircuitStatus; decidedLegs: number } | { ok: false; fieldErrors: FieldErrors };

/**
 * A manager decides a circuit as one unit: every pending booking of every leg in a room they
 * manage is confirmed, or refused with a reason, in one transaction. When the legs lie in rooms of
 * different managers, each decides theirs, and the circuit is partly confirmed until all have.
 * Confirming never conflicts: a pending request already holds its slot.
 */
export async function decideCircuit(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { circuitId: string; values: Record<string, unknown> },
	now: Date
): Promise<DecideCircuitResult | null> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const circuit = await loadCircuit(ctx.db, input.circuitId);
	if (!circuit) return null;
	const mine = circuit.legs.filter((l) => canManage(actor, { id: l.facilityId, communeId: l.communeId }));
	if (mine.length === 0) throw new AccessDenied('AUTH.FORBIDDEN');
	const parsed = parseDecision(input.values);
	if (!parsed.ok) return parsed;
	const { decision, reason } = parsed.data;

	return ctx.db.transaction(async (tx) => {
		const pending = await tx
			.select({ id: booking.id })
			.from(booking)
			.where(
				and(
					inArray(
						booking.seriesId,
						mine.map((l) => l.seriesId)
					),
					eq(booking.status, 'pending')
				)
			);
		if (pending.length === 0) return { ok: false as const, fieldErrors: { form: 'CIRCUITS.NOTHING_TO_DECIDE' } };
		await setBookingStatus(
			tx,
			pending.map((b) => b.id),
			{ status: decision === 'confirm' ? 'confirmed' : 'refused', decidedBy: actor.userId, decidedAt: now, reason }
		);
		await enqueueNotification(tx, { kind: 'circuit.decided', circuitId: input.circuitId });
		const status = await refreshCircuitStatus(tx, input.circuitId);
		return { ok: true as const, status, decidedLegs: mine.filter((l) => l.status === 'pending').length };
	});
}
