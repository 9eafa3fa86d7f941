import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { findSession, occurrence, signupsOf } from '../sessions/store.js';
import { childcareOccurrences, linkedOccurrence, needsOf, placeOfBooking } from '../childcare/store.js';
import { linkedChildcareSession, reservationsOf } from '../childcare/reservations.js';
import { freePlaces, missingPlaces, proposals } from '#lib/domain/childcare.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The organiser's view of childcare for one session: what she asked for, the childcare it is
 * linked with and its places left, or the childcare sessions that could take the children (same
 * room, same facility, then nearby), and what remains uncovered (shown to the commune as a gap).
 */
export async function getChildcareCoupling(
	ctx: Pick<AppContext, 'db' | 'config'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string }
) {
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: o.organisationId });
	const session = await findSession(ctx.db, o);
	const need = session ? ((await needsOf(ctx.db, [session.id])).get(session.id) ?? []) : [];
	const linkedId = session ? await linkedChildcareSession(ctx.db, session.id) : null;
	const linked = linkedId ? await linkedOccurrence(ctx.db, linkedId) : null;
	const place = await placeOfBooking(ctx.db, o.bookingId);
	const candidates =
		need.length > 0 && !linked && place
			? (await childcareOccurrences(ctx.db, { from: o.startsAt, to: o.endsAt })).filter(
					(c) => c.initiativeId !== o.initiativeId
				)
			: [];
	const found = place
		? proposals({ ...place, startsAt: o.startsAt, endsAt: o.endsAt, need }, candidates, {
				radiusMetres: ctx.config.CHILDCARE_RADIUS
			})
		: [];
	// Children of this session's parents with a place held in the linked childcare.
	let reserved = 0;
	if (linked && session) {
		const own = (await signupsOf(ctx.db, session.id)).map((s) => s.id);
		reserved = (await reservationsOf(ctx.db, own)).filter((r) => r.status === 'held').length;
	}
	return {
		radiusMetres: ctx.config.CHILDCARE_RADIUS,
		need,
		missing: missingPlaces(need, linked ? linked.places : null),
		linked: linked && {
			bookingId: linked.bookingId,
			initiativeId: linked.initiativeId,
			initiativeTitle: linked.initiativeTitle,
			roomName: linked.roomName,
			facilityName: linked.facilityName,
			startsAt: linked.startsAt,
			endsAt: linked.endsAt,
			timeZone: linked.timeZone,
			free: linked.places.map((p) => ({ ...p, count: freePlaces(linked, p) })),
			reserved
		},
		proposals: found.map((p) => ({
			bookingId: p.childcare.bookingId,
			initiativeTitle: p.childcare.initiativeTitle,
			roomName: p.childcare.roomName,
			facilityName: p.childcare.facilityName,
			startsAt: p.childcare.startsAt,
			endsAt: p.childcare.endsAt,
			timeZone: p.childcare.timeZone,
			proximity: p.proximity,
			distanceMetres: p.distanceMetres,
			free: p.free,
			coversAll: p.coversAll
		}))
	};
}
