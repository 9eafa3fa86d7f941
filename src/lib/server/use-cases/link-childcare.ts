import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { childcareLink } from '../db/schema.js';
import { lockSession, occurrence } from '../sessions/store.js';
import { childcareOccurrences, needsOf, placeOfBooking } from '../childcare/store.js';
import { linkedChildcareSession } from '../childcare/reservations.js';
import { proposals } from '#lib/domain/childcare.js';
import { fail, ok, type Result } from '#lib/domain/result.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type LinkRefusal =
	'SESSION.NOT_FOUND' | 'SESSION.STARTED' | 'CHILDCARE.NO_NEED' | 'CHILDCARE.ALREADY_LINKED' | 'CHILDCARE.NOT_PROPOSED';

/**
 * The organiser couples her session with one of the childcare sessions proposed for it. The
 * childcare organisation published its places for parents of activities around it, so no
 * acceptance is asked: the link is shown on both initiatives' pages, and the database still
 * refuses any reservation beyond its places. Checked again under the session's lock: the
 * proposal must still hold (there, at the right time, with a place for an age asked).
 */
export async function linkChildcare(
	ctx: Pick<AppContext, 'db' | 'config'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; childcareBookingId: string; now?: Date }
): Promise<Result<{ childcareSessionId: string }, LinkRefusal> | null> {
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: o.organisationId });
	if (o.startsAt <= (input.now ?? new Date())) return fail('SESSION.STARTED');
	const place = await placeOfBooking(ctx.db, o.bookingId);
	if (!place) return fail('SESSION.NOT_FOUND');
	return ctx.db.transaction(async (tx) => {
		const session = await lockSession(tx, o);
		if (await linkedChildcareSession(tx, session.id)) return fail('CHILDCARE.ALREADY_LINKED');
		const need = (await needsOf(tx, [session.id])).get(session.id) ?? [];
		if (need.length === 0) return fail('CHILDCARE.NO_NEED');
		const candidates = await childcareOccurrences(tx, {
			from: o.startsAt,
			to: o.endsAt,
			bookingIds: [input.childcareBookingId]
		});
		const [chosen] = proposals({ ...place, startsAt: o.startsAt, endsAt: o.endsAt, need }, candidates, {
			radiusMetres: ctx.config.CHILDCARE_RADIUS
		});
		if (!chosen || chosen.childcare.initiativeId === o.initiativeId) return fail('CHILDCARE.NOT_PROPOSED');
		const childcare = await occurrence(tx, chosen.childcare.initiativeId, chosen.childcare.bookingId);
		if (!childcare) return fail('CHILDCARE.NOT_PROPOSED');
		// The activity's lock first, then the childcare's: the order every sign-up takes them in.
		const childcareSession = await lockSession(tx, childcare);
		await tx
			.insert(childcareLink)
			.values({ sessionId: session.id, childcareSessionId: childcareSession.id, linkedBy: actor.userId });
		return ok({ childcareSessionId: childcareSession.id });
	});
}
