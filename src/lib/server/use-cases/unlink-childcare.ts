import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { childcareLink, childcareReservation, sessionSignup } from '../db/schema.js';
import { lockSession, occurrence } from '../sessions/store.js';
import { tellSignups } from '../notifications/sessions.js';
import { fail, ok, type Result } from '#lib/domain/result.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The organiser uncouples her session from its childcare (the crèche will not come after all, or
 * she chose the wrong one): the children's places her participants held there are given back in
 * the same transaction, and the parents are told; their places in the session stay.
 */
export async function unlinkChildcare(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; now?: Date }
): Promise<Result<{ released: number }, 'SESSION.STARTED' | 'CHILDCARE.NOT_LINKED'> | null> {
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: o.organisationId });
	if (o.startsAt <= (input.now ?? new Date())) return fail('SESSION.STARTED');
	return ctx.db.transaction(async (tx) => {
		const session = await lockSession(tx, o);
		const [link] = await tx.delete(childcareLink).where(eq(childcareLink.sessionId, session.id)).returning();
		if (!link) return fail('CHILDCARE.NOT_LINKED');
		const signups = tx
			.select({ id: sessionSignup.id })
			.from(sessionSignup)
			.where(eq(sessionSignup.sessionId, session.id));
		const released = await tx
			.delete(childcareReservation)
			.where(
				and(
					eq(childcareReservation.childcareSessionId, link.childcareSessionId),
					inArray(childcareReservation.signupId, signups)
				)
			)
			.returning({ id: childcareReservation.id, signupId: childcareReservation.signupId });
		await tellSignups(
			tx,
			released.map((r) => r.signupId),
			'childcare_lost'
		);
		return ok({ released: released.length });
	});
}
