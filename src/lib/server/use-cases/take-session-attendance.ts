import { eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { initiativeSession, sessionSignup } from '../db/schema.js';
import { lockSession, occurrence, signupsOf } from '../sessions/store.js';
import { holdsPlace, parseAttendance } from '#lib/domain/session-signups.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type AttendanceResult = { ok: true; attended: number } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The organiser marks, once the session has started, who came and who did not, for every place
 * held (marks can be corrected later). Nothing is written unless every place is marked. What
 * came out feeds the month's impact report as a suggestion, never by rewriting a filed report.
 */
export async function takeSessionAttendance(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId: string; values: Record<string, unknown>; now?: Date }
): Promise<AttendanceResult | null> {
	const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
	if (!o) return null;
	assertAllowed(actor, 'organisation.act', { organisationId: o.organisationId });
	const now = input.now ?? new Date();
	if (o.startsAt > now) return { ok: false, fieldErrors: { form: 'SESSION.NOT_STARTED' } };
	return ctx.db.transaction(async (tx) => {
		const session = await lockSession(tx, o);
		const places = (await signupsOf(tx, session.id)).filter((s) => holdsPlace(s.status));
		if (places.length === 0) return { ok: false as const, fieldErrors: { form: 'SESSION.NOBODY' } };
		const parsed = parseAttendance(
			input.values,
			places.map((p) => p.id)
		);
		if (!parsed.ok) return parsed;
		for (const mark of ['attended', 'absent'] as const) {
			const ids = places.filter((p) => parsed.marks.get(p.id) === mark).map((p) => p.id);
			if (ids.length > 0)
				await tx
					.update(sessionSignup)
					.set({ status: mark, updatedAt: sql`now()` })
					.where(inArray(sessionSignup.id, ids));
		}
		await tx.update(initiativeSession).set({ attendanceTakenAt: now }).where(eq(initiativeSession.id, session.id));
		return { ok: true as const, attended: [...parsed.marks.values()].filter((v) => v === 'attended').length };
	});
}
