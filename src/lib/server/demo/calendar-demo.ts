/**
 * A few bookings of the demo's Atelier textile, so that its calendar, feed and occupancy show
 * something: confirmed, pending and private bookings on both sides of the March 2029
 * daylight-saving change. Far from the dates other demos and tests book (2027–2028), so they
 * never collide with them under the no-overlap constraint.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { initiative, organisation, room } from '../db/schema.js';
import { insertBookings, type NewBooking } from '../bookings/store.js';
import { localInterval } from '#lib/domain/zoned-time.js';

export const DEMO_CALENDAR_ROOM = 'Atelier textile';
export const DEMO_CALENDAR_WEEK = '2029-03-19';

export async function seedDemoCalendarBookings(tx: Database): Promise<number> {
	const [r] = await tx.select({ id: room.id }).from(room).where(eq(room.name, DEMO_CALENDAR_ROOM));
	const orgs = new Map(
		(await tx.select({ id: organisation.id, name: organisation.name }).from(organisation)).map((o) => [o.name, o.id])
	);
	const women = orgs.get('Femmes en Mouvement Saint-Jean');
	const creche = orgs.get('SCOP Petits Pas Itinérants');
	if (!r || !women || !creche) return 0;
	const [french] = await tx
		.select({ id: initiative.id })
		.from(initiative)
		.where(eq(initiative.organisationId, women))
		.limit(1);
	const at = (date: string, start: string, end: string) => localInterval(date, start, end, 'Europe/Paris');
	const rows: NewBooking[] = [
		{
			title: 'Atelier couture du mardi',
			organisationId: women,
			initiativeId: french?.id ?? null,
			status: 'confirmed',
			interval: at('2029-03-20', '14:00', '17:00')
		},
		{
			title: 'Réunion d’équipe',
			organisationId: creche,
			status: 'confirmed',
			isPublic: false,
			interval: at('2029-03-23', '10:00', '12:00')
		},
		{
			title: 'Atelier couture du mardi',
			organisationId: women,
			initiativeId: french?.id ?? null,
			status: 'confirmed',
			interval: at('2029-03-27', '14:00', '17:00')
		},
		{
			title: 'Débat : les femmes et la ville',
			organisationId: women,
			status: 'pending',
			interval: at('2029-03-29', '18:00', '20:00')
		}
	].map((b) => ({ id: randomUUID(), roomId: r.id, ...b }));
	await insertBookings(tx, rows);
	return rows.length;
}
