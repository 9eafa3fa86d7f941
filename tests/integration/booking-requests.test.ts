/**
 * Requests for rooms, on both engines: a series is created whole or not at all, the room's policy
 * refuses what it must, instant rooms confirm at once, and the requester's changes (this one, this
 * and following, all) keep exceptions and free cancelled slots.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { booking, bookingSeries, commune, facility, organisation, room, user } from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { requestBooking, requestBookingFromForm } from '#lib/server/use-cases/request-booking.js';
import { previewBookingRequest } from '#lib/server/use-cases/preview-booking-request.js';
import { changeBooking } from '#lib/server/use-cases/change-booking.js';
import { listOrganisationBookings } from '#lib/server/use-cases/list-organisation-bookings.js';
import { insertBookings } from '#lib/server/bookings/store.js';
import { bookingRequestFromApi } from '#lib/domain/booking-request-form.js';
import { handleBookingPost } from '#lib/server/bookings/api.js';
import { createApiToken } from '#lib/server/use-cases/create-api-token.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { localInterval, toRangeLiteral } from '#lib/domain/zoned-time.js';
import { forEachEngine } from './engines.js';

const TZ = 'Europe/Paris';
const NOW = new Date('2027-01-04T08:00:00Z');

forEachEngine(
	'booking requests',
	(use) => {
		const orgId = randomUUID();
		const otherOrgId = randomUUID();
		const userId = randomUUID();
		const roomId = randomUUID();
		const instantRoomId = randomUUID();
		const quotaRoomId = randomUUID();
		const managersRoomId = randomUUID();
		const actor: Actor = {
			userId,
			twoFactorEnabled: false,
			grants: [{ role: 'organisation_member', scopeType: 'organisation', scopeId: orgId }]
		};
		const stranger: Actor = { userId, twoFactorEnabled: false, grants: [] };

		const form = (over: Record<string, unknown> = {}) => ({
			roomId,
			organisationId: orgId,
			title: 'Atelier couture',
			date: '2027-03-02',
			start: '14:00',
			end: '16:00',
			...over
		});
		const bookingsOf = async (seriesId: string) =>
			(
				await use()
					.db.select({
						id: booking.id,
						date: booking.occurrenceDate,
						status: booking.status,
						isException: booking.isException,
						seriesId: booking.seriesId,
						during: sql<string>`${booking.during}::text`
					})
					.from(booking)
					.where(eq(booking.seriesId, seriesId))
			).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));

		it('sets up rooms with different policies', async () => {
			const { db } = use();
			const communeId = randomUUID();
			await db.insert(commune).values({ id: communeId, inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A' });
			const facilityId = randomUUID();
			await db.insert(facility).values({ id: facilityId, name: 'Maison', communeId, address: '1 rue' });
			await db.insert(organisation).values([
				{ id: orgId, name: 'Atelier des Buers', type: 'association' },
				{ id: otherOrgId, name: 'Femmes en Mouvement', type: 'association' }
			]);
			await db.insert(user).values({ id: userId, name: 'Awa', email: `awa-${userId}@exemple.fr` });
			const base = { facilityId, areaM2: 40, capacity: 20, minNoticeHours: 48, maxBookingMinutes: 240 };
			await db.insert(room).values([
				{ ...base, id: roomId, name: 'Salle des requêtes', approvalRequired: true },
				{ ...base, id: instantRoomId, name: 'Salle immédiate', approvalRequired: false },
				{ ...base, id: quotaRoomId, name: 'Salle à quota', approvalRequired: true, weeklyQuotaMinutes: 180 },
				{ ...base, id: managersRoomId, name: 'Salle réservée', bookableBy: 'managers' }
			]);
		});

		it('creates a weekly series whole, pending, skipping public holidays', async () => {
			const result = await requestBookingFromForm(
				use(),
				actor,
				form({ repeat: 'weekly', weekdays: ['TU'], until: '2027-05-25', isPublic: 'on' }),
				NOW
			);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.seriesId).not.toBeNull();
			const rows = await bookingsOf(result.seriesId!);
			// 2 March … 25 May 2027: 13 Tuesdays; none is a public holiday (Easter Monday is 29 March).
			expect(rows).toHaveLength(13);
			expect(rows.every((r) => r.status === 'pending')).toBe(true);
			const [series] = await use().db.select().from(bookingSeries).where(eq(bookingSeries.id, result.seriesId!));
			expect(series?.rule).toContain('FREQ=WEEKLY');
			expect(series?.startTime).toBe('14:00');
			// 14:00 Paris stays 14:00 across the March change: 13:00Z before, 12:00Z after.
			expect(rows[0]!.during).toContain('13:00:00');
			expect(rows.at(-1)!.during).toContain('12:00:00');
		});

		it('creates nothing when one date of a series is taken, and says which', async () => {
			const { db } = use();
			await insertBookings(db, [
				{
					id: randomUUID(),
					roomId,
					organisationId: otherOrgId,
					title: 'Cours de français',
					status: 'confirmed',
					isPublic: true,
					interval: localInterval('2027-06-15', '15:00', '17:00', TZ)
				}
			]);
			const values = form({ date: '2027-06-01', repeat: 'weekly', until: '2027-06-29' });
			const preview = await previewBookingRequest(use(), { kind: 'person', actor }, values, NOW);
			expect(preview.ok).toBe(true);
			if (preview.ok) {
				expect(preview.value.examination.occurrences).toHaveLength(5);
				expect(preview.value.examination.conflicts.map((c) => c.date)).toEqual(['2027-06-15']);
				expect(preview.value.examination.conflicts[0]!.with[0]).toMatchObject({
					title: 'Cours de français',
					organisationName: 'Femmes en Mouvement'
				});
			}
			const before = await db.$count(booking);
			const result = await requestBookingFromForm(use(), actor, values, NOW);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.reason).toBe('CONFLICT');
			expect(await db.$count(booking)).toBe(before);
		});

		it('answers CONFLICT, never an error, when the race is lost after the check', async () => {
			const { db } = use();
			const request = bookingRequestFromApi(
				{ roomId, title: 'Course', date: '2027-07-06', start: '10:00', end: '11:00' },
				orgId
			);
			if (!request.ok) throw new Error('invalid');
			// Both pass the check; only one can be written.
			const results = await Promise.all([
				requestBooking(use(), { kind: 'api', organisationId: orgId }, request.request, NOW),
				requestBooking(use(), { kind: 'api', organisationId: orgId }, request.request, NOW)
			]);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			const lost = results.find((r) => !r.ok);
			expect(lost && !lost.ok && lost.reason).toBe('CONFLICT');
			expect(await db.$count(booking, sql`${booking.roomId} = ${roomId} AND ${booking.title} = 'Course'`)).toBe(1);
		});

		it('refuses what the policy forbids: notice, length, who may book', async () => {
			const late = await requestBookingFromForm(use(), actor, form({ date: '2027-01-05' }), NOW);
			expect(!late.ok && late.reason === 'POLICY' && late.examination.problems[0]!.problems).toEqual(['notice']);
			const long = await requestBookingFromForm(
				use(),
				actor,
				form({ date: '2027-08-03', start: '09:00', end: '14:00' }),
				NOW
			);
			expect(!long.ok && long.reason === 'POLICY' && long.examination.problems[0]!.problems).toEqual(['too_long']);
			const managers = await requestBookingFromForm(use(), actor, form({ roomId: managersRoomId }), NOW);
			expect(!managers.ok && managers.reason === 'POLICY' && managers.examination.problems[0]!.problems).toEqual([
				'not_allowed'
			]);
			await expect(requestBookingFromForm(use(), stranger, form(), NOW)).rejects.toBeInstanceOf(AccessDenied);
		});

		it('counts the weekly quota with what the organisation already holds', async () => {
			const first = await requestBookingFromForm(use(), actor, form({ roomId: quotaRoomId, date: '2027-09-07' }), NOW);
			expect(first.ok).toBe(true);
			// 120 held + 120 asked > 180 in the week of 6 September.
			const second = await requestBookingFromForm(use(), actor, form({ roomId: quotaRoomId, date: '2027-09-09' }), NOW);
			expect(!second.ok && second.reason === 'POLICY' && second.examination.problems[0]!.problems).toEqual(['quota']);
			const nextWeek = await requestBookingFromForm(
				use(),
				actor,
				form({ roomId: quotaRoomId, date: '2027-09-14' }),
				NOW
			);
			expect(nextWeek.ok).toBe(true);
		});

		it('confirms at once in a room that needs no approval', async () => {
			const result = await requestBookingFromForm(
				use(),
				actor,
				form({ roomId: instantRoomId, date: '2027-03-03' }),
				NOW
			);
			expect(result.ok && result.bookings.map((b) => b.status)).toEqual(['confirmed']);
			expect(result.ok && result.seriesId).toBeNull();
		});

		it('cancels one occurrence, which frees its slot', async () => {
			const made = await requestBookingFromForm(
				use(),
				actor,
				form({ date: '2027-10-05', repeat: 'weekly', until: '2027-10-26' }),
				NOW
			);
			if (!made.ok) throw new Error(JSON.stringify(made));
			const second = made.bookings[1]!;
			const result = await changeBooking(use(), actor, second.id, { action: 'cancel', scope: 'this' }, NOW);
			expect(result?.ok).toBe(true);
			const rows = await bookingsOf(made.seriesId!);
			expect(rows.map((r) => r.status)).toEqual(['pending', 'cancelled', 'pending', 'pending']);
			const other = await requestBookingFromForm(
				use(),
				{ ...actor, grants: [{ role: 'organisation_member', scopeType: 'organisation', scopeId: otherOrgId }] },
				form({ organisationId: otherOrgId, date: '2027-10-12', title: 'Permanence' }),
				NOW
			);
			expect(other.ok).toBe(true);
		});

		it('moves this and following: splits the series, keeps exceptions, ends the old one before', async () => {
			const made = await requestBookingFromForm(
				use(),
				actor,
				form({ date: '2027-11-02', repeat: 'weekly', until: '2027-11-30' }),
				NOW
			);
			if (!made.ok) throw new Error(JSON.stringify(made));
			const [, , third, fourth] = made.bookings;
			// The 4th occurrence moved on its own first: an exception.
			expect(
				(
					await changeBooking(
						use(),
						actor,
						fourth!.id,
						{ action: 'move', scope: 'this', start: '17:00', end: '18:00' },
						NOW
					)
				)?.ok
			).toBe(true);
			const split = await changeBooking(
				use(),
				actor,
				third!.id,
				{ action: 'move', scope: 'following', start: '09:00', end: '11:00' },
				NOW
			);
			expect(split?.ok).toBe(true);
			if (!split?.ok) return;
			expect(split.seriesId).not.toBe(made.seriesId);
			const old = await bookingsOf(made.seriesId!);
			expect(old.map((r) => r.date)).toEqual(['2027-11-02', '2027-11-09']);
			const [oldSeries] = await use().db.select().from(bookingSeries).where(eq(bookingSeries.id, made.seriesId!));
			expect(oldSeries?.rule).toContain('UNTIL=20271115');
			const fresh = await bookingsOf(split.seriesId!);
			expect(fresh.map((r) => r.date)).toEqual(['2027-11-16', '2027-11-23', '2027-11-30']);
			// 09:00 Paris is 08:00Z in November; the exception keeps 17:00 (16:00Z).
			expect(fresh[0]!.during).toContain('08:00:00');
			expect(fresh[1]!.during).toContain('16:00:00');
			expect(fresh[1]!.isException).toBe(true);
			expect(fresh[2]!.during).toContain('08:00:00');
		});

		it('moves the whole series but its exceptions, and refuses a move onto a held slot', async () => {
			const made = await requestBookingFromForm(
				use(),
				actor,
				form({ date: '2028-01-04', repeat: 'weekly', endMode: 'count', count: '3' }),
				NOW
			);
			if (!made.ok) throw new Error(JSON.stringify(made));
			await changeBooking(
				use(),
				actor,
				made.bookings[1]!.id,
				{ action: 'move', scope: 'this', start: '18:00', end: '19:00' },
				NOW
			);
			const all = await changeBooking(
				use(),
				actor,
				made.bookings[0]!.id,
				{ action: 'move', scope: 'all', start: '10:00', end: '12:00' },
				NOW
			);
			expect(all?.ok).toBe(true);
			const rows = await bookingsOf(made.seriesId!);
			expect(rows.map((r) => r.during.slice(13, 21))).toEqual(['09:00:00', '17:00:00', '09:00:00']);

			await use().db.execute(
				sql`INSERT INTO booking (id, room_id, title, during, status) VALUES (${randomUUID()}, ${roomId}, 'Réunion', ${toRangeLiteral(localInterval('2028-01-18', '07:00', '08:00', TZ))}::tstzrange, 'confirmed')`
			);
			const blocked = await changeBooking(
				use(),
				actor,
				made.bookings[0]!.id,
				{ action: 'move', scope: 'all', start: '07:30', end: '09:00' },
				NOW
			);
			expect(blocked?.ok).toBe(false);
			if (blocked && !blocked.ok) expect(blocked.reason).toBe('CONFLICT');
			const after = await bookingsOf(made.seriesId!);
			expect(after.map((r) => r.during)).toEqual(rows.map((r) => r.during));
		});

		it('cancels the whole series', async () => {
			const made = await requestBookingFromForm(
				use(),
				actor,
				form({ date: '2028-02-01', repeat: 'weekly', endMode: 'count', count: '2' }),
				NOW
			);
			if (!made.ok) throw new Error(JSON.stringify(made));
			await changeBooking(use(), actor, made.bookings[0]!.id, { action: 'cancel', scope: 'all' }, NOW);
			const [series] = await use().db.select().from(bookingSeries).where(eq(bookingSeries.id, made.seriesId!));
			expect(series?.status).toBe('cancelled');
			expect((await bookingsOf(made.seriesId!)).every((r) => r.status === 'cancelled')).toBe(true);
		});

		it('answers the API: 401 without a token, 422 on bad fields, 201 then 409 with the dates taken, 403 for a managers’ room', async () => {
			const admin: Actor = {
				userId,
				twoFactorEnabled: false,
				grants: [{ role: 'organisation_admin', scopeType: 'organisation', scopeId: orgId }]
			};
			const created = await createApiToken(use(), admin, orgId, { name: 'Planning' });
			if (!created.ok) throw new Error('no token');
			const post = (body: unknown, token: string | null = created.token) =>
				handleBookingPost(
					use(),
					new Request('http://localhost/api/v1/bookings', {
						method: 'POST',
						headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
						body: JSON.stringify(body)
					}),
					NOW
				);
			const body = {
				roomId,
				title: 'Permanence API',
				date: '2027-04-06',
				start: '09:00',
				end: '10:00',
				rule: 'FREQ=WEEKLY;BYDAY=TU',
				until: '2027-04-27'
			};
			expect((await post(body, null)).status).toBe(401);
			expect((await post(body, 'qv_not-a-token')).status).toBe(401);
			const bad = await post({ ...body, start: '9 heures', rule: 'FREQ=YEARLY' });
			expect(bad.status).toBe(422);
			expect(bad.headers.get('content-type')).toBe('application/problem+json');
			expect((await bad.json()).errors).toMatchObject({ start: 'HOURS.TIME_INVALID' });
			const ok = await post(body);
			expect(ok.status).toBe(201);
			const made = await ok.json();
			expect(made.bookings).toHaveLength(4);
			expect(made.bookings[0]).toMatchObject({ status: 'pending', start: '2027-04-06T07:00:00.000Z' });
			const taken = await post({
				...body,
				title: 'Autre',
				rule: undefined,
				until: undefined,
				date: '2027-04-13',
				start: '09:30',
				end: '11:00'
			});
			expect(taken.status).toBe(409);
			expect(taken.headers.get('content-type')).toBe('application/problem+json');
			expect((await taken.json()).conflicts).toEqual([
				{ date: '2027-04-13', start: '2027-04-13T07:30:00.000Z', end: '2027-04-13T09:00:00.000Z' }
			]);
			expect((await post({ ...body, roomId: managersRoomId })).status).toBe(403);

			// Many programs at once for one slot: exactly one 201, every other a 409, never a 500.
			const race = await Promise.all(
				Array.from({ length: 40 }, (_, i) =>
					post({ roomId, title: `Course ${i}`, date: '2027-05-04', start: '18:00', end: '19:00' })
				)
			);
			const statuses = race.map((r) => r.status).sort();
			expect(statuses.filter((s) => s === 201)).toHaveLength(1);
			expect(statuses.filter((s) => s === 409)).toHaveLength(39);
		});

		it('lists the organisation’s requests grouped by series', async () => {
			const { groups } = await listOrganisationBookings(use(), actor, { when: 'upcoming', now: NOW });
			expect(groups.length).toBeGreaterThan(3);
			const weekly = groups.find((g) => g.bookings.some((b) => b.date === '2027-03-02'));
			expect(weekly?.bookings).toHaveLength(13);
			expect(weekly?.bookings[0]).toMatchObject({ start: '14:00', end: '16:00', status: 'pending' });
			expect((await listOrganisationBookings(use(), stranger, { when: 'upcoming', now: NOW })).groups).toEqual([]);
		});
	},
	{ RATE_LIMITS: 'false' }
);
