import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { organisationOfInitiative } from '../initiatives/queries.js';
import { childcareNeed } from '../db/schema.js';
import { lockSession, occurrence, upcomingOccurrences, type Occurrence } from '../sessions/store.js';
import { parseBandCounts, type BandCount } from '#lib/domain/childcare.js';
import type { Database } from '../db/client.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type ChildcareNeedResult = { ok: true; sessions: number } | { ok: false; fieldErrors: Record<string, string> };

/**
 * The organiser marks a session "childcare needed": how many children of each age band (all
 * empty: no childcare needed any more). Without a booking, every coming session of the initiative
 * gets the same need, each under its session's lock, all in one transaction.
 */
export async function setChildcareNeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { initiativeId: string; bookingId?: string; values: Record<string, unknown>; now?: Date }
): Promise<ChildcareNeedResult | null> {
	const organisationId = await organisationOfInitiative(ctx.db, input.initiativeId);
	if (!organisationId) return null;
	assertAllowed(actor, 'organisation.act', { organisationId });
	const parsed = parseBandCounts(input.values, 'need');
	if (!parsed.ok) return parsed;
	const now = input.now ?? new Date();
	let targets: Occurrence[];
	if (input.bookingId) {
		const o = await occurrence(ctx.db, input.initiativeId, input.bookingId);
		if (!o) return null;
		if (o.startsAt <= now) return { ok: false, fieldErrors: { form: 'SESSION.STARTED' } };
		targets = [o];
	} else targets = await upcomingOccurrences(ctx.db, input.initiativeId, now, 1000);
	return ctx.db.transaction(async (tx) => {
		for (const o of targets) await replaceNeed(tx, (await lockSession(tx, o)).id, parsed.counts);
		return { ok: true as const, sessions: targets.length };
	});
}

async function replaceNeed(tx: Database, sessionId: string, counts: BandCount[]): Promise<void> {
	await tx.delete(childcareNeed).where(eq(childcareNeed.sessionId, sessionId));
	if (counts.length > 0)
		await tx
			.insert(childcareNeed)
			.values(counts.map((c) => ({ sessionId, minMonths: c.minMonths, maxMonths: c.maxMonths, children: c.count })));
}
