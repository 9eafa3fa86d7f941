import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { sqlStateOf } from '../bookings/store.js';
import { effectiveCapacity, lockSession, occurrence, signupsOf } from '../sessions/store.js';
import { childcareRefusalOf, insertSignupWithChildcare, type ChildcareRefusalCode } from '../childcare/sign-up.js';
import { fail, ok, type Result } from '#lib/domain/result.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type SessionRefusal =
	'SESSION.NOT_FOUND' | 'SESSION.STARTED' | 'SESSION.NO_SIGNUPS' | 'SESSION.ALREADY_SIGNED_UP';

/**
 * A signed-in resident takes a place in a session, or the next place in its waiting list when it
 * is full. The count and the insert happen under the session's lock: two residents asking for
 * the last place at the same moment get it one after the other, never both. When the session is
 * coupled with childcare, the ages she gives reserve her children's places in the same
 * transaction: no place left for one of them, and nothing is saved (the refusal names the field).
 */
export async function signUpForSession(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; values?: Record<string, unknown>; now?: Date }
): Promise<Result<{ id: string; status: 'confirmed' | 'waiting' }, SessionRefusal | ChildcareRefusalCode>> {
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
			const placed = await insertSignupWithChildcare(
				tx,
				session.id,
				capacity,
				{ userId: actor.userId },
				input.values ?? {}
			);
			return ok({ id: placed.id, status: placed.status });
		});
	} catch (e) {
		const refusal = childcareRefusalOf(e);
		if (refusal) return fail(refusal.code, { field: refusal.field });
		// The unique index on live sign-ups: the same person submitting twice at once.
		if (sqlStateOf(e) === '23505') return fail('SESSION.ALREADY_SIGNED_UP');
		throw e;
	}
}
