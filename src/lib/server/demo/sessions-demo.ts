/**
 * Demo sign-ups: the French workshops of Femmes en Mouvement Saint-Jean (their confirmed
 * Tuesday and Thursday bookings) take 12 people per session, and the first session already has
 * a few people signed up at the counter by the association's member, so the organiser's page and
 * the places left show something true-to-life. Last Tuesday's session took place too, with the
 * same people signed up, its attendance still to take. Counter sign-ups only: demo residents sign
 * up themselves, and no demographic data is invented.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { booking, initiative, initiativeSession, sessionSignup, user } from '../db/schema.js';
import { insertBookings } from '../bookings/store.js';
import { addDays, localInterval, toLocal, weekdayOf } from '#lib/domain/zoned-time.js';

const WORKSHOPS = 'Ateliers de français du mardi et du jeudi';
export const DEMO_SESSION_CAPACITY = 12;
const AT_THE_COUNTER = [
	{ displayName: 'Awa D.', phone: '06 12 34 56 78' },
	{ displayName: 'Mme Benali', phone: null },
	{ displayName: 'Khadija', phone: '07 98 76 54 32' }
];

const TZ = 'Europe/Paris';

export async function seedDemoSessions(tx: Database, now = new Date()): Promise<void> {
	const [workshops] = await tx
		.select({ id: initiative.id, organisationId: initiative.organisationId })
		.from(initiative)
		.where(eq(initiative.title, WORKSHOPS));
	if (!workshops) return;
	await tx.update(initiative).set({ sessionCapacity: DEMO_SESSION_CAPACITY }).where(eq(initiative.id, workshops.id));
	const [first] = await tx
		.select({ id: booking.id, roomId: booking.roomId, startsAt: sql<string>`lower(${booking.during})` })
		.from(booking)
		.where(and(eq(booking.initiativeId, workshops.id), eq(booking.status, 'confirmed')))
		.orderBy(sql`lower(${booking.during})`)
		.limit(1);
	if (!first) return;
	const [member] = await tx
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'membre@demo.quartiers-vivants.fr'));
	// Last week's Tuesday, strictly before today: a session that took place.
	const today = toLocal(now, TZ).date;
	const lastTuesday = addDays(today, -((weekdayOf(today) + 5) % 7) - 7);
	const pastId = randomUUID();
	await insertBookings(tx, [
		{
			id: pastId,
			roomId: first.roomId,
			organisationId: workshops.organisationId,
			initiativeId: workshops.id,
			requestedBy: member?.id ?? null,
			title: 'Ateliers de français',
			status: 'confirmed',
			interval: localInterval(lastTuesday, '09:00', '11:00', TZ)
		}
	]);
	const [past] = await tx
		.select({ startsAt: sql<string>`lower(${booking.during})` })
		.from(booking)
		.where(eq(booking.id, pastId));
	for (const occurrence of [
		{ id: first.id, startsAt: first.startsAt },
		{ id: pastId, startsAt: past!.startsAt }
	]) {
		const sessionId = randomUUID();
		await tx.insert(initiativeSession).values({
			id: sessionId,
			initiativeId: workshops.id,
			bookingId: occurrence.id,
			startsAt: new Date(occurrence.startsAt)
		});
		await tx.insert(sessionSignup).values(
			AT_THE_COUNTER.map((p) => ({
				id: randomUUID(),
				sessionId,
				...p,
				recordedBy: member?.id ?? null,
				status: 'confirmed'
			}))
		);
	}
}
