import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { initiative } from '../db/schema.js';
import { sessionSignup } from '../db/schema.js';
import {
	effectiveCapacity,
	findSession,
	recentOccurrences,
	takenBySession,
	upcomingOccurrences
} from '../sessions/store.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import type { SignupStatus } from '#lib/domain/session-signups.js';

/**
 * An initiative's coming sessions that take sign-ups, with the places left, for everyone; the
 * signed-in reader also sees her own place (or her rank in the waiting list) in each.
 */
export async function listInitiativeSessions(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; now?: Date }
) {
	const now = input.now ?? new Date();
	const [found] = await ctx.db
		.select({
			id: initiative.id,
			title: initiative.title,
			organisationId: initiative.organisationId,
			sessionCapacity: initiative.sessionCapacity
		})
		.from(initiative)
		.where(eq(initiative.id, input.initiativeId));
	if (!found) return null;
	const canManage = authorise(actor, 'organisation.act', { organisationId: found.organisationId }).allowed;
	const occurrences = await upcomingOccurrences(ctx.db, found.id, now);
	const sessions = await Promise.all(occurrences.map(async (o) => ({ o, session: await findSession(ctx.db, o) })));
	const counts = await takenBySession(
		ctx.db,
		sessions.flatMap((s) => (s.session ? [s.session.id] : []))
	);
	const mine = new Map<string, { id: string; status: SignupStatus; position: number | null }>();
	if (actor)
		for (const { session } of sessions) {
			if (!session) continue;
			const rows = await ctx.db
				.select({
					id: sessionSignup.id,
					status: sessionSignup.status,
					position: sessionSignup.position,
					userId: sessionSignup.userId
				})
				.from(sessionSignup)
				.where(eq(sessionSignup.sessionId, session.id));
			const own = rows.find((r) => r.userId === actor.userId && r.status !== 'cancelled');
			if (own) {
				// Her rank among those waiting, not the raw position (which keeps gaps after cancellations).
				const ahead = rows.filter((r) => r.status === 'waiting' && (r.position ?? 0) < (own.position ?? 0)).length;
				mine.set(session.id, {
					id: own.id,
					status: own.status as SignupStatus,
					position: own.status === 'waiting' ? ahead + 1 : null
				});
			}
		}
	// The organiser also gets the sessions of the last two weeks, to take their attendance.
	const recent = canManage ? await recentOccurrences(ctx.db, found.id, now) : [];
	return {
		initiative: { id: found.id, title: found.title, sessionCapacity: found.sessionCapacity },
		canManage,
		recent: recent.map((o) => ({
			bookingId: o.bookingId,
			startsAt: o.startsAt,
			endsAt: o.endsAt,
			timeZone: o.timeZone
		})),
		sessions: sessions.flatMap(({ o, session }) => {
			const capacity = effectiveCapacity(session, o);
			if (capacity === null) return [];
			const c = (session && counts.get(session.id)) ?? { taken: 0, waiting: 0 };
			return [
				{
					bookingId: o.bookingId,
					startsAt: o.startsAt,
					endsAt: o.endsAt,
					roomName: o.roomName,
					facilityName: o.facilityName,
					timeZone: o.timeZone,
					capacity,
					placesLeft: Math.max(0, capacity - c.taken),
					waiting: c.waiting,
					mine: (session && mine.get(session.id)) ?? null
				}
			];
		})
	};
}
