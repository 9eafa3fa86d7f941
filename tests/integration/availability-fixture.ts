/**
 * A small commune for the availability tests: room A (asked for) is taken every Tuesday morning
 * of March 2027; E, in A's quartier, is free; C, in the other quartier, is closed one day; B has
 * two bookings (and one refused request, which does not count); D is too small for the practice.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '#lib/server/db/client.js';
import { commune, facility, practice, quartier, room, roomClosure } from '#lib/server/db/schema.js';
import { insertBookings } from '#lib/server/bookings/store.js';
import { localInterval, toRangeLiteral } from '#lib/domain/zoned-time.js';

export const TZ = 'Europe/Paris';
/** Five Tuesdays, across the spring daylight-saving change (2027-03-28). */
export const TUESDAYS = ['2027-03-02', '2027-03-09', '2027-03-16', '2027-03-23', '2027-03-30'];
export const at = (date: string, start = '09:00', end = '12:00') => localInterval(date, start, end, TZ);

export async function availabilityFixture(db: Database) {
	const communeId = randomUUID();
	await db.insert(commune).values({
		id: communeId,
		inseeCode: String(Math.floor(10000 + Math.random() * 89999)),
		name: 'Dispoville',
		holidayZone: 'C',
		departement: '69'
	});
	const q1 = { id: randomUUID(), communeId, name: 'Les Platanes' };
	const q2 = { id: randomUUID(), communeId, name: 'La Gare' };
	await db.insert(quartier).values([q1, q2]);
	const f1 = randomUUID();
	const f2 = randomUUID();
	await db.insert(facility).values([
		{ id: f1, name: 'Maison des Platanes', communeId, quartierId: q1.id, address: '1 rue' },
		{ id: f2, name: 'Centre de la Gare', communeId, quartierId: q2.id, address: '2 rue' }
	]);
	const ids = { A: randomUUID(), B: randomUUID(), C: randomUUID(), D: randomUUID(), E: randomUUID() };
	const hours = [
		{ weekday: 2, start: '08:00', end: '18:00' },
		{ weekday: 4, start: '08:00', end: '18:00' }
	];
	await db.insert(room).values([
		{ id: ids.A, facilityId: f1, name: 'Salle A', areaM2: 40, capacity: 20, openingHours: hours },
		{ id: ids.B, facilityId: f1, name: 'Salle B', areaM2: 40, capacity: 20 },
		{ id: ids.C, facilityId: f2, name: 'Salle C', areaM2: 40, capacity: 20 },
		{ id: ids.D, facilityId: f2, name: 'Salle D', areaM2: 10, capacity: 5 },
		{ id: ids.E, facilityId: f1, name: 'Salle E', areaM2: 35, capacity: 20 }
	]);
	const practiceId = randomUUID();
	await db.insert(practice).values({
		id: practiceId,
		slug: `atelier-${practiceId.slice(0, 8)}`,
		status: 'published',
		title: 'Atelier couture',
		summary: 'Un atelier',
		minAreaM2: 30
	});
	const b = (roomId: string, interval: ReturnType<typeof at>, status = 'confirmed') => ({
		id: randomUUID(),
		roomId,
		title: 'Déjà là',
		status,
		interval
	});
	await insertBookings(db, [
		...TUESDAYS.map((d) => b(ids.A, at(d))),
		b(ids.B, at('2027-03-09', '10:00', '11:00'), 'pending'),
		b(ids.B, at('2027-03-30', '11:30', '12:30')),
		b(ids.B, at('2027-03-16', '09:00', '12:00'), 'refused'),
		// Back to back with the asked slot: not a conflict.
		b(ids.E, at('2027-03-02', '12:00', '13:00')),
		b(ids.A, at('2027-03-04', '09:30', '10:00'))
	]);
	await db.insert(roomClosure).values({
		id: randomUUID(),
		roomId: ids.C,
		during: toRangeLiteral({ start: at('2027-03-23', '00:00', '00:00').start, end: at('2027-03-24', '00:00').start }),
		reason: 'Travaux'
	});
	return { communeId, quartiers: { q1: q1.id, q2: q2.id }, rooms: ids, practiceId };
}
