/**
 * Requests waiting for the demo facility manager, so that /manage/bookings has something to decide
 * on a fresh install: a weekly series and two one-off meetings asked by Femmes en Mouvement
 * Saint-Jean (the demo member), in 2029 evenings where nothing else of the demo is booked.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookingSeries, facility, organisation, room, user } from '../db/schema.js';
import { insertBookings } from '../bookings/store.js';
import { localInterval } from '#lib/domain/zoned-time.js';

export const DEMO_REQUESTS = {
	series: { title: 'Atelier couture du mardi', dates: ['2029-01-09', '2029-01-16', '2029-01-23'] },
	meeting: { title: 'Réunion des parents', date: '2029-02-06' },
	lesson: { title: 'Cours de français', date: '2029-03-06' },
	start: '18:00',
	end: '19:30'
} as const;

export async function seedDemoBookingRequests(tx: Database): Promise<void> {
	const [member] = await tx
		.select({ id: user.id })
		.from(user)
		.where(eq(user.email, 'membre@demo.quartiers-vivants.fr'));
	const [org] = await tx
		.select({ id: organisation.id })
		.from(organisation)
		.where(eq(organisation.name, 'Femmes en Mouvement Saint-Jean'));
	const [target] = await tx
		.select({ id: room.id })
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.orderBy(asc(facility.name), asc(room.name))
		.limit(1);
	if (!member || !org || !target) return;
	const { start, end } = DEMO_REQUESTS;
	const common = { roomId: target.id, organisationId: org.id, requestedBy: member.id };
	const seriesId = randomUUID();
	await tx.insert(bookingSeries).values({
		id: seriesId,
		...common,
		title: DEMO_REQUESTS.series.title,
		rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=3',
		startsOn: DEMO_REQUESTS.series.dates[0],
		startTime: start,
		endTime: end,
		timeZone: 'Europe/Paris'
	});
	await insertBookings(tx, [
		...DEMO_REQUESTS.series.dates.map((date) => ({
			id: randomUUID(),
			...common,
			seriesId,
			occurrenceDate: date,
			title: DEMO_REQUESTS.series.title,
			interval: localInterval(date, start, end, 'Europe/Paris')
		})),
		...[DEMO_REQUESTS.meeting, DEMO_REQUESTS.lesson].map((one) => ({
			id: randomUUID(),
			...common,
			title: one.title,
			interval: localInterval(one.date, start, end, 'Europe/Paris')
		}))
	]);
}
