/**
 * Room closures, on both engines: a manager of the room closes it, and the pending and confirmed
 * bookings it covers are cancelled in the same transaction with the closure's reason.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf } from '#lib/server/db/client.js';
import { booking, commune, facility, organisation, roleGrant, room, roomClosure, user } from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { insertBookings } from '#lib/server/bookings/store.js';
import { closuresOverlapping } from '#lib/server/bookings/closures.js';
import { addRoomClosure } from '#lib/server/use-cases/add-room-closure.js';
import { removeRoomClosure } from '#lib/server/use-cases/remove-room-closure.js';
import { listRoomClosures } from '#lib/server/use-cases/list-room-closures.js';
import { localInterval } from '#lib/domain/zoned-time.js';
import { forEachEngine } from './engines.js';

const PARIS = 'Europe/Paris';
const now = new Date('2026-11-26T12:00:00Z');

forEachEngine('room closures', (use) => {
	const roomId = randomUUID();
	const otherRoomId = randomUUID();
	const orgId = randomUUID();
	const ids = {
		inside: randomUUID(),
		pendingInside: randomUUID(),
		after: randomUUID(),
		refused: randomUUID(),
		other: randomUUID()
	};
	const status = async (id: string) =>
		(
			await use().db.select({ status: booking.status, reason: booking.reason }).from(booking).where(eq(booking.id, id))
		)[0];
	const closures = async () => (await use().db.select({ n: count() }).from(roomClosure))[0]!.n;

	beforeAll(async () => {
		const { db } = use();
		const communeId = randomUUID();
		await db
			.insert(commune)
			.values({ id: communeId, inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A', timeZone: PARIS });
		const facilityId = randomUUID();
		await db.insert(facility).values({ id: facilityId, name: 'Maison', communeId, address: '1 rue' });
		await db.insert(room).values([
			{ id: roomId, facilityId, name: 'Salle A', areaM2: 40, capacity: 20 },
			{ id: otherRoomId, facilityId, name: 'Salle B', areaM2: 40, capacity: 20 }
		]);
		await db.insert(organisation).values({ id: orgId, name: 'Femmes en Mouvement', type: 'association', communeId });
		await db.insert(user).values([
			{ id: 'cl-manager', name: 'Gestionnaire', email: 'gestion-fermeture@exemple.fr' },
			{ id: 'cl-member', name: 'Membre', email: 'membre-fermeture@exemple.fr' }
		]);
		await db.insert(roleGrant).values([
			{ id: 'cl-g1', userId: 'cl-manager', role: 'facility_manager', scopeType: 'commune', scopeId: communeId },
			{ id: 'cl-g2', userId: 'cl-member', role: 'organisation_member', scopeType: 'organisation', scopeId: orgId }
		]);
		const at = (date: string, start: string, end: string) => localInterval(date, start, end, PARIS);
		await db.transaction((tx) =>
			insertBookings(tx, [
				{
					id: ids.inside,
					roomId,
					title: 'Cuisine partagée',
					organisationId: orgId,
					status: 'confirmed',
					interval: at('2027-07-06', '12:00', '14:00')
				},
				{
					id: ids.pendingInside,
					roomId,
					title: 'Atelier couture',
					status: 'pending',
					interval: at('2027-07-07', '09:00', '12:00')
				},
				// Ends when the closure begins: half-open ranges do not overlap.
				{
					id: ids.after,
					roomId,
					title: 'Répétition',
					status: 'confirmed',
					interval: at('2027-07-20', '08:00', '10:00')
				},
				{ id: ids.refused, roomId, title: 'Refusée', status: 'refused', interval: at('2027-07-08', '09:00', '12:00') },
				{
					id: ids.other,
					roomId: otherRoomId,
					title: 'Autre salle',
					status: 'confirmed',
					interval: at('2027-07-06', '12:00', '14:00')
				}
			])
		);
	});

	const form = { from: '2027-07-05T08:00', to: '2027-07-20T08:00', reason: 'Travaux de peinture' };

	it('refuses anyone who does not manage the room, and writes nothing', async () => {
		await expect(
			addRoomClosure(use(), await loadActor(use().db, 'cl-member'), roomId, form, now)
		).rejects.toMatchObject({
			reason: 'AUTH.FORBIDDEN'
		});
		await expect(addRoomClosure(use(), null, roomId, form, now)).rejects.toMatchObject({
			reason: 'AUTH.SIGN_IN_REQUIRED'
		});
		expect(await closures()).toBe(0);
		expect((await status(ids.inside))?.status).toBe('confirmed');
	});

	it('refuses a closure that ends before it starts, and writes nothing', async () => {
		const result = await addRoomClosure(
			use(),
			await loadActor(use().db, 'cl-manager'),
			roomId,
			{ ...form, to: '2027-07-01T08:00' },
			now
		);
		expect(result).toEqual({ ok: false, fieldErrors: { to: 'TIME.CLOSURE_END_BEFORE_START' } });
		expect(await closures()).toBe(0);
	});

	it('closes the room and cancels exactly the pending and confirmed bookings it covers, with its reason', async () => {
		const result = await addRoomClosure(use(), await loadActor(use().db, 'cl-manager'), roomId, form, now);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.cancelled).toEqual([
			{
				id: ids.inside,
				title: 'Cuisine partagée',
				organisationName: 'Femmes en Mouvement',
				date: '2027-07-06',
				startTime: '12:00',
				endTime: '14:00',
				endDate: '2027-07-06'
			},
			{
				id: ids.pendingInside,
				title: 'Atelier couture',
				organisationName: null,
				date: '2027-07-07',
				startTime: '09:00',
				endTime: '12:00',
				endDate: '2027-07-07'
			}
		]);
		expect(await status(ids.inside)).toEqual({ status: 'cancelled', reason: 'Travaux de peinture' });
		expect(await status(ids.pendingInside)).toEqual({ status: 'cancelled', reason: 'Travaux de peinture' });
		expect((await status(ids.after))?.status).toBe('confirmed');
		expect((await status(ids.refused))?.status).toBe('refused');
		expect((await status(ids.other))?.status).toBe('confirmed');
		// One notification job for the cancellations, written in the closure's transaction.
		const jobs = rowsOf<{ data: { kind: string; bookingIds: string[]; reason: string } }>(
			await use().db.execute(sql`SELECT data FROM pgboss.job WHERE name = 'notification-dispatch'`)
		).map((r) => r.data);
		expect(jobs.filter((d) => d.kind === 'booking.cancelled')).toEqual([
			{ kind: 'booking.cancelled', bookingIds: [ids.inside, ids.pendingInside], reason: 'Travaux de peinture' }
		]);
		// The freed slot can be booked again only once the closure is gone: the closure is not a booking.
		const listed = await listRoomClosures(use(), await loadActor(use().db, 'cl-manager'), roomId, now);
		expect(listed?.closures).toEqual([
			{
				id: result.closureId,
				reason: 'Travaux de peinture',
				from: { date: '2027-07-05', time: '08:00' },
				to: { date: '2027-07-20', time: '08:00' },
				past: false
			}
		]);
	});

	it('tells previews which closures an interval meets', async () => {
		const inside = localInterval('2027-07-10', '10:00', '12:00', PARIS);
		const outside = localInterval('2027-07-20', '08:00', '10:00', PARIS);
		const found = await closuresOverlapping(use().db, [roomId, otherRoomId], [outside, inside]);
		expect(found.map((c) => [c.roomId, c.reason])).toEqual([[roomId, 'Travaux de peinture']]);
		expect(await closuresOverlapping(use().db, [roomId], [outside])).toEqual([]);
		expect(await closuresOverlapping(use().db, [otherRoomId], [inside])).toEqual([]);
	});

	it('removes a closure, and the cancelled bookings stay cancelled', async () => {
		const [c] = await use().db.select({ id: roomClosure.id }).from(roomClosure);
		await expect(removeRoomClosure(use(), await loadActor(use().db, 'cl-member'), roomId, c!.id)).rejects.toMatchObject(
			{
				reason: 'AUTH.FORBIDDEN'
			}
		);
		expect(await removeRoomClosure(use(), await loadActor(use().db, 'cl-manager'), otherRoomId, c!.id)).toEqual({
			ok: false,
			fieldErrors: { form: 'NOT_FOUND' }
		});
		expect(await removeRoomClosure(use(), await loadActor(use().db, 'cl-manager'), roomId, c!.id)).toEqual({
			ok: true
		});
		expect(await closures()).toBe(0);
		const rows = await use()
			.db.select({ status: booking.status })
			.from(booking)
			.where(inArray(booking.id, [ids.inside, ids.pendingInside]));
		expect(rows.every((r) => r.status === 'cancelled')).toBe(true);
	});
});
