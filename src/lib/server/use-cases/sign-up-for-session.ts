import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { sqlStateOf } from '../bookings/store.js';
import { effectiveCapacity, insertSignup, lockSession, occurrence, signupsOf } from '../sessions/store.js';
import { fail, ok, type Result } from '#lib/domain/result.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type SessionRefusal =
	'SESSION.NOT_FOUND' | 'SESSION.STARTED' | 'SESSION.NO_SIGNUPS' | 'SESSION.ALREADY_SIGNED_UP';

/**
 * A signed-in resident takes a place in a session, or the next place in its waiting list when it
 * is full. The count and the insert happen under the session's lock: two residents asking for
 * the last place at the same moment get it one after the other, never both.
 */
export async function signUpForSession(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; now?: Date }
): Promise<Result<{ id: string; status: 'confirmed' | 'waiting' }, SessionRefusal>> {
	assertAllowed(actor, 'account.manage_own');
	const now = input.now ?? new Date();
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return fail('SESSION.NOT_FOUND');
	if (o.startsAt <= now) return fail('SESSION.STARTED');
	try {
		return await ctx.db.transaction(async (tx) => {
			const session = await lockSession(tx, o);
			const capacity = effectiveCapacity(session, o);
			if (capacity === null) return fail('SESSION.NO_SIGNUPS');
			const current = await signupsOf(tx, session.id);
			if (current.some((s) => s.userId === actor.userId && s.status !== 'cancelled'))
				return fail('SESSION.ALREADY_SIGNED_UP');
			const placed = await insertSignup(tx, session.id, capacity, { userId: actor.userId });
			return ok({ id: placed.id, status: placed.status });
		});
	} catch (e) {
		// The unique index on live sign-ups: the same person submitting twice at once.
		if (sqlStateOf(e) === '23505') return fail('SESSION.ALREADY_SIGNED_UP');
		throw e;
	}
}
