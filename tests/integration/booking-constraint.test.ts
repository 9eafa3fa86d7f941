/**
 * The schema's promise, checked on both engines: two pending or confirmed bookings of one room
 * never overlap (SQLSTATE 23P01), back-to-back bookings pass, refused and cancelled ones free the slot.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { booking, commune, facility, room } from '#lib/server/db/schema.js';
import { BookingConflictError, findHeldOverlaps, insertBookings } from '#lib/server/bookings/store.js';
import { localInterval } from '#lib/domain/zoned-time.js';
import { forEachEngine } from './engines.js';

forEachEngine('booking exclusion constraint', (use) => {
	let roomId = '';
	let otherRoomId = '';

	const insert = (range: string, status = 'pending', inRoom = roomId) =>
		use().db.insert(booking).values({ id: randomUUID(), roomId: inRoom, title: 'Atelier', during: range, status });

	const sqlState = async (promise: Promise<unknown>): Promise<string | undefined> => {
		try {
			await promise;
			return undefined;
		} catch (error) {
			let e: unknown = error;
			while (e && typeof e === 'object') {
				const code = (e as { code?: unknown }).code;
				if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
				e = (e as { cause?: unknown }).cause;
			}
			throw error;
		}
	};

	it('sets up a room', async () => {
		const { db } = use();
		const communeId = randomUUID();
		await db.insert(commune).values({ id: communeId, inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' });
		const facilityId = randomUUID();
		await db.insert(facility).values({ id: facilityId, name: 'Maison', communeId, address: '1 rue' });
		roomId = randomUUID();
		otherRoomId = randomUUID();
		await db.insert(room).values([
			{ id: roomId, facilityId, name: 'Salle A', areaM2: 40, capacity: 20 },
			{ id: otherRoomId, facilityId, name: 'Salle B', areaM2: 40, capacity: 20 }
		]);
	});

	it('refuses an overlapping pending or confirmed booking with 23P01', async () => {
		expect(await sqlState(insert('[2026-09-01 07:00+00,2026-09-01 09:00+00)', 'confirmed'))).toBeUndefined();
		expect(await sqlState(insert('[2026-09-01 08:00+00,2026-09-01 10:00+00)'))).toBe('23P01');
		expect(await sqlState(insert('[2026-09-01 08:30+00,2026-09-01 08:45+00)', 'confirmed'))).toBe('23P01');
	});

	it('lets back-to-back bookings, other rooms and refused or cancelled ones through', async () => {
		expect(await sqlState(insert('[2026-09-01 09:00+00,2026-09-01 10:00+00)'))).toBeUndefined();
		expect(await sqlState(insert('[2026-09-01 06:00+00,2026-09-01 07:00+00)', 'confirmed'))).toBeUndefined();
		expect(await sqlState(insert('[2026-09-01 07:00+00,2026-09-01 09:00+00)', 'pending', otherRoomId))).toBeUndefined();
		expect(await sqlState(insert('[2026-09-01 07:00+00,2026-09-01 09:00+00)', 'refused'))).toBeUndefined();
		expect(await sqlState(insert('[2026-09-01 07:00+00,2026-09-01 09:00+00)', 'cancelled'))).toBeUndefined();
	});

	it('refuses empty, reversed or closed-ended ranges and unknown statuses', async () => {
		expect(await sqlState(insert('[2026-09-02 09:00+00,2026-09-02 09:00+00)'))).toBe('23514');
		expect(await sqlState(insert('[2026-09-02 09:00+00,2026-09-02 10:00+00]'))).toBe('23514');
		expect(await sqlState(insert('[2026-09-02 09:00+00,)'))).toBe('23514');
		expect(await sqlState(insert('[2026-09-03 09:00+00,2026-09-03 10:00+00)', 'maybe'))).toBe('23514');
		expect(await sqlState(insert('[2026-09-02 10:00+00,2026-09-02 09:00+00)'))).toBe('22000');
	});

	it('writes a series whole or not at all, and tells which held slots overlap', async () => {
		const { db } = use();
		const at = (date: string) => localInterval(date, '09:00', '11:00', 'Europe/Paris');
		await insertBookings(db, [
			{ id: randomUUID(), roomId: otherRoomId, title: 'Crèche', status: 'confirmed', interval: at('2026-10-06') }
		]);
		const series = ['2026-09-29', '2026-10-06', '2026-10-13'].map((d) => ({
			id: randomUUID(),
			roomId: otherRoomId,
			title: 'Cours de français',
			interval: at(d)
		}));
		await expect(db.transaction((tx) => insertBookings(tx, series))).rejects.toBeInstanceOf(BookingConflictError);
		const held = await findHeldOverlaps(
			db,
			[otherRoomId],
			series.map((s) => s.interval)
		);
		expect(held.map((h) => h.title)).toEqual(['Crèche']);
		expect(held[0]!.interval).toEqual(at('2026-10-06'));
		// Nothing of the refused series was kept.
		const again = await findHeldOverlaps(db, [otherRoomId], [at('2026-09-29'), at('2026-10-13')]);
		expect(again).toEqual([]);
	});
});
