/**
 * The notification queue (pg-boss) on both engines: a job enqueued in a rolled-back transaction
 * is never sent; a committed one becomes in-app notifications and a mail per recipient in the
 * recipient's language; a failing mail is retried; a reminder goes out once.
 */
import { expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { mailOutbox, notification, booking } from '#lib/server/db/schema.js';
import { enqueueNotification } from '#lib/server/notifications/enqueue.js';
import { sendDueReminders } from '#lib/server/notifications/deliver.js';
import { setBookingStatus } from '#lib/server/bookings/store.js';
import { forEachEngine } from './engines.js';
import { eventually, requestSeries, seedTerritory, type Territory } from './booking-fixtures.js';

forEachEngine('notifications through the job queue', (use) => {
	let t: Territory;

	const notificationsOf = (userId: string) =>
		use().db.select().from(notification).where(eq(notification.userId, userId));
	const mailsTo = (userId: string) =>
		use().db.select().from(mailOutbox).where(eq(mailOutbox.recipient, t.emails[userId]!));

	it('sets up a territory', async () => {
		t = await seedTerritory(use().db);
	});

	it('sends nothing for a change that was rolled back', async () => {
		const { db } = use();
		const { bookingIds } = await requestSeries(db, t, ['2031-03-03']);
		await expect(
			db.transaction(async (tx) => {
				await setBookingStatus(tx, bookingIds, { status: 'confirmed' });
				await enqueueNotification(tx, { kind: 'booking.decided', bookingIds });
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		const jobs = await db.execute(sql`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification-dispatch'`);
		expect((jobs as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
		await new Promise((r) => setTimeout(r, 1500));
		expect(await notificationsOf(t.requesterId)).toEqual([]);
		expect(await mailsTo(t.requesterId)).toEqual([]);
		const [row] = await db.select({ status: booking.status }).from(booking).where(eq(booking.id, bookingIds[0]!));
		expect(row?.status).toBe('pending');
	});

	it('tells the managers of the room of a committed request, each in their own language', async () => {
		const { db } = use();
		const { bookingIds } = await requestSeries(db, t, ['2031-03-10', '2031-03-17'], { title: 'Couture du mardi' });
		await db.transaction((tx) => enqueueNotification(tx, { kind: 'booking.requested', bookingIds }));
		await eventually(
			async () => (await mailsTo(t.communeManagerId)).length > 0 && (await mailsTo(t.managerId)).length > 0
		);
		const [inApp] = await notificationsOf(t.managerId);
		expect(inApp).toMatchObject({ kind: 'booking.requested', link: '/manage/bookings', readAt: null });
		expect(inApp?.payload).toMatchObject({ title: 'Couture du mardi', count: 2, roomName: 'Salle polyvalente' });
		const [english] = await mailsTo(t.managerId);
		expect(english?.subject).toBe('New booking request: Couture du mardi');
		expect(english?.body).toContain('Monday, 10 March 2031 at 14:00');
		expect(english?.body).toContain('http://localhost:4999/manage/bookings');
		const [arabic] = await mailsTo(t.communeManagerId);
		expect(arabic?.subject).toBe('طلب حجز جديد: Couture du mardi');
		// The manager of another facility of the commune is not concerned.
		expect(await notificationsOf(t.otherManagerId)).toEqual([]);
		expect(await notificationsOf(t.requesterId)).toEqual([]);
	});

	it('tells the requester and the organisation admins of a decision, with the reason', async () => {
		const { db } = use();
		const { bookingIds } = await requestSeries(db, t, ['2031-04-07', '2031-04-14'], { title: 'Cuisine partagée' });
		await db.transaction(async (tx) => {
			await setBookingStatus(tx, [bookingIds[0]!], { status: 'confirmed' });
			await setBookingStatus(tx, [bookingIds[1]!], { status: 'refused', reason: 'Salle fermée pour travaux' });
			await enqueueNotification(tx, { kind: 'booking.decided', bookingIds });
		});
		await eventually(async () => (await mailsTo(t.orgAdminId)).some((m) => m.subject.includes('Cuisine partagée')));
		const mine = (await notificationsOf(t.requesterId)).filter((n) => n.kind === 'booking.decided');
		expect(mine).toHaveLength(1);
		expect(mine[0]!.payload).toMatchObject({ confirmed: 1, refused: 1, reason: 'Salle fermée pour travaux' });
		const french = (await mailsTo(t.orgAdminId)).find((m) => m.subject.includes('Cuisine partagée'));
		expect(french?.subject).toBe('Décision sur votre demande : Cuisine partagée');
		expect(french?.body).toContain('1 confirmé(s), 1 refusé(s)');
		expect(french?.body).toContain('Motif : Salle fermée pour travaux');
		const arabic = (await mailsTo(t.requesterId)).find((m) => m.subject.includes('Cuisine partagée'));
		expect(arabic?.body).toContain('السبب: Salle fermée pour travaux');
	});

	it('retries a mail whose sending failed, and delivers it once', async () => {
		const ctx = use();
		const original = ctx.mailer.send;
		let failures = 0;
		ctx.mailer.send = async (mail) => {
			if (mail.subject.includes('Théâtre') && failures < 2) {
				failures += 1;
				throw new Error('SMTP server unavailable');
			}
			await original(mail);
		};
		try {
			const { bookingIds } = await requestSeries(ctx.db, t, ['2031-05-05'], { title: 'Théâtre forum' });
			await ctx.db.transaction((tx) =>
				enqueueNotification(tx, { kind: 'booking.cancelled', bookingIds, reason: 'Annulé' })
			);
			await eventually(async () => (await mailsTo(t.requesterId)).some((m) => m.subject.includes('Théâtre')), 30_000);
			expect(failures).toBe(2);
			await new Promise((r) => setTimeout(r, 1000));
			expect((await mailsTo(t.requesterId)).filter((m) => m.subject.includes('Théâtre'))).toHaveLength(1);
			expect((await notificationsOf(t.requesterId)).filter((n) => n.kind === 'booking.cancelled')).toHaveLength(1);
		} finally {
			ctx.mailer.send = original;
		}
	});

	it('reminds the requester of a confirmed booking the day before, once', async () => {
		const { db } = use();
		const { bookingIds } = await requestSeries(db, t, ['2031-06-03', '2031-06-10'], {
			title: 'Permanence',
			status: 'confirmed'
		});
		const now = new Date('2031-06-02T13:00:00Z'); // the day before, 24 h before 14:00 Paris (12:00Z)
		expect(await sendDueReminders(db, now)).toBe(1);
		expect(await sendDueReminders(db, now)).toBe(0);
		expect(await sendDueReminders(db, new Date('2031-06-03T10:00:00Z'))).toBe(0);
		await eventually(async () => (await mailsTo(t.requesterId)).some((m) => m.subject.includes('Permanence')));
		const reminders = (await notificationsOf(t.requesterId)).filter((n) => n.kind === 'booking.reminder');
		expect(reminders).toHaveLength(1);
		const rows = await db
			.select({ id: booking.id, sent: booking.reminderSentAt })
			.from(booking)
			.where(and(inArray(booking.id, bookingIds)));
		expect(rows.find((r) => r.id === bookingIds[0])?.sent).not.toBeNull();
		expect(rows.find((r) => r.id === bookingIds[1])?.sent).toBeNull();
	});
});
