import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { organisationOfInitiative } from '../initiatives/queries.js';
import { initiative, initiativeSession } from '../db/schema.js';
import {
	effectiveCapacity,
	findSession,
	lockSession,
	occurrence,
	promoteWaiting,
	upcomingOccurrences
} from '../sessions/store.js';
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
	input: { initiativeId: string; bookingId?: string; values: Record<string, unknown>; now?: Date }
): Promise<CapacityResult | null> {
	const organisationId = await organisationOfInitiative(ctx.db, input.initiativeId);
	if (!organisationId) return null;
	assertAllowed(actor, 'organisation.act', { organisationId });
	const parsed = capacityField.safeParse(input.values.capacity);
	if (!parsed.success) return { ok: false, fieldErrors: { capacity: parsed.error.issues[0]!.message } };
	const capacity = parsed.data;

	if (!input.bookingId) {
		// Sessions that follow the default and have people waiting get the new places too, each
		// under its own lock, in the same transaction as the new default.
		return ctx.db.transaction(async (tx) => {
			await tx.update(initiative).set({ sessionCapacity: capacity }).where(eq(initiative.id, input.initiativeId));
			let promoted = 0;
			if (capacity !== null)
				for (const o of await upcomingOccurrences(tx, input.initiativeId, input.now ?? new Date(), 1000)) {
					// Only sessions someone signed up for exist; the others have nobody to move up.
					const existing = await findSession(tx, o);
					if (!existing || existing.capacity !== null) continue;
					const session = await lockSession(tx, o);
					if (session.capacity === null) promoted += (await promoteWaiting(tx, session.id, capacity)).length;
				}
			return { ok: true as const, promoted };
		});
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
