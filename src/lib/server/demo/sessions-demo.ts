/**
 * Demo sign-ups: the French workshops of Femmes en Mouvement Saint-Jean (their confirmed
 * Tuesday and Thursday bookings) take 12 people per session, and the first session already has
 * a few people signed up at the counter by the association's member, so the organiser's page and
 * the places left show something true-to-life. Counter sign-ups only: demo residents sign up
 * themselves, and no demographic data is invented.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { booking, initiative, initiativeSession, sessionSignup, user } from '../db/schema.js';

const WORKSHOPS = 'Ateliers de français du mardi et du jeudi';
export const DEMO_SESSION_CAPACITY = 12;
const AT_THE_COUNTER = [
	{ displayName: 'Awa D.', phone: '06 12 34 56 78' },
	{ displayName: 'Mme Benali', phone: null },
	{ displayName: 'Khadija', phone: '07 98 76 54 32' }
];

export async function seedDemoSessions(tx: Database): Promise<void> {
	const [workshops] = await tx.select({ id: initiative.id }).from(initiative).where(eq(initiative.title, WORKSHOPS));
	if (!workshops) return;
	await tx.update(initiative).set({ sessionCapacity: DEMO_SESSION_CAPACITY }).where(eq(initiative.id, workshops.id));
	const [first] = await tx
		.select({ id: booking.id, startsAt: sql<string>`lower(${booking.during})` })
		.from(booking)
		.where(and(eq(booking.initiativeId, workshops.id), eq(booking.status, 'confirmed')))
		.orderBy(sql`lower(${booking.during})`)
		.limit(1);
	if (!first) return;
	const [member] = await tx
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'membre@demo.quartiers-vivants.fr'));
	const sessionId = randomUUID();
	await tx.insert(initiativeSession).values({
		id: sessionId,
		initiativeId: workshops.id,
		bookingId: first.id,
		startsAt: new Date(first.startsAt)
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
