import { and, eq, ne, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import { initiative, practice, sessionSignup } from '../db/schema.js';
import { findSession, upcomingOccurrences } from '../sessions/store.js';
import { linkedOccurrence, needsOf, offerOf } from '../childcare/store.js';
import { linkedChildcareSession, reservationsOf } from '../childcare/reservations.js';
import { freePlaces, isChildcarePractice } from '#lib/domain/childcare.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';

/**
 * Childcare on an initiative's sessions page: for each coming session, the childcare it is
 * coupled with and its places left per age band (what a parent needs to sign up in one step),
 * the reader's own children's places, and whether childcare was asked; for a childcare
 * initiative, its places per band and the activities coupled with its sessions.
 */
export async function listSessionChildcare(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; now?: Date }
) {
	const [found] = await ctx.db
		.select({
			organisationId: initiative.organisationId,
			publics: practice.publics,
			themes: practice.themes
		})
		.from(initiative)
		.innerJoin(practice, eq(practice.id, initiative.practiceId))
		.where(eq(initiative.id, input.initiativeId));
	if (!found) return null;
	const now = input.now ?? new Date();
	const canManage = authorise(actor, 'organisation.act', { organisationId: found.organisationId }).allowed;
	const sessions: Record<
		string,
		{
			needed: boolean;
			linked: {
				initiativeId: string;
				initiativeTitle: string;
				roomName: string;
				facilityName: string;
				free: { minMonths: number; maxMonths: number; count: number }[];
			} | null;
			mine: { ageMonths: number; minMonths: number; maxMonths: number; status: string }[];
		}
	> = {};
	const occurrences = await upcomingOccurrences(ctx.db, input.initiativeId, now);
	for (const o of occurrences) {
		const session = await findSession(ctx.db, o);
		if (!session) continue;
		const needed = ((await needsOf(ctx.db, [session.id])).get(session.id) ?? []).length > 0;
		const linkId = await linkedChildcareSession(ctx.db, session.id);
		const linked = linkId ? await linkedOccurrence(ctx.db, linkId) : null;
		let mine: (typeof sessions)[string]['mine'] = [];
		if (actor && linked) {
			const own = await ctx.db
				.select({ id: sessionSignup.id })
				.from(sessionSignup)
				.where(
					and(
						eq(sessionSignup.sessionId, session.id),
						eq(sessionSignup.userId, actor.userId),
						ne(sessionSignup.status, 'cancelled')
					)
				);
			mine = (
				await reservationsOf(
					ctx.db,
					own.map((s) => s.id)
				)
			).map((r) => ({ ageMonths: r.ageMonths, minMonths: r.minMonths, maxMonths: r.maxMonths, status: r.status }));
		}
		sessions[o.bookingId] = {
			needed,
			linked: linked && {
				initiativeId: linked.initiativeId,
				initiativeTitle: linked.initiativeTitle,
				roomName: linked.roomName,
				facilityName: linked.facilityName,
				free: linked.places.map((p) => ({ ...p, count: freePlaces(linked, p) }))
			},
			mine
		};
	}
	const isChildcare = isChildcarePractice(found);
	const offer = isChildcare ? await offerOf(ctx.db, input.initiativeId) : [];
	// The activities coupled with this childcare's coming sessions, and the children expected.
	const coupled = isChildcare && offer.length > 0 ? await coupledActivities(ctx, input.initiativeId, now) : [];
	return { canManage, isChildcare, offer, sessions, coupled };
}

async function coupledActivities(ctx: Pick<AppContext, 'db'>, childcareInitiativeId: string, now: Date) {
	const result = await ctx.db.execute(sql`
		SELECT cs.booking_id AS childcare_booking_id, s.booking_id, i.id AS initiative_id, i.title,
		       lower(b.during) AS starts_at, upper(b.during) AS ends_at, c.time_zone,
		       (SELECT count(*)::int FROM childcare_reservation r JOIN session_signup su ON su.id = r.signup_id
		        WHERE r.childcare_session_id = cs.id AND su.session_id = s.id AND r.status = 'held') AS children
		FROM childcare_link l
		JOIN initiative_session cs ON cs.id = l.childcare_session_id
		JOIN initiative_session s ON s.id = l.session_id
		JOIN initiative i ON i.id = s.initiative_id
		JOIN booking b ON b.id = s.booking_id
		JOIN room r ON r.id = b.room_id JOIN facility f ON f.id = r.facility_id JOIN commune c ON c.id = f.commune_id
		WHERE cs.initiative_id = ${childcareInitiativeId} AND s.starts_at > ${now.toISOString()}::timestamptz
		ORDER BY lower(b.during), i.title
		LIMIT 100`);
	return rowsOf<{
		childcare_booking_id: string;
		booking_id: string;
		initiative_id: string;
		title: string;
		starts_at: string | Date;
		ends_at: string | Date;
		time_zone: string;
		children: number;
	}>(result).map((r) => ({
		bookingId: r.booking_id,
		initiativeId: r.initiative_id,
		initiativeTitle: r.title,
		startsAt: new Date(r.starts_at),
		endsAt: new Date(r.ends_at),
		timeZone: r.time_zone,
		children: Number(r.children)
	}));
}
