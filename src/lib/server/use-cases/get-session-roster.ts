import { inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { user } from '../db/schema.js';
import { effectiveCapacity, findSession, occurrence, signupsOf } from '../sessions/store.js';
import { protectedAttendance, sessionAttendanceGrid } from '../sessions/attendance-figures.js';
import { reservationsOf } from '../childcare/reservations.js';
import { holdsPlace, placesLeft, waitingList } from '#lib/domain/session-signups.js';
import type { Actor } from '#lib/domain/authorisation.js';

/**
 * The organiser's view of one session: who has a place, who waits (in order), who was recorded at
 * the counter and by whom, and, once attendance is taken, who came counted by gender and age band
 * through disclosure control (small groups hidden, as everywhere in the observatory).
 */
export async function getSessionRoster(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; now?: Date }
) {
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: o.organisationId });
	const now = input.now ?? new Date();
	const session = await findSession(ctx.db, o);
	const signups = session ? await signupsOf(ctx.db, session.id) : [];
	const userIds = [...new Set(signups.flatMap((s) => [s.userId, s.recordedBy]).filter((id): id is string => !!id))];
	const names = new Map(
		userIds.length === 0
			? []
			: (await ctx.db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, userIds))).map((u) => [
					u.id,
					u.name
				])
	);
	const capacity = effectiveCapacity(session, o);
	// The ages of the children each person brings to the coupled childcare, so the organiser can tell the crèche.
	const reservations = await reservationsOf(
		ctx.db,
		signups.map((s) => s.id)
	);
	const person = (s: (typeof signups)[number]) => ({
		id: s.id,
		status: s.status,
		name: s.userId ? (names.get(s.userId) ?? '') : (s.displayName ?? ''),
		phone: s.phone,
		atCounter: s.userId === null,
		recordedBy: s.recordedBy ? (names.get(s.recordedBy) ?? null) : null,
		children: reservations
			.filter((r) => r.signupId === s.id)
			.map((r) => ({ ageYears: Math.floor(r.ageMonths / 12), held: r.status === 'held' }))
	});
	const grid = session?.attendanceTakenAt ? await sessionAttendanceGrid(ctx.db, session.id) : null;
	return {
		occurrence: o,
		capacity,
		sessionCapacity: session?.capacity ?? null,
		placesLeft: capacity === null ? 0 : placesLeft(signups, capacity),
		started: o.startsAt <= now,
		attendanceTakenAt: session?.attendanceTakenAt ?? null,
		places: signups.filter((s) => holdsPlace(s.status)).map(person),
		waiting: waitingList(signups).map((w) => person(signups.find((s) => s.id === w.id)!)),
		cancelled: signups.filter((s) => s.status === 'cancelled').length,
		attendance: grid ? { total: grid.total, table: protectedAttendance(grid) } : null
	};
}
