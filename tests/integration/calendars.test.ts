/**
 * Calendars, iCalendar feeds and occupancy on both engines, over bookings written through the
 * bookings store: what a visitor, a secret-token feed and a revoked token see, a feed read back
 * by a real parser (ical.js) across the October daylight-saving change, and occupancy figures.
 */
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import ICAL from 'ical.js';
import { eq } from 'drizzle-orm';
import {
	calendarFeed,
	commune,
	facility,
	initiative,
	organisation,
	practice,
	quartier,
	roleGrant,
	room,
	roomClosure,
	user
} from '#lib/server/db/schema.js';
import { insertBookings, type NewBooking } from '#lib/server/bookings/store.js';
import { loadActor } from '#lib/server/authorisation.js';
import { getCalendarFeed } from '#lib/server/use-cases/get-calendar-feed.js';
import { createCalendarFeed } from '#lib/server/use-cases/create-calendar-feed.js';
import { revokeCalendarFeed } from '#lib/server/use-cases/revoke-calendar-feed.js';
import { listCalendarFeeds } from '#lib/server/use-cases/list-calendar-feeds.js';
import { getCalendar } from '#lib/server/use-cases/get-calendar.js';
import { getOccupancy } from '#lib/server/use-cases/get-occupancy.js';
import { localInterval, toRangeLiteral, toInstant } from '#lib/domain/zoned-time.js';
import { forEachEngine } from './engines.js';

const PARIS = 'Europe/Paris';
const NOW = new Date('2027-10-01T08:00:00Z');
const labels = { busy: 'Réservé', pending: 'En attente', calendarName: (n: string) => `${n} — QV` };
const ARABIC = 'مطعم النساء، ورشة الطبخ؛ مرحبا بالجميع';
const LONG =
	"Atelier couture et débat : les voisines, les mères, les grands-mères; apportez tissus, fils, aiguilles, idées, et vos enfants, qui seront accueillis par l'équipe";

function parse(text: string) {
	const component = new ICAL.Component(ICAL.parse(text));
	return component.getAllSubcomponents('vevent').map((v) => {
		const e = new ICAL.Event(v);
		return {
			uid: e.uid,
			start: e.startDate.toJSDate().toISOString(),
			end: e.endDate.toJSDate().toISOString(),
			summary: e.summary,
			status: v.getFirstPropertyValue('status') as string
		};
	});
}

forEachEngine('calendars, feeds and occupancy', (use) => {
	const ids = {
		commune: randomUUID(),
		quartier: randomUUID(),
		facility: randomUUID(),
		room: randomUUID(),
		otherRoom: randomUUID(),
		orgA: randomUUID(),
		orgB: randomUUID(),
		practice: randomUUID(),
		initiative: randomUUID(),
		manager: randomUUID(),
		memberA: randomUUID(),
		memberB: randomUUID()
	};
	const b = {
		publicBefore: randomUUID(),
		privateAfter: randomUUID(),
		pending: randomUUID(),
		cancelled: randomUUID(),
		longText: randomUUID(),
		orgB: randomUUID()
	};
	const feed = (type: 'room' | 'organisation' | 'initiative', id: string, token: string | null) =>
		getCalendarFeed(use(), type, id, token, { now: NOW, host: 'qv.test', origin: 'https://qv.test', labels });

	it('sets up a room shared by two organisations, with bookings on both sides of the October change', async () => {
		const { db } = use();
		await db
			.insert(commune)
			.values({ id: ids.commune, inseeCode: '69266', name: 'Villeurbanne', holidayZone: 'A', departement: '69' });
		await db
			.insert(quartier)
			.values({ id: ids.quartier, communeId: ids.commune, name: 'Saint-Jean', qpvCode: 'QN06999X' });
		await db.insert(facility).values({
			id: ids.facility,
			name: 'Maison du quartier',
			communeId: ids.commune,
			quartierId: ids.quartier,
			address: '1 rue du Rhône'
		});
		const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));
		await db.insert(room).values([
			{
				id: ids.room,
				facilityId: ids.facility,
				name: 'Salle polyvalente',
				areaM2: 60,
				capacity: 30,
				openingHours: weekdays
			},
			{ id: ids.otherRoom, facilityId: ids.facility, name: 'Cuisine', areaM2: 30, capacity: 12, openingHours: [] }
		]);
		await db.insert(organisation).values([
			{ id: ids.orgA, name: 'Femmes en Mouvement', type: 'association', communeId: ids.commune },
			{ id: ids.orgB, name: 'Crèche itinérante', type: 'ess_enterprise', communeId: ids.commune }
		]);
		await db.insert(practice).values({
			id: ids.practice,
			slug: `p-${ids.practice}`,
			status: 'published',
			title: 'Restaurant de femmes',
			summary: 's',
			publics: ['women', 'families']
		});
		await db.insert(initiative).values({
			id: ids.initiative,
			practiceId: ids.practice,
			organisationId: ids.orgA,
			title: 'Le restaurant des voisines'
		});
		await db.insert(user).values([
			{ id: ids.manager, name: 'Gestionnaire', email: `m-${ids.manager}@exemple.fr` },
			{ id: ids.memberA, name: 'Membre A', email: `a-${ids.memberA}@exemple.fr` },
			{ id: ids.memberB, name: 'Membre B', email: `b-${ids.memberB}@exemple.fr` }
		]);
		await db.insert(roleGrant).values([
			{ id: randomUUID(), userId: ids.manager, role: 'facility_manager', scopeType: 'commune', scopeId: ids.commune },
			{
				id: randomUUID(),
				userId: ids.memberA,
				role: 'organisation_member',
				scopeType: 'organisation',
				scopeId: ids.orgA
			},
			{
				id: randomUUID(),
				userId: ids.memberB,
				role: 'organisation_member',
				scopeType: 'organisation',
				scopeId: ids.orgB
			}
		]);
		const row = (id: string, date: string, start: string, end: string, extra: Partial<NewBooking>): NewBooking => ({
			id,
			roomId: ids.room,
			title: 'x',
			interval: localInterval(date, start, end, PARIS),
			...extra
		});
		await db.transaction(async (tx) => {
			await insertBookings(tx, [
				// Friday before the change (UTC+2) and Tuesday after it (UTC+1), both 12:00–14:00 local.
				row(b.publicBefore, '2027-10-29', '12:00', '14:00', {
					title: ARABIC,
					organisationId: ids.orgA,
					initiativeId: ids.initiative,
					status: 'confirmed'
				}),
				row(b.privateAfter, '2027-11-02', '12:00', '14:00', {
					title: 'Réunion privée, confidentielle',
					organisationId: ids.orgA,
					status: 'confirmed',
					isPublic: false
				}),
				row(b.pending, '2027-11-03', '09:00', '11:00', {
					title: 'Demande en attente',
					organisationId: ids.orgB,
					status: 'pending'
				}),
				row(b.cancelled, '2027-11-03', '14:00', '16:00', {
					title: 'Annulée',
					organisationId: ids.orgB,
					status: 'cancelled'
				}),
				row(b.longText, '2027-11-04', '15:00', '19:00', {
					title: LONG,
					organisationId: ids.orgA,
					initiativeId: ids.initiative,
					status: 'confirmed'
				}),
				row(b.orgB, '2027-11-05', '09:00', '12:00', {
					title: 'Crèche du vendredi',
					organisationId: ids.orgB,
					status: 'confirmed',
					isPublic: false
				})
			]);
		});
		await db.insert(roomClosure).values({
			id: randomUUID(),
			roomId: ids.room,
			reason: 'Travaux',
			during: toRangeLiteral({
				start: toInstant('2027-11-11', '00:00', PARIS),
				end: toInstant('2027-11-13', '00:00', PARIS)
			})
		});
	});

	it('gives visitors a public room feed that ical.js reads back with the same occurrences', async () => {
		const result = await feed('room', ids.room, null);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.withToken).toBe(false);
		const events = parse(result.body);
		const at = (date: string, s: string, e: string) => localInterval(date, s, e, PARIS);
		expect(events).toEqual([
			{
				uid: `booking-${b.publicBefore}@qv.test`,
				start: '2027-10-29T10:00:00.000Z',
				end: '2027-10-29T12:00:00.000Z',
				summary: ARABIC,
				status: 'CONFIRMED'
			},
			{
				uid: `booking-${b.privateAfter}@qv.test`,
				start: '2027-11-02T11:00:00.000Z',
				end: '2027-11-02T13:00:00.000Z',
				summary: 'Réservé',
				status: 'CONFIRMED'
			},
			{
				uid: `booking-${b.pending}@qv.test`,
				start: at('2027-11-03', '09:00', '11:00').start.toISOString(),
				end: at('2027-11-03', '09:00', '11:00').end.toISOString(),
				summary: 'Demande en attente',
				status: 'TENTATIVE'
			},
			{
				uid: `booking-${b.longText}@qv.test`,
				start: at('2027-11-04', '15:00', '19:00').start.toISOString(),
				end: at('2027-11-04', '15:00', '19:00').end.toISOString(),
				summary: LONG,
				status: 'CONFIRMED'
			},
			{
				uid: `booking-${b.orgB}@qv.test`,
				start: at('2027-11-05', '09:00', '12:00').start.toISOString(),
				end: at('2027-11-05', '09:00', '12:00').end.toISOString(),
				summary: 'Réservé',
				status: 'CONFIRMED'
			}
		]);
		expect(result.body).not.toContain('confidentielle');
		expect(result.body).not.toContain('Annulée');
	});

	it('shows a manager’s secret feed every detail, and refuses it once revoked', async () => {
		const ctx = use();
		const manager = await loadActor(ctx.db, ids.manager);
		const created = await createCalendarFeed(ctx, manager, { scope: `room:${ids.room}` });
		expect(created.ok).toBe(true);
		if (!created.ok) return;
		expect(created.path).toBe(`/calendars/rooms/${ids.room}.ics`);
		// Only a hash is stored.
		const stored = await ctx.db.select().from(calendarFeed).where(eq(calendarFeed.scopeId, ids.room));
		expect(stored.length).toBe(1);
		expect(stored[0]!.tokenHash).not.toContain(created.token);
		const full = await feed('room', ids.room, created.token);
		expect(full.ok && full.withToken).toBe(true);
		if (!full.ok) return;
		const summaries = parse(full.body).map((e) => e.summary);
		expect(summaries).toContain('Réunion privée, confidentielle');
		expect(summaries).toContain('Crèche du vendredi');
		expect(summaries).not.toContain('Annulée');
		// The token only opens the scope it was made for.
		expect(await feed('room', ids.otherRoom, created.token)).toEqual({ ok: false, reason: 'TOKEN_INVALID' });
		expect(await feed('room', ids.room, 'qvcal_not-a-real-token')).toEqual({ ok: false, reason: 'TOKEN_INVALID' });
		const listed = await listCalendarFeeds(ctx, manager);
		expect(listed.feeds.map((f) => f.name)).toEqual(['Salle polyvalente']);
		expect(listed.choices.filter((c) => c.scopeType === 'room').length).toBe(2);
		// Someone else cannot revoke it; its creator can, and the next fetch is refused.
		const memberA = await loadActor(ctx.db, ids.memberA);
		expect((await revokeCalendarFeed(ctx, memberA, stored[0]!.id)).ok).toBe(false);
		expect((await revokeCalendarFeed(ctx, manager, stored[0]!.id)).ok).toBe(true);
		expect(await feed('room', ids.room, created.token)).toEqual({ ok: false, reason: 'TOKEN_INVALID' });
	});

	it('lets organisation members follow their organisation, not a room they do not manage', async () => {
		const ctx = use();
		const memberA = await loadActor(ctx.db, ids.memberA);
		expect(await createCalendarFeed(ctx, memberA, { scope: `room:${ids.room}` })).toEqual({
			ok: false,
			fieldErrors: { scope: 'AUTH.FORBIDDEN' }
		});
		expect(await createCalendarFeed(ctx, memberA, { scope: `organisation:${ids.orgB}` })).toMatchObject({ ok: false });
		expect(await createCalendarFeed(ctx, memberA, { scope: 'nonsense' })).toMatchObject({
			ok: false,
			fieldErrors: { scope: 'CALENDARS.SCOPE_REQUIRED' }
		});
		const own = await createCalendarFeed(ctx, memberA, { scope: `organisation:${ids.orgA}` });
		if (!own.ok) throw new Error('expected a feed');
		const withToken = await feed('organisation', ids.orgA, own.token);
		const publicFeed = await feed('organisation', ids.orgA, null);
		if (!withToken.ok || !publicFeed.ok) throw new Error('expected feeds');
		expect(parse(withToken.body).map((e) => e.summary)).toEqual([ARABIC, 'Réunion privée, confidentielle', LONG]);
		// The public feed of an organisation leaves its private bookings out altogether.
		expect(parse(publicFeed.body).map((e) => e.summary)).toEqual([ARABIC, LONG]);
		const initiativeFeed = await feed('initiative', ids.initiative, null);
		if (!initiativeFeed.ok) throw new Error('expected a feed');
		expect(parse(initiativeFeed.body).map((e) => e.uid)).toEqual([
			`booking-${b.publicBefore}@qv.test`,
			`booking-${b.longText}@qv.test`
		]);
		expect(await feed('room', randomUUID(), null)).toEqual({ ok: false, reason: 'NOT_FOUND' });
	});

	it('shows visitors “booked” and managers the details on the week calendar, with closures and holidays', async () => {
		const ctx = use();
		const week = { view: 'week', date: '2027-11-03' };
		const visitor = await getCalendar(ctx, null, 'room', ids.room, week, NOW);
		const manager = await getCalendar(ctx, await loadActor(ctx.db, ids.manager), 'room', ids.room, week, NOW);
		if (!visitor || !manager) throw new Error('expected calendars');
		const titles = (c: typeof visitor) =>
			c.weeks.flat().flatMap((d) => d.entries.map((e) => `${d.date} ${e.startTime} ${e.title ?? 'busy'} ${e.status}`));
		expect(titles(visitor)).toEqual([
			'2027-11-02 12:00 busy confirmed',
			'2027-11-03 09:00 Demande en attente pending',
			`2027-11-04 15:00 ${LONG} confirmed`,
			'2027-11-05 09:00 busy confirmed'
		]);
		expect(titles(manager)).toContain('2027-11-02 12:00 Réunion privée, confidentielle confirmed');
		const month = await getCalendar(ctx, null, 'quartier', 'QN06999X', { view: 'month', date: '2027-11-20' }, NOW);
		if (!month) throw new Error('expected a calendar');
		const days = month.weeks.flat();
		expect(days.find((d) => d.date === '2027-11-11')!.publicHoliday).toBe('armistice_1918');
		expect(
			days.find((d) => d.date === '2027-11-11')!.entries.map((e) => [e.kind, e.title, e.startTime, e.endTime])
		).toEqual([['closure', 'Travaux', '00:00', '24:00']]);
		expect(days.find((d) => d.date === '2027-11-01')!.publicHoliday).toBe('all_saints');
		expect(await getCalendar(ctx, null, 'room', randomUUID(), week, NOW)).toBeNull();
	});

	it('measures occupancy of the room, its facility and its quartier', async () => {
		const ctx = use();
		const occupancy = await getOccupancy(ctx, 'room', ids.room, { from: '2027-11-01' }, NOW);
		if (!occupancy) throw new Error('expected figures');
		const [first, second] = occupancy.weeks;
		// Week of 1 November: 40 open hours (a public holiday does not close a room; only closures do).
		expect(first!.weekStart).toBe('2027-11-01');
		expect(first!.openMinutes).toBe(40 * 60);
		// Confirmed only: 12–14 (2 h), 15–19 clipped at 17 (2 h), 9–12 (3 h); the pending request does not count.
		expect(first!.bookedMinutes).toBe(7 * 60);
		expect(first!.rate).toBeCloseTo(7 / 40);
		expect(first!.organisations.map((o) => o.name).sort()).toEqual(['Crèche itinérante', 'Femmes en Mouvement']);
		expect(first!.minutesByPublic).toEqual({ families: 120, women: 120 });
		expect(first!.minutesWithoutPublic).toBe(5 * 60);
		// Week of 8 November: closed Thursday and Friday.
		expect(second!.openMinutes).toBe(24 * 60);
		expect(second!.bookedMinutes).toBe(0);
		const facilityFigures = await getOccupancy(ctx, 'facility', ids.facility, { from: '2027-11-01' }, NOW);
		expect(facilityFigures!.weeks[0]!.bookedMinutes).toBe(7 * 60);
		expect(facilityFigures!.weeks[0]!.roomsOnRequest).toBe(1);
		const quartierFigures = await getOccupancy(ctx, 'quartier', 'QN06999X', { from: '2027-10-25' }, NOW);
		// The week of the change: Friday 29 October, 12:00–14:00.
		expect(quartierFigures!.weeks[0]!.bookedMinutes).toBe(120);
		expect(quartierFigures!.weeks[0]!.openMinutes).toBe(40 * 60);
	});
});
