import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { initiative, initiativeSession } from '../db/schema.js';
import { effectiveCapacity, lockSession, occurrence, promoteWaiting } from '../sessions/store.js';
import { capacityField } from '#lib/domain/session-signups.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type CapacityResult = { ok: true; promoted: number } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The organiser sets the places of one session (empty: the initiative's default) or, without a
 * booking, the initiative's default for all its sessions (empty: no sign-ups). A session given
 * more places moves as many people up from its waiting list, told as on a cancellation; fewer
 * places never take a place back from someone who has it.
 */
export async function setSessionCapacity(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId?: string; values: Record<string, unknown> }
): Promise<CapacityResult | null> {
	const [found] = await ctx.db
		.select({ organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.id, input.initiativeId));
	if (!found) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: found.organisationId });
	const parsed = capacityField.safeParse(input.values.capacity);
	if (!parsed.success) return { ok: false, fieldErrors: { capacity: parsed.error.issues[0]!.message } };
	const capacity = parsed.data;

	if (!input.bookingId) {
		await ctx.db.update(initiative).set({ sessionCapacity: capacity }).where(eq(initiative.id, input.initiativeId));
		return { ok: true, promoted: 0 };
	}
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return null;
	return ctx.db.transaction(async (tx) => {
		const session = await lockSession(tx, o);
		await tx.update(initiativeSession).set({ capacity }).where(eq(initiativeSession.id, session.id));
		const now = effectiveCapacity({ capacity }, o);
		const promoted = now === null ? [] : await promoteWaiting(tx, session.id, now);
		return { ok: true as const, promoted: promoted.length };
	});
}
