import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { AccessDenied, assertAllowed } from '../authorisation.js';
import { sessionSignup } from '../db/schema.js';
import { cancelSignup, effectiveCapacity, lockSession, occurrence, signupsOf } from '../sessions/store.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { isCancellable } from '#lib/domain/session-signups.js';
import { fail, ok, type Result } from '#lib/domain/result.js';

/**
 * A resident gives her place back, or the organisation's staff cancel someone's (a counter
 * sign-up calling to say she cannot come). The first people waiting move up in the same
 * transaction and are told through the notification queue.
 */
export async function cancelSessionSignup(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; signupId: string; now?: Date }
): Promise<Result<{ promoted: number }, 'SESSION.NOT_FOUND' | 'SESSION.STARTED' | 'SESSION.NOT_CANCELLABLE'>> {
	assertAllowed(actor, 'account.manage_own');
	const now = input.now ?? new Date();
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return fail('SESSION.NOT_FOUND');
	const [target] = await ctx.db
		.select({ userId: sessionSignup.userId })
		.from(sessionSignup)
		.where(eq(sessionSignup.id, input.signupId));
	if (!target) return fail('SESSION.NOT_FOUND');
	const isStaff = authorise(actor, 'organisation.act', { organisationId: o.organisationId }).allowed;
	if (!isStaff && target.userId !== actor.userId) throw new AccessDenied('AUTH.FORBIDDEN');
	// Once it started, a place is a matter of attendance, not of cancellation.
	if (o.startsAt <= now) return fail('SESSION.STARTED');
	return ctx.db.transaction(async (tx) => {
		const session = await lockSession(tx, o);
		const capacity = effectiveCapacity(session, o) ?? 0;
		const current = (await signupsOf(tx, session.id)).find((s) => s.id === input.signupId);
		// Read again under the lock: someone else may have cancelled it meanwhile.
		if (!current) return fail('SESSION.NOT_FOUND');
		if (!isCancellable(current.status)) return fail('SESSION.NOT_CANCELLABLE');
		const promoted = await cancelSignup(tx, session.id, current.id, capacity);
		return ok({ promoted: promoted.length });
	});
}
