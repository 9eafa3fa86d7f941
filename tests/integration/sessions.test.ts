/**
 * Sessions and sign-ups on both engines: places and the waiting list, promotion on cancellation
 * with its notification, counter sign-ups without e-mail, attendance feeding the impact report
 * through disclosure control, reminders once, and concurrent sign-ups for the last places.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { eventually, requestSeries, seedTerritory, type Territory } from './booking-fixtures.js';
import {
	booking,
	demographicProfile,
	impactReport,
	initiative,
	notification,
	practice,
	sessionSignup,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied, loadActor } from '#lib/server/authorisation.js';
import { listInitiativeSessions } from '#lib/server/use-cases/list-initiative-sessions.js';
import { signUpForSession } from '#lib/server/use-cases/sign-up-for-session.js';
import { cancelSessionSignup } from '#lib/server/use-cases/cancel-session-signup.js';
import { recordCounterSignup } from '#lib/server/use-cases/record-counter-signup.js';
import { takeSessionAttendance } from '#lib/server/use-cases/take-session-attendance.js';
import { getSessionRoster } from '#lib/server/use-cases/get-session-roster.js';
import { setSessionCapacity } from '#lib/server/use-cases/set-session-capacity.js';
import { listImpactReports } from '#lib/server/use-cases/list-impact-reports.js';
import { fileImpactReport } from '#lib/server/use-cases/file-impact-report.js';
import { sendDueSessionReminders } from '#lib/server/notifications/sessions.js';
import { releasePlacesOf } from '#lib/server/sessions/store.js';
import { bookingInterval, moveBookings, setBookingStatus } from '#lib/server/bookings/store.js';
import { exportMyData } from '#lib/server/use-cases/export-my-data.js';
import { attendanceField } from '#lib/domain/session-signups.js';
import { participantField } from '#lib/domain/impact-report.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Database } from '#lib/server/db/client.js';

/** Before every session below: they take place in 2031. */
const BEFORE = new Date('2031-01-01T10:00:00Z');

const resident = (userId: string): Actor => ({ userId, grants: [], twoFactorEnabled: false });

async function residents(db: Database, count: number, profile?: { gender: string; ageBand: string }) {
	const ids = Array.from({ length: count }, () => randomUUID());
	await db
		.insert(user)
		.values(ids.map((id) => ({ id, name: `Résidente ${id.slice(0, 4)}`, email: `${id}@exemple.fr` })));
	if (profile)
		await db
			.insert(demographicProfile)
			.values(
				ids.map((userId) => ({ userId, consentedAt: new Date(), gender: profile.gender, ageBand: profile.ageBand }))
			);
	return ids;
}

forEachEngine('sessions and sign-ups', (use) => {
	let t: Territory;
	let staff: Actor;
	let initiativeId: string;
	let closedInitiativeId: string;
	let bookingIds: string[];

	const signupsOf = (ids: string[]) => use().db.select().from(sessionSignup).where(inArray(sessionSignup.userId, ids));

	it('sets up an initiative with confirmed weekly sessions of two places', async () => {
		const { db } = use();
		t = await seedTerritory(db);
		staff = (await loadActor(db, t.requesterId))!;
		const practiceId = randomUUID();
		await db
			.insert(practice)
			.values({ id: practiceId, slug: `fle-${practiceId}`, status: 'published', title: 'FLE', summary: '…' });
		initiativeId = randomUUID();
		closedInitiativeId = randomUUID();
		await db.insert(initiative).values([
			{
				id: initiativeId,
				practiceId,
				organisationId: t.organisationId,
				title: 'Ateliers de français',
				sessionCapacity: 2
			},
			{ id: closedInitiativeId, practiceId, organisationId: t.organisationId, title: 'Sans inscription' }
		]);
		({ bookingIds } = await requestSeries(db, t, ['2031-03-04', '2031-03-11', '2031-03-18', '2031-03-25'], {
			title: 'Français',
			status: 'confirmed'
		}));
		await db.update(booking).set({ initiativeId }).where(inArray(booking.id, bookingIds));
		const pending = await requestSeries(db, t, ['2031-04-01'], {
			title: 'Pas encore confirmée',
			start: '18:00',
			end: '19:00'
		});
		await db.update(booking).set({ initiativeId }).where(inArray(booking.id, pending.bookingIds));
		const closed = await requestSeries(db, t, ['2031-04-02'], {
			title: 'Fermée',
			status: 'confirmed',
			start: '18:00',
			end: '19:00'
		});
		await db.update(booking).set({ initiativeId: closedInitiativeId }).where(inArray(booking.id, closed.bookingIds));
	});

	it('lists coming confirmed sessions with their places, to anyone', async () => {
		const list = await listInitiativeSessions(use(), null, { initiativeId, now: BEFORE });
		expect(list?.sessions.map((s) => [s.bookingId, s.capacity, s.placesLeft])).toEqual(
			bookingIds.map((id) => [id, 2, 2])
		);
		expect(list?.canManage).toBe(false);
		const later = await listInitiativeSessions(use(), null, { initiativeId, now: new Date('2031-03-12T00:00:00Z') });
		expect(later?.sessions).toHaveLength(2);
		expect(
			(await listInitiativeSessions(use(), null, { initiativeId: closedInitiativeId, now: BEFORE }))?.sessions
		).toEqual([]);
		expect(await listInitiativeSessions(use(), null, { initiativeId: randomUUID() })).toBeNull();
	});

	it('gives the places in order, then the waiting list, and refuses a second sign-up', async () => {
		const ctx = use();
		const [a, b, c, d] = await residents(ctx.db, 4);
		const input = { initiativeId, bookingId: bookingIds[0]!, now: BEFORE };
		const results = [];
		for (const id of [a!, b!, c!, d!]) results.push(await signUpForSession(ctx, resident(id), input));
		expect(results.map((r) => r.ok && r.value.status)).toEqual(['confirmed', 'confirmed', 'waiting', 'waiting']);
		expect(await signUpForSession(ctx, resident(a!), input)).toMatchObject({
			ok: false,
			error: 'SESSION.ALREADY_SIGNED_UP'
		});
		expect(await signUpForSession(ctx, resident(c!), input)).toMatchObject({
			ok: false,
			error: 'SESSION.ALREADY_SIGNED_UP'
		});
		const list = await listInitiativeSessions(ctx, resident(d!), { initiativeId, now: BEFORE });
		expect(list?.sessions[0]).toMatchObject({ placesLeft: 0, waiting: 2, mine: { status: 'waiting', position: 2 } });
		// Her sign-ups are part of her personal data.
		expect((await exportMyData(ctx, d!))?.sessionSignUps).toEqual([
			expect.objectContaining({ initiative: 'Ateliers de français', status: 'waiting' })
		]);
	});

	it('refuses anonymous people, sessions that started, pending bookings and initiatives without sign-ups', async () => {
		const ctx = use();
		const [a] = await residents(ctx.db, 1);
		await expect(signUpForSession(ctx, null, { initiativeId, bookingId: bookingIds[1]! })).rejects.toBeInstanceOf(
			AccessDenied
		);
		expect(
			await signUpForSession(ctx, resident(a!), {
				initiativeId,
				bookingId: bookingIds[1]!,
				now: new Date('2031-03-11T13:30:00Z')
			})
		).toMatchObject({ ok: false, error: 'SESSION.STARTED' });
		const [pending] = await ctx.db
			.select({ id: booking.id })
			.from(booking)
			.where(and(eq(booking.initiativeId, initiativeId), eq(booking.status, 'pending')));
		expect(
			await signUpForSession(ctx, resident(a!), { initiativeId, bookingId: pending!.id, now: BEFORE })
		).toMatchObject({
			ok: false,
			error: 'SESSION.NOT_FOUND'
		});
		const [closed] = await ctx.db
			.select({ id: booking.id })
			.from(booking)
			.where(eq(booking.initiativeId, closedInitiativeId));
		expect(
			await signUpForSession(ctx, resident(a!), {
				initiativeId: closedInitiativeId,
				bookingId: closed!.id,
				now: BEFORE
			})
		).toMatchObject({ ok: false, error: 'SESSION.NO_SIGNUPS' });
		expect(await ctx.db.select().from(sessionSignup).where(eq(sessionSignup.userId, a!))).toEqual([]);
	});

	it('promotes the first person waiting when someone cancels, and tells her', async () => {
		const ctx = use();
		const [a, b, c, d] = await residents(ctx.db, 4);
		const input = { initiativeId, bookingId: bookingIds[1]!, now: BEFORE };
		for (const id of [a!, b!, c!, d!]) await signUpForSession(ctx, resident(id), input);
		const mine = async (id: string) => (await signupsOf([id]))[0]!;
		// Another resident may not cancel someone else's place.
		await expect(
			cancelSessionSignup(ctx, resident(d!), { ...input, signupId: (await mine(a!)).id })
		).rejects.toBeInstanceOf(AccessDenied);
		expect(await cancelSessionSignup(ctx, resident(a!), { ...input, signupId: (await mine(a!)).id })).toEqual({
			ok: true,
			value: { promoted: 1 }
		});
		expect((await mine(c!)).status).toBe('confirmed');
		expect((await mine(d!)).status).toBe('waiting');
		expect(await cancelSessionSignup(ctx, resident(a!), { ...input, signupId: (await mine(a!)).id })).toMatchObject({
			ok: false,
			error: 'SESSION.NOT_CANCELLABLE'
		});
		await eventually(
			async () =>
				(await ctx.db.select().from(notification).where(eq(notification.userId, c!))).some(
					(n) => n.kind === 'session.promoted'
				),
			20_000
		);
		const [told] = await ctx.db.select().from(notification).where(eq(notification.userId, c!));
		expect(told).toMatchObject({ kind: 'session.promoted', link: `/initiatives/${initiativeId}/sessions` });
		expect(told?.payload).toMatchObject({ title: 'Ateliers de français', roomName: 'Salle polyvalente' });
		// Staff cancel for someone: the next in line moves up too.
		expect(await cancelSessionSignup(ctx, staff, { ...input, signupId: (await mine(b!)).id })).toEqual({
			ok: true,
			value: { promoted: 1 }
		});
		expect((await mine(d!)).status).toBe('confirmed');
		// Only staff change the places; a wider session moves as many people up from its list.
		await expect(
			setSessionCapacity(ctx, resident(a!), { initiativeId, bookingId: bookingIds[0]!, values: { capacity: '3' } })
		).rejects.toBeInstanceOf(AccessDenied);
		expect(
			await setSessionCapacity(ctx, staff, { initiativeId, bookingId: bookingIds[0]!, values: { capacity: 'trois' } })
		).toEqual({ ok: false, fieldErrors: { capacity: 'SESSION.CAPACITY_INVALID' } });
		expect(
			await setSessionCapacity(ctx, staff, { initiativeId, bookingId: bookingIds[0]!, values: { capacity: '3' } })
		).toEqual({
			ok: true,
			promoted: 1
		});
		const first = await listInitiativeSessions(ctx, null, { initiativeId, now: BEFORE });
		expect(first?.sessions[0]).toMatchObject({ capacity: 3, placesLeft: 0, waiting: 1 });
		// The initiative's default: sessions following it move people up, one with its own number does not.
		const extra = await requestSeries(ctx.db, t, ['2031-06-03', '2031-06-10'], { title: 'Juin', status: 'confirmed' });
		await ctx.db.update(booking).set({ initiativeId }).where(inArray(booking.id, extra.bookingIds));
		const [following, own] = extra.bookingIds.map((bookingId) => ({ initiativeId, bookingId, now: BEFORE }));
		const [e, f, g, h, k] = await residents(ctx.db, 5);
		for (const id of [e!, f!, g!]) await signUpForSession(ctx, resident(id), following!);
		await setSessionCapacity(ctx, staff, { ...own!, values: { capacity: '1' } });
		for (const id of [h!, k!]) await signUpForSession(ctx, resident(id), own!);
		expect([(await mine(g!)).status, (await mine(k!)).status]).toEqual(['waiting', 'waiting']);
		expect(await setSessionCapacity(ctx, staff, { initiativeId, values: { capacity: '3' }, now: BEFORE })).toEqual({
			ok: true,
			promoted: 1
		});
		expect([(await mine(g!)).status, (await mine(k!)).status]).toEqual(['confirmed', 'waiting']);
		await setSessionCapacity(ctx, staff, { initiativeId, values: { capacity: '2' }, now: BEFORE });
	});

	it('gives back the places of a person whose account goes, moving the next people up', async () => {
		const ctx = use();
		const [leaving, waiting] = await residents(ctx.db, 2);
		const input = { initiativeId, bookingId: bookingIds[1]!, now: BEFORE };
		await setSessionCapacity(ctx, staff, { ...input, values: { capacity: '3' } });
		await signUpForSession(ctx, resident(leaving!), input);
		await signUpForSession(ctx, resident(waiting!), input);
		expect((await signupsOf([waiting!]))[0]?.status).toBe('waiting');
		await ctx.db.transaction(async (tx) => {
			expect(await releasePlacesOf(tx, leaving!, BEFORE)).toBe(1);
			await tx.delete(user).where(eq(user.id, leaving!));
		});
		expect((await signupsOf([waiting!]))[0]?.status).toBe('confirmed');
	});

	it('lets staff sign up someone at the counter with a name and no e-mail, and keeps her input when it is wrong', async () => {
		const ctx = use();
		const input = { initiativeId, bookingId: bookingIds[2]!, now: BEFORE };
		await expect(
			recordCounterSignup(ctx, resident(t.managerId), { ...input, values: { displayName: 'Awa' } })
		).rejects.toBeInstanceOf(AccessDenied);
		expect(
			await recordCounterSignup(ctx, staff, { ...input, values: { displayName: ' ', phone: 'pas un numéro' } })
		).toEqual({
			ok: false,
			fieldErrors: { displayName: 'FIELD.REQUIRED', phone: 'PHONE.INVALID' }
		});
		expect((await getSessionRoster(ctx, staff, input))?.places).toEqual([]);
		expect(
			await recordCounterSignup(ctx, staff, { ...input, values: { displayName: 'Awa D.', phone: '06 12 34 56 78' } })
		).toEqual({
			ok: true,
			status: 'confirmed'
		});
		expect(
			await recordCounterSignup(ctx, staff, { ...input, values: { displayName: 'Mme Benali', phone: '' } })
		).toEqual({
			ok: true,
			status: 'confirmed'
		});
		expect(await recordCounterSignup(ctx, staff, { ...input, values: { displayName: 'Nour' } })).toEqual({
			ok: true,
			status: 'waiting'
		});
		const roster = await getSessionRoster(ctx, staff, input);
		expect(roster?.places.map((p) => [p.name, p.phone, p.atCounter, p.recordedBy])).toEqual([
			['Awa D.', '06 12 34 56 78', true, 'requesterId'],
			['Mme Benali', null, true, 'requesterId']
		]);
		expect(roster?.waiting.map((p) => p.name)).toEqual(['Nour']);
		await expect(getSessionRoster(ctx, resident(t.managerId), input)).rejects.toBeInstanceOf(AccessDenied);
	});

	it('takes attendance after the session, whole or not at all, and suggests the month’s impact figures protected', async () => {
		const ctx = use();
		await setSessionCapacity(ctx, staff, { initiativeId, bookingId: bookingIds[3]!, values: { capacity: '12' } });
		const women = await residents(ctx.db, 6, { gender: 'woman', ageBand: '25-34' });
		const [man] = await residents(ctx.db, 1, { gender: 'man', ageBand: '65+' });
		const [noProfile] = await residents(ctx.db, 1);
		const input = { initiativeId, bookingId: bookingIds[3]!, now: BEFORE };
		for (const id of [...women, man!, noProfile!]) await signUpForSession(ctx, resident(id), input);
		await recordCounterSignup(ctx, staff, { ...input, values: { displayName: 'Fatou' } });
		const roster = await getSessionRoster(ctx, staff, input);
		expect(roster?.places).toHaveLength(9);
		expect(await takeSessionAttendance(ctx, staff, { ...input, values: {} })).toEqual({
			ok: false,
			fieldErrors: { form: 'SESSION.NOT_STARTED' }
		});
		const after = new Date('2031-03-25T16:00:00Z');
		const marks = Object.fromEntries(roster!.places.map((p) => [attendanceField(p.id), 'attended']));
		const [firstWoman] = roster!.places;
		const incomplete = { ...marks, [attendanceField(firstWoman!.id)]: '' };
		expect(await takeSessionAttendance(ctx, staff, { ...input, now: after, values: incomplete })).toEqual({
			ok: false,
			fieldErrors: { [attendanceField(firstWoman!.id)]: 'SESSION.ATTENDANCE_REQUIRED' }
		});
		expect((await signupsOf(women)).every((s) => s.status === 'confirmed')).toBe(true);
		await expect(
			takeSessionAttendance(ctx, resident(women[0]!), { ...input, now: after, values: marks })
		).rejects.toBeInstanceOf(AccessDenied);
		const absent = { ...marks, [attendanceField(firstWoman!.id)]: 'absent' };
		expect(await takeSessionAttendance(ctx, staff, { ...input, now: after, values: absent })).toEqual({
			ok: true,
			attended: 8
		});

		const taken = await getSessionRoster(ctx, staff, { ...input, now: after });
		expect(taken?.attendance?.total).toBe(8);
		// 5 women 25-34 are shown; the lone man of 65+ and the 2 unknowns are small cells, hidden.
		const cells = taken!.attendance!.table.cells;
		expect(cells[4]![0]).toBe(5);
		expect(cells[7]![1]).toBeNull();

		const suggestion = await listImpactReports(ctx, staff, { initiativeId, suggestFor: '2031-03' });
		expect(suggestion?.suggested?.attended).toBe(8);
		const fields = suggestion!.suggested!.participants;
		expect(fields[participantField('woman', '25-34')]).toBe('5');
		expect(fields[participantField('man', '65+')]).toBeUndefined();
		expect(Object.values(fields).reduce((a, v) => a + Number(v), 0)).toBe(8);

		// A filed report is never rewritten by attendance: it stays as filed, the suggestion beside it.
		await fileImpactReport(
			ctx,
			staff,
			initiativeId,
			{ month: '2031-03', [participantField('woman', '25-34')]: '3' },
			new Date('2031-04-02T10:00:00Z')
		);
		const filed = await listImpactReports(ctx, staff, { initiativeId, month: '2031-03', suggestFor: '2031-03' });
		expect(filed?.stored?.[participantField('woman', '25-34')]).toBe('3');
		expect(filed?.suggested?.attended).toBe(8);
		const [row] = await ctx.db.select().from(impactReport).where(eq(impactReport.initiativeId, initiativeId));
		expect(row?.month).toBe('2031-03-01');
	});

	it('reminds residents with a place the day before, once, and not counter sign-ups', async () => {
		const ctx = use();
		const at = new Date('2031-03-03T14:00:00Z'); // 24 h before the 4 March session (14:00 Paris = 13:00Z)
		expect(await sendDueSessionReminders(ctx.db, at)).toBe(3);
		expect(await sendDueSessionReminders(ctx.db, at)).toBe(0);
		const reminded = await ctx.db
			.select({ userId: sessionSignup.userId, sent: sessionSignup.reminderSentAt, status: sessionSignup.status })
			.from(sessionSignup)
			.where(eq(sessionSignup.status, 'confirmed'));
		expect(reminded.filter((r) => r.sent !== null)).toHaveLength(3);
	});

	it('tells the residents of a session whose booking is cancelled, and stops listing it', async () => {
		const ctx = use();
		const {
			bookingIds: [stopped]
		} = await requestSeries(ctx.db, t, ['2031-07-01'], { title: 'Annulée', status: 'confirmed' });
		await ctx.db.update(booking).set({ initiativeId }).where(eq(booking.id, stopped!));
		const [a, b, c] = await residents(ctx.db, 3);
		const input = { initiativeId, bookingId: stopped!, now: BEFORE };
		for (const id of [a!, b!, c!]) await signUpForSession(ctx, resident(id), input);
		await ctx.db.transaction((tx) =>
			setBookingStatus(tx, [stopped!], { status: 'cancelled', reason: 'Salle en travaux' })
		);
		for (const id of [a!, c!])
			await eventually(
				async () =>
					(await ctx.db.select().from(notification).where(eq(notification.userId, id))).some(
						(n) => n.kind === 'session.cancelled'
					),
				20_000
			);
		const list = await listInitiativeSessions(ctx, null, { initiativeId, now: BEFORE });
		expect(list?.sessions.map((s) => s.bookingId)).not.toContain(stopped);
		// Kept as they were: if the booking is confirmed again, the places come back.
		expect((await signupsOf([a!, b!, c!])).map((r) => r.status).sort()).toEqual(['confirmed', 'confirmed', 'waiting']);
	});

	it('moves the places with a booking moved to another time, tells the residents, and reminds them again', async () => {
		const ctx = use();
		const {
			bookingIds: [movedId]
		} = await requestSeries(ctx.db, t, ['2031-09-02'], { title: 'Déplacée', status: 'confirmed' });
		await ctx.db.update(booking).set({ initiativeId }).where(eq(booking.id, movedId!));
		const [a, b, c] = await residents(ctx.db, 3);
		const input = { initiativeId, bookingId: movedId!, now: BEFORE };
		for (const id of [a!, b!, c!]) await signUpForSession(ctx, resident(id), input);
		await recordCounterSignup(ctx, staff, {
			initiativeId,
			bookingId: movedId!,
			now: BEFORE,
			values: { displayName: 'Awa', phone: '' }
		});
		const old = await bookingInterval(ctx.db, movedId!);
		const later = {
			start: new Date(old!.start.getTime() + 2 * 86_400_000),
			end: new Date(old!.end.getTime() + 2 * 86_400_000)
		};
		await ctx.db.transaction((tx) => moveBookings(tx, [{ id: movedId!, interval: later, status: 'confirmed' }]));

		const list = await listInitiativeSessions(ctx, resident(c!), { initiativeId, now: BEFORE });
		const moved = list?.sessions.find((s) => s.bookingId === movedId);
		expect(moved?.startsAt.getTime()).toBe(later.start.getTime());
		expect(moved).toMatchObject({ placesLeft: 0, waiting: 2, mine: { status: 'waiting', position: 1 } });
		for (const id of [a!, b!, c!])
			await eventually(
				async () =>
					(await ctx.db.select().from(notification).where(eq(notification.userId, id))).some(
						(n) =>
							n.kind === 'session.moved' &&
							(n.payload as { firstStart?: string }).firstStart === later.start.toISOString()
					),
				20_000
			);
		// The reminder follows the new day: none the day before the old one, one the day before the new one.
		expect(await sendDueSessionReminders(ctx.db, new Date(old!.start.getTime() - 3_600_000))).toBe(0);
		expect(await sendDueSessionReminders(ctx.db, new Date(later.start.getTime() - 3_600_000))).toBe(2);

		// Awa, signed up at the counter, has no inbox: the staff member who recorded her is told to call her,
		// when the session moves, and when two cancellations give her a place.
		const toCall = async (about: string) =>
			(await ctx.db.select().from(notification).where(eq(notification.userId, staff.userId))).filter(
				(n) => n.kind === 'session.to_call' && (n.payload as { about?: string }).about === about
			);
		await eventually(async () => (await toCall('moved')).length === 1, 20_000);
		expect((await toCall('moved'))[0]).toMatchObject({
			payload: { people: 'Awa', firstStart: later.start.toISOString() },
			link: `/initiatives/${initiativeId}/sessions/${movedId}`
		});
		for (const id of [a!, b!]) {
			const [mine] = await signupsOf([id]);
			expect(await cancelSessionSignup(ctx, resident(id), { ...input, signupId: mine!.id })).toMatchObject({
				ok: true
			});
		}
		await eventually(async () => (await toCall('promoted')).length === 1, 20_000);
		expect((await toCall('promoted'))[0]?.payload).toMatchObject({ people: 'Awa' });
		expect((await signupsOf([c!]))[0]?.status).toBe('confirmed');
	});

	it('never gives the last places to more people than there are, when many sign up at once', async () => {
		const ctx = use();
		const {
			bookingIds: [raceBooking]
		} = await requestSeries(ctx.db, t, ['2031-05-06'], { title: 'Course', status: 'confirmed' });
		await ctx.db.update(booking).set({ initiativeId }).where(eq(booking.id, raceBooking!));
		const racers = await residents(ctx.db, 12);
		const results = await Promise.all(
			racers.map((id) => signUpForSession(ctx, resident(id), { initiativeId, bookingId: raceBooking!, now: BEFORE }))
		);
		expect(results.every((r) => r.ok)).toBe(true);
		const rows = await signupsOf(racers);
		expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(2);
		const waiting = rows.filter((r) => r.status === 'waiting').map((r) => r.position);
		expect(waiting).toHaveLength(10);
		expect(new Set(waiting).size).toBe(10);
	});
});
