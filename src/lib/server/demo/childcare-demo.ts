/**
 * Demo childcare coupling: the itinerant crèche Petits Pas keeps places for the children of
 * parents attending activities (2 babies under 1, 4 children of 1 to 3), and the French workshops
 * ask for 3 children of 1 to 3 in their sessions. On Tuesdays the crèche is in the same facility
 * (Amabla, Tonkin) at that time: those sessions are coupled with it, as the rules propose, except
 * the last one, left for the organiser to mark and couple herself. On Thursdays the crèche is in
 * Les Buers, two kilometres away: nothing covers them, and the commune sees the gap.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { childcareLink, childcareNeed, childcareOffer, initiative } from '../db/schema.js';
import { lockSession, occurrence, upcomingOccurrences } from '../sessions/store.js';
import { childcareOccurrences, placeOfBooking } from '../childcare/store.js';
import { CHILDCARE_BANDS, proposals } from '#lib/domain/childcare.js';
import { weekdayOf, toLocal } from '#lib/domain/zoned-time.js';

const [BABIES, TODDLERS] = CHILDCARE_BANDS;

export async function seedDemoChildcare(tx: Database, now = new Date()): Promise<void> {
	const id = async (title: string) =>
		(await tx.select({ id: initiative.id }).from(initiative).where(eq(initiative.title, title)))[0]?.id;
	const creche = await id('Crèche itinérante Petits Pas');
	const workshops = await id('Ateliers de français du mardi et du jeudi');
	if (!creche || !workshops) return;
	await tx.insert(childcareOffer).values([
		{ initiativeId: creche, ...BABIES, places: 2 },
		{ initiativeId: creche, ...TODDLERS, places: 4 }
	]);
	// The workshops' weekly series of the demo weeks (not the far-off calendar demo's bookings).
	const horizon = now.getTime() + 7 * 7 * 86_400_000;
	const sessions = (await upcomingOccurrences(tx, workshops, now, 100)).filter((o) => o.startsAt.getTime() < horizon);
	const tuesdays = sessions.filter((o) => weekdayOf(toLocal(o.startsAt, o.timeZone).date) === 2);
	const lastTuesday = tuesdays.at(-1);
	for (const o of sessions) {
		if (o === lastTuesday) continue;
		const session = await lockSession(tx, o);
		await tx.insert(childcareNeed).values({ sessionId: session.id, ...TODDLERS, children: 3 });
		const place = await placeOfBooking(tx, o.bookingId);
		if (!place) continue;
		const candidates = await childcareOccurrences(tx, { from: o.startsAt, to: o.endsAt });
		const [best] = proposals(
			{ ...place, startsAt: o.startsAt, endsAt: o.endsAt, need: [{ ...TODDLERS, count: 3 }] },
			candidates
		);
		const childcare = best && (await occurrence(tx, best.childcare.initiativeId, best.childcare.bookingId));
		if (!childcare) continue;
		const childcareSession = await lockSession(tx, childcare);
		await tx.insert(childcareLink).values({ sessionId: session.id, childcareSessionId: childcareSession.id });
	}
}
