/**
 * Managers decide on requests, on both engines: a whole series, single occurrences, a refusal
 * with its reason, a manager's cancellation; anyone else is refused; each decision notifies.
 */
import { expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { booking, notification } from '#lib/server/db/schema.js';
import { loadActor, AccessDenied } from '#lib/server/authorisation.js';
import { decideBooking } from '#lib/server/use-cases/decide-booking.js';
import { cancelBookingAsManager } from '#lib/server/use-cases/cancel-booking-as-manager.js';
import { listBookingRequests } from '#lib/server/use-cases/list-booking-requests.js';
import { forEachEngine } from './engines.js';
import { eventually, requestSeries, seedTerritory, statusesOf, type Territory } from './booking-fixtures.js';

const NOW = new Date('2030-12-01T10:00:00Z');

forEachEngine('deciding on booking requests', (use) => {
	let t: Territory;
	const actor = async (id: string) => (await loadActor(use().db, id))!;

	it('sets up a territory', async () => {
		t = await seedTerritory(use().db);
	});

	it('lists pending requests of the rooms a manager manages, grouped by series, oldest first', async () => {
		const { db } = use();
		const first = await requestSeries(db, t, ['2031-01-07', '2031-01-14', '2031-01-21'], { title: 'Couture' });
		const other = await requestSeries(db, t, ['2031-01-08'], { roomId: t.otherRoomId, title: 'Cuisine' });
		const second = await requestSeries(db, t, ['2031-01-09'], { title: 'Permanence' });
		const mine = await listBookingRequests(use(), await actor(t.managerId), {});
		expect(mine.pending.map((g) => g.title)).toEqual(['Couture', 'Permanence']);
		expect(mine.pending[0]).toMatchObject({ seriesId: first.seriesId, roomName: 'Salle polyvalente' });
		expect(mine.pending[0]!.occurrences.map((o) => [o.date, o.start, o.end])).toEqual([
			['2031-01-07', '14:00', '16:00'],
			['2031-01-14', '14:00', '16:00'],
			['2031-01-21', '14:00', '16:00']
		]);
		const commune = await listBookingRequests(use(), await actor(t.communeManagerId), {});
		expect(commune.pending.map((g) => g.title)).toEqual(['Couture', 'Cuisine', 'Permanence']);
		const filtered = await listBookingRequests(use(), await actor(t.communeManagerId), { roomId: t.otherRoomId });
		expect(filtered.pending.map((g) => g.key)).toEqual([other.bookingIds[0]]);
		expect(second.seriesId).toBeNull();
		await expect(listBookingRequests(use(), await actor(t.requesterId), {})).rejects.toBeInstanceOf(AccessDenied);
	});

	it('confirms a whole series and tells the requester', async () => {
		const { db } = use();
		const { seriesId, bookingIds } = await requestSeries(db, t, ['2031-02-04', '2031-02-11'], { title: 'Théâtre' });
		const result = await decideBooking(
			use(),
			await actor(t.managerId),
			{ seriesId: seriesId!, decision: 'confirm' },
			NOW
		);
		expect(result).toMatchObject({ ok: true, status: 'confirmed' });
		expect(Object.values(await statusesOf(db, bookingIds))).toEqual(['confirmed', 'confirmed']);
		const [row] = await db.select().from(booking).where(eq(booking.id, bookingIds[0]!));
		expect(row).toMatchObject({ decidedBy: t.managerId, isException: false, reason: null });
		expect(row?.decidedAt?.toISOString()).toBe(NOW.toISOString());
		await eventually(async () =>
			(await db.select().from(notification).where(eq(notification.userId, t.requesterId))).some(
				(n) => n.kind === 'booking.decided' && (n.payload as { title: string }).title === 'Théâtre'
			)
		);
		// Already decided: a second decision changes nothing.
		const again = await decideBooking(
			use(),
			await actor(t.managerId),
			{ seriesId: seriesId!, decision: 'refuse', reason: 'x' },
			NOW
		);
		expect(again).toMatchObject({ ok: false, fieldErrors: { form: 'DECISIONS.ALREADY_DECIDED' } });
	});

	it('refuses one occurrence with a reason, confirms the rest, and keeps the refused one as an exception', async () => {
		const { db } = use();
		const { seriesId, bookingIds } = await requestSeries(db, t, ['2031-03-04', '2031-03-11', '2031-03-18'], {
			title: 'Chorale'
		});
		const manager = await actor(t.communeManagerId);
		const noReason = await decideBooking(
			use(),
			manager,
			{ bookingIds: [bookingIds[1]!], decision: 'refuse', reason: '  ' },
			NOW
		);
		expect(noReason).toEqual({ ok: false, fieldErrors: { reason: 'DECISIONS.REASON_REQUIRED' } });
		expect(Object.values(await statusesOf(db, bookingIds))).toEqual(['pending', 'pending', 'pending']);

		const refused = await decideBooking(
			use(),
			manager,
			{
				seriesId: seriesId!,
				bookingIds: [bookingIds[1]!],
				decision: 'refuse',
				reason: 'Salle réservée au conseil de quartier'
			},
			NOW
		);
		expect(refused).toMatchObject({ ok: true, decided: [bookingIds[1]], status: 'refused' });
		const rest = await decideBooking(use(), manager, { seriesId: seriesId!, decision: 'confirm' }, NOW);
		expect(rest).toMatchObject({ ok: true, status: 'confirmed' });
		expect((rest as { decided: string[] }).decided.sort()).toEqual([bookingIds[0], bookingIds[2]].sort());
		const statuses = await statusesOf(db, bookingIds);
		expect([statuses[bookingIds[0]!], statuses[bookingIds[1]!], statuses[bookingIds[2]!]]).toEqual([
			'confirmed',
			'refused',
			'confirmed'
		]);
		const [refusedRow] = await db.select().from(booking).where(eq(booking.id, bookingIds[1]!));
		expect(refusedRow).toMatchObject({ reason: 'Salle réservée au conseil de quartier', isException: true });
		await eventually(async () =>
			(await db.select().from(notification).where(eq(notification.userId, t.requesterId))).some(
				(n) => (n.payload as { reason?: string }).reason === 'Salle réservée au conseil de quartier'
			)
		);
		const history = await listBookingRequests(use(), manager, {});
		expect(history.history.find((h) => h.id === bookingIds[1])).toMatchObject({
			status: 'refused',
			reason: 'Salle réservée au conseil de quartier',
			decidedByName: 'communeManagerId'
		});
	});

	it('decides a one-off booking', async () => {
		const { db } = use();
		const { bookingIds } = await requestSeries(db, t, ['2031-04-02'], { title: 'Réunion' });
		const result = await decideBooking(
			use(),
			await actor(t.managerId),
			{ bookingIds, decision: 'refuse', reason: 'Trop tard' },
			NOW
		);
		expect(result).toMatchObject({ ok: true, status: 'refused' });
		expect(await statusesOf(db, bookingIds)).toEqual({ [bookingIds[0]!]: 'refused' });
	});

	it('refuses a decision by anyone who does not manage the room, and changes nothing', async () => {
		const { db } = use();
		const { seriesId, bookingIds } = await requestSeries(db, t, ['2031-05-06', '2031-05-13'], { title: 'Yoga' });
		for (const who of [t.otherManagerId, t.requesterId, t.orgAdminId]) {
			await expect(
				decideBooking(use(), await actor(who), { seriesId: seriesId!, decision: 'confirm' }, NOW)
			).rejects.toBeInstanceOf(AccessDenied);
		}
		await expect(decideBooking(use(), null, { bookingIds, decision: 'confirm' }, NOW)).rejects.toBeInstanceOf(
			AccessDenied
		);
		expect(Object.values(await statusesOf(db, bookingIds))).toEqual(['pending', 'pending']);
		const jobs = await db.execute(
			`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-dispatch' AND data->'bookingIds' ? '${bookingIds[0]}'`
		);
		expect((jobs as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
	});

	it('lets a manager cancel a confirmed booking with a reason, freeing the slot', async () => {
		const { db } = use();
		const { bookingIds } = await requestSeries(db, t, ['2031-06-03'], { title: 'Danse', status: 'confirmed' });
		const manager = await actor(t.managerId);
		expect(await cancelBookingAsManager(use(), manager, { bookingIds, reason: '' }, NOW)).toEqual({
			ok: false,
			fieldErrors: { reason: 'DECISIONS.REASON_REQUIRED' }
		});
		const result = await cancelBookingAsManager(use(), manager, { bookingIds, reason: 'Dégât des eaux' }, NOW);
		expect(result).toEqual({ ok: true, cancelled: bookingIds });
		expect(await statusesOf(db, bookingIds)).toEqual({ [bookingIds[0]!]: 'cancelled' });
		// The slot is free again.
		await requestSeries(db, t, ['2031-06-03'], { title: 'Autre' });
		await expect(
			cancelBookingAsManager(use(), await actor(t.otherManagerId), { bookingIds, reason: 'x' }, NOW)
		).rejects.toBeInstanceOf(AccessDenied);
	});
});
