/**
 * Childcare coupled to sessions on both engines: a childcare offer per age band, a session marked
 * "childcare needed" and the childcare proposed for it (same facility before far away), the link,
 * a parent's sign-up and her child's place in one transaction (nothing saved when the place or
 * the age is wrong), the waiting list, cancellation and account deletion giving places back, the
 * gaps the commune sees, the database refusing over-capacity and wrong-age rows written with SQL
 * directly, and parents racing for the last childcare place.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { eventually, requestSeries, seedTerritory, type Territory } from './booking-fixtures.js';
import {
	booking,
	childcareReservation,
	facility,
	initiative,
	notification,
	organisation,
	practice,
	roleGrant,
	room,
	sessionSignup,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied, loadActor } from '#lib/server/authorisation.js';
import { setBookingStatus, sqlStateOf } from '#lib/server/bookings/store.js';
import { releasePlacesOf } from '#lib/server/sessions/store.js';
import { signUpForSession } from '#lib/server/use-cases/sign-up-for-session.js';
import { cancelSessionSignup } from '#lib/server/use-cases/cancel-session-signup.js';
import { recordCounterSignup } from '#lib/server/use-cases/record-counter-signup.js';
import { setChildcareOffer } from '#lib/server/use-cases/set-childcare-offer.js';
import { setSessionCapacity } from '#lib/server/use-cases/set-session-capacity.js';
import { setChildcareNeed } from '#lib/server/use-cases/set-childcare-need.js';
import { getChildcareCoupling } from '#lib/server/use-cases/get-childcare-coupling.js';
import { linkChildcare } from '#lib/server/use-cases/link-childcare.js';
import { unlinkChildcare } from '#lib/server/use-cases/unlink-childcare.js';
import { listChildcareGaps } from '#lib/server/use-cases/list-childcare-gaps.js';
import { listSessionChildcare } from '#lib/server/use-cases/list-session-childcare.js';
import { exportMyData } from '#lib/server/use-cases/export-my-data.js';
import { getSessionRoster } from '#lib/server/use-cases/get-session-roster.js';
import { listInitiativeSessions } from '#lib/server/use-cases/list-initiative-sessions.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { toLocal, weekdayOf } from '#lib/domain/zoned-time.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { Database } from '#lib/server/db/client.js';

const BEFORE = new Date('2031-01-01T10:00:00Z');
const TODDLERS = { minMonths: 12, maxMonths: 36 };
const resident = (userId: string): Actor => ({ userId, grants: [], twoFactorEnabled: false });

async function residents(db: Database, count: number) {
	const ids = Array.from({ length: count }, () => randomUUID());
	await db.insert(user).values(ids.map((id) => ({ id, name: `Parent ${id.slice(0, 4)}`, email: `${id}@exemple.fr` })));
	return ids;
}

forEachEngine('childcare coupled to sessions', (use) => {
	let t: Territory;
	let staff: Actor;
	let crecheStaff: Actor;
	let frenchId: string;
	let crecheId: string;
	let sewingId: string;
	let tuesday: string;
	let thursday: string;
	let crecheTuesday: string;
	let farCrecheTuesday: string;
	let gardenRoom: string;
	const parents: string[] = [];
	const race = { french: '', creche: '', racers: [] as string[] };
	let june = '';
	let juneCreche = '';

	const signupsOf = (ids: string[]) => use().db.select().from(sessionSignup).where(inArray(sessionSignup.userId, ids));
	/** The people among `ids` told that their children's childcare went. */
	const lostChildcareTold = async (ids: string[]) =>
		(
			await use()
				.db.select({ userId: notification.userId })
				.from(notification)
				.where(and(inArray(notification.userId, ids), eq(notification.kind, 'session.childcare_lost')))
		).map((n) => n.userId);
	const heldIn = async (bookingId: string) => {
		const rows = await use().db.execute(sql`
			SELECT count(*)::int AS n FROM childcare_reservation r JOIN initiative_session s ON s.id = r.childcare_session_id
			WHERE s.booking_id = ${bookingId} AND r.status = 'held'`);
		return Number((rows as unknown as { rows: { n: number }[] }).rows[0]!.n);
	};
	const signUp = (userId: string, bookingId: string, values: Record<string, string> = {}) =>
		signUpForSession(use(), resident(userId), { initiativeId: frenchId, bookingId, values, now: BEFORE });
	/** A French class 9:00–11:00 and the crèche 8:00–12:00 in the same facility, on one date. */
	async function frenchAndCreche(date: string): Promise<[string, string]> {
		const { db } = use();
		const one = async (initiativeId: string, options: Parameters<typeof requestSeries>[3]) => {
			const [id] = (await requestSeries(db, t, [date], { status: 'confirmed', ...options })).bookingIds as [string];
			await db.update(booking).set({ initiativeId }).where(eq(booking.id, id));
			return id;
		};
		return [
			await one(frenchId, { title: 'Français', start: '09:00', end: '11:00' }),
			await one(crecheId, { roomId: gardenRoom, title: 'Crèche', start: '08:00', end: '12:00' })
		];
	}

	it('sets up French classes on Tuesdays and Thursdays and a crèche in the same facility on Tuesdays', async () => {
		const { db } = use();
		t = await seedTerritory(db);
		staff = (await loadActor(db, t.requesterId))!;
		await db.update(facility).set({ lat: 45.777208, lon: 4.860125 }).where(eq(facility.id, t.facilityId));
		// Two kilometres away: too far to be proposed.
		await db.update(facility).set({ lat: 45.783542, lon: 4.884424 }).where(eq(facility.id, t.otherFacilityId));
		gardenRoom = randomUUID();
		const sewingRoom = randomUUID();
		await db.insert(room).values([
			{ id: gardenRoom, facilityId: t.facilityId, name: 'Salle du jardin', areaM2: 40, capacity: 15 },
			{ id: sewingRoom, facilityId: t.facilityId, name: 'Atelier', areaM2: 40, capacity: 15 }
		]);
		const fle = randomUUID();
		const creche = randomUUID();
		await db.insert(practice).values([
			{ id: fle, slug: `fle-${fle}`, status: 'published', title: 'FLE', summary: '…', publics: ['women'] },
			{
				id: creche,
				slug: `creche-${creche}`,
				status: 'published',
				title: 'Crèche itinérante',
				summary: '…',
				publics: ['children_0_3', 'families'],
				themes: ['JEU', 'INS']
			}
		]);
		const crecheOrg = randomUUID();
		await db
			.insert(organisation)
			.values({ id: crecheOrg, name: 'Petits Pas', type: 'ess_enterprise', communeId: t.communeId });
		const crecheMember = randomUUID();
		await db.insert(user).values({ id: crecheMember, name: 'Crèche', email: `${crecheMember}@exemple.fr` });
		await db.insert(roleGrant).values({
			id: randomUUID(),
			userId: crecheMember,
			role: 'organisation_admin',
			scopeType: 'organisation',
			scopeId: crecheOrg
		});
		crecheStaff = (await loadActor(db, crecheMember))!;
		frenchId = randomUUID();
		crecheId = randomUUID();
		sewingId = randomUUID();
		await db.insert(initiative).values([
			{ id: frenchId, practiceId: fle, organisationId: t.organisationId, title: 'Français', sessionCapacity: 3 },
			{ id: sewingId, practiceId: fle, organisationId: t.organisationId, title: 'Couture', sessionCapacity: 10 },
			{ id: crecheId, practiceId: creche, organisationId: crecheOrg, title: 'Crèche Petits Pas' }
		]);
		const link = async (ids: string[], initiativeId: string) =>
			db.update(booking).set({ initiativeId }).where(inArray(booking.id, ids));
		const french = await requestSeries(db, t, ['2031-03-04', '2031-03-06'], {
			title: 'Français',
			status: 'confirmed',
			start: '09:00',
			end: '11:00'
		});
		[tuesday, thursday] = french.bookingIds as [string, string];
		await link(french.bookingIds, frenchId);
		const creches = await requestSeries(db, t, ['2031-03-04'], {
			roomId: gardenRoom,
			title: 'Crèche',
			status: 'confirmed',
			start: '08:00',
			end: '12:00'
		});
		crecheTuesday = creches.bookingIds[0]!;
		const far = await requestSeries(db, t, ['2031-03-04'], {
			roomId: t.otherRoomId,
			title: 'Crèche loin',
			status: 'confirmed',
			start: '08:00',
			end: '12:00'
		});
		farCrecheTuesday = far.bookingIds[0]!;
		await link([crecheTuesday, farCrecheTuesday], crecheId);
		// Same place and time but another day's crèche would not cover: a sewing class at the same hour.
		const sewing = await requestSeries(db, t, ['2031-05-06'], {
			roomId: sewingRoom,
			title: 'Couture',
			status: 'confirmed',
			start: '09:00',
			end: '11:00'
		});
		await link(sewing.bookingIds, sewingId);
		parents.push(...(await residents(db, 8)));
	});

	it('lets only a childcare initiative offer places, per age band, by its own staff', async () => {
		const ctx = use();
		expect(await setChildcareOffer(ctx, staff, { initiativeId: frenchId, values: { places_12: '2' } })).toEqual({
			ok: false,
			fieldErrors: { form: 'CHILDCARE.NOT_CHILDCARE' }
		});
		await expect(setChildcareOffer(ctx, staff, { initiativeId: crecheId, values: { places_12: '2' } })).rejects.toThrow(
			AccessDenied
		);
		expect(
			await setChildcareOffer(ctx, crecheStaff, { initiativeId: crecheId, values: { places_12: 'deux' } })
		).toEqual({ ok: false, fieldErrors: { places_12: 'CHILDCARE.COUNT_INVALID' } });
		expect(await setChildcareOffer(ctx, crecheStaff, { initiativeId: crecheId, values: { places_12: '2' } })).toEqual({
			ok: true
		});
	});

	it('marks every coming session as needing childcare, and proposes the crèche of the same facility only', async () => {
		const ctx = use();
		expect(
			await setChildcareNeed(ctx, staff, { initiativeId: frenchId, values: { need_12: '3' }, now: BEFORE })
		).toEqual({ ok: true, sessions: 2 });
		const coupling = await getChildcareCoupling(ctx, staff, { initiativeId: frenchId, bookingId: tuesday });
		expect(coupling?.need).toEqual([{ ...TODDLERS, count: 3 }]);
		expect(coupling?.linked).toBeNull();
		expect(coupling?.proposals.map((p) => [p.bookingId, p.proximity, p.coversAll])).toEqual([
			[crecheTuesday, 'same_facility', false]
		]);
		// Nobody outside the organisation sees or changes it.
		await expect(
			getChildcareCoupling(ctx, resident(parents[0]!), { initiativeId: frenchId, bookingId: tuesday })
		).rejects.toThrow(AccessDenied);
		// Thursday: no crèche at all.
		expect(
			(await getChildcareCoupling(ctx, staff, { initiativeId: frenchId, bookingId: thursday }))?.proposals
		).toEqual([]);
	});

	it('links only what was proposed, once', async () => {
		const ctx = use();
		const input = { initiativeId: frenchId, bookingId: tuesday, now: BEFORE };
		expect(await linkChildcare(ctx, staff, { ...input, childcareBookingId: farCrecheTuesday })).toEqual({
			ok: false,
			error: 'CHILDCARE.NOT_PROPOSED'
		});
		expect((await linkChildcare(ctx, staff, { ...input, childcareBookingId: crecheTuesday }))?.ok).toBe(true);
		expect(await linkChildcare(ctx, staff, { ...input, childcareBookingId: crecheTuesday })).toEqual({
			ok: false,
			error: 'CHILDCARE.ALREADY_LINKED'
		});
		const coupling = await getChildcareCoupling(ctx, staff, { initiativeId: frenchId, bookingId: tuesday });
		expect(coupling?.linked?.bookingId).toBe(crecheTuesday);
		expect(coupling?.missing).toEqual([{ ...TODDLERS, count: 1 }]);
		// The crèche's page shows the French class coupled with its session.
		const crechePage = await listSessionChildcare(ctx, crecheStaff, { initiativeId: crecheId, now: BEFORE });
		expect(crechePage?.coupled.map((c) => [c.bookingId, c.initiativeTitle, c.children])).toEqual([
			[tuesday, 'Français', 0]
		]);
	});

	it('signs a parent up and reserves her 2-year-old’s place in one step; a wrong age saves nothing', async () => {
		const ctx = use();
		const [p1, p2] = parents as [string, string];
		const first = await signUp(p1, tuesday, { childAge1: '2' });
		expect(first.ok && first.value.status).toBe('confirmed');
		expect(await heldIn(crecheTuesday)).toBe(1);
		expect(await signUp(p2, tuesday, { childAge1: '9' })).toEqual({
			ok: false,
			error: 'CHILDCARE.AGE_NOT_COVERED',
			field: 'childAge1'
		});
		expect(await signupsOf([p2])).toEqual([]);
		const page = await listSessionChildcare(ctx, resident(p1), { initiativeId: frenchId, now: BEFORE });
		expect(page?.sessions[tuesday]?.mine).toEqual([{ ageMonths: 24, ...TODDLERS, status: 'held' }]);
		expect(page?.sessions[tuesday]?.linked?.free).toEqual([{ ...TODDLERS, count: 1 }]);
	});

	it('refuses the child of a parent when the crèche is full, saving neither place, and takes her without', async () => {
		const [, p2, p3] = parents as [string, string, string];
		expect((await signUp(p3, tuesday, { childAge1: '1' })).ok).toBe(true);
		expect(await heldIn(crecheTuesday)).toBe(2);
		expect(await signUp(p2, tuesday, { childAge1: '2' })).toEqual({
			ok: false,
			error: 'CHILDCARE.FULL',
			field: 'childAge1'
		});
		expect(await signupsOf([p2])).toEqual([]);
		const counter = await recordCounterSignup(use(), staff, {
			initiativeId: frenchId,
			bookingId: tuesday,
			values: { displayName: 'Awa', childAge1: '2' },
			now: BEFORE
		});
		expect(counter).toEqual({ ok: false, fieldErrors: { childAge1: 'CHILDCARE.FULL' } });
		expect((await signUp(p2, tuesday)).ok).toBe(true);
	});

	it('keeps a waiting parent’s child requested without a place, and holds it when she moves up', async () => {
		const ctx = use();
		const [p1, , , p4] = parents as [string, string, string, string];
		const waiting = await signUp(p4, tuesday, { childAge1: '2' });
		expect(waiting.ok && waiting.value.status).toBe('waiting');
		expect(await heldIn(crecheTuesday)).toBe(2);
		// The organiser sees each person's children by age: held for those with a place, only asked for the one waiting.
		const roster = await getSessionRoster(ctx, staff, { initiativeId: frenchId, bookingId: tuesday, now: BEFORE });
		expect(roster?.places.flatMap((p) => p.children)).toEqual([
			{ ageYears: 2, held: true },
			{ ageYears: 1, held: true }
		]);
		expect(roster?.waiting.map((p) => p.children)).toEqual([[{ ageYears: 2, held: false }]]);
		const [mine] = await signupsOf([p1]);
		expect(
			(
				await cancelSessionSignup(ctx, resident(p1), {
					initiativeId: frenchId,
					bookingId: tuesday,
					signupId: mine!.id,
					now: BEFORE
				})
			).ok
		).toBe(true);
		const [promoted] = await signupsOf([p4]);
		expect(promoted?.status).toBe('confirmed');
		const rows = await ctx.db
			.select({ signupId: childcareReservation.signupId, status: childcareReservation.status })
			.from(childcareReservation);
		expect(rows.filter((r) => r.signupId === mine!.id)).toEqual([]);
		expect(rows.filter((r) => r.signupId === promoted!.id)).toEqual([{ signupId: promoted!.id, status: 'held' }]);
		expect(await heldIn(crecheTuesday)).toBe(2);
	});

	it('exports a parent’s childcare places (age only) and gives them back when her account goes', async () => {
		const ctx = use();
		const p4 = parents[3]!;
		const data = await exportMyData(ctx, p4);
		expect(data?.childcareReservations.map((r) => [r.initiative, r.childAgeMonths, r.status])).toEqual([
			['Crèche Petits Pas', 24, 'held']
		]);
		await ctx.db.transaction((tx) => releasePlacesOf(tx, p4, BEFORE));
		expect(await heldIn(crecheTuesday)).toBe(1);
	});

	it('refuses, in the database itself, a held place over capacity, a wrong age and a band not offered', async () => {
		const ctx = use();
		const [p5, p6] = [parents[4]!, parents[5]!];
		// Room for both in the class: what is refused below is the childcare, not the class.
		await ctx.db.update(initiative).set({ sessionCapacity: 10 }).where(eq(initiative.id, frenchId));
		for (const p of [p5, p6]) {
			const r = await signUp(p, tuesday);
			expect(r.ok && r.value.status).toBe('confirmed');
		}
		const [s5, s6] = [(await signupsOf([p5]))[0]!, (await signupsOf([p6]))[0]!];
		const [{ id: childcareSessionId }] = rowsOf(
			await ctx.db.execute(sql`SELECT id FROM initiative_session WHERE booking_id = ${crecheTuesday}`)
		) as [{ id: string }];
		const insert = (signupId: string, age: number, min: number, max: number) =>
			ctx.db.execute(sql`
				INSERT INTO childcare_reservation (id, signup_id, childcare_session_id, age_months, band_min_months, band_max_months, status)
				VALUES (${randomUUID()}, ${signupId}, ${childcareSessionId}, ${age}, ${min}, ${max}, 'held')`);
		const refusal = async (p: Promise<unknown>) => {
			try {
				await p;
				return 'accepted';
			} catch (e) {
				return sqlStateOf(e);
			}
		};
		expect(await refusal(insert(s5.id, 60, 12, 36))).toBe('23514');
		expect(await refusal(insert(s5.id, 6, 0, 12))).toBe('QVC02');
		expect(await refusal(insert(s5.id, 24, 12, 36))).toBe('accepted');
		expect(await refusal(insert(s6.id, 30, 12, 36))).toBe('QVC01');
		// Nor may a place be held in a childcare the sign-up's session is not coupled with (Thursday's).
		expect((await signUp(parents[6]!, thursday)).ok).toBe(true);
		const thursdaySignup = (await signupsOf([parents[6]!]))[0]!;
		expect(await refusal(insert(thursdaySignup.id, 24, 12, 36))).toBe('QVC02');
		expect(await heldIn(crecheTuesday)).toBe(2);
	});

	it('shows the commune and the crèche the gaps, grouped by weekday, time, quartier and band, and nobody else', async () => {
		const ctx = use();
		// Gaps are counted over the coming weeks: a week before the classes.
		const GAP_NOW = new Date('2031-02-25T00:00:00Z');
		const communeStaff = (await loadActor(ctx.db, t.communeManagerId))!;
		const seen = await listChildcareGaps(ctx, communeStaff, { now: GAP_NOW });
		expect(seen.gaps.map((g) => [g.weekday, g.start, g.end, g.minMonths, g.maxMonths, g.places, g.weeks])).toEqual([
			[2, '09:00', '11:00', 12, 36, 1, 1],
			[4, '09:00', '11:00', 12, 36, 3, 1]
		]);
		expect((await listChildcareGaps(ctx, crecheStaff, { now: GAP_NOW })).gaps).toHaveLength(2);
		await expect(listChildcareGaps(ctx, resident(parents[0]!), { now: GAP_NOW })).rejects.toThrow(AccessDenied);
		await expect(listChildcareGaps(ctx, staff, { now: GAP_NOW })).rejects.toThrow(AccessDenied);
		await expect(listChildcareGaps(ctx, communeStaff, { communeId: randomUUID(), now: GAP_NOW })).rejects.toThrow(
			AccessDenied
		);
	});

	it('never gives the last childcare places to more children than there are, when parents of two activities sign up at once', async () => {
		const ctx = use();
		const { db } = ctx;
		const [raceFrench, raceCreche] = await frenchAndCreche('2031-05-06');
		await db.update(initiative).set({ sessionCapacity: 10 }).where(eq(initiative.id, frenchId));
		const sewingBooking = (
			await db.select({ id: booking.id }).from(booking).where(eq(booking.initiativeId, sewingId))
		)[0]!.id;
		for (const [initiativeId, bookingId] of [
			[frenchId, raceFrench],
			[sewingId, sewingBooking]
		] as const) {
			expect(
				(await setChildcareNeed(ctx, staff, { initiativeId, bookingId, values: { need_12: '4' }, now: BEFORE }))?.ok
			).toBe(true);
			expect(
				(await linkChildcare(ctx, staff, { initiativeId, bookingId, childcareBookingId: raceCreche, now: BEFORE }))?.ok
			).toBe(true);
		}
		const racers = await residents(db, 10);
		const results = await Promise.all(
			racers.map((id, i) =>
				signUpForSession(ctx, resident(id), {
					initiativeId: i % 2 ? frenchId : sewingId,
					bookingId: i % 2 ? raceFrench : sewingBooking,
					values: { childAge1: '2' },
					now: BEFORE
				})
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(2);
		expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error)).toEqual(Array(8).fill('CHILDCARE.FULL'));
		expect(await heldIn(raceCreche)).toBe(2);
		// Refused parents left nothing behind: their sign-ups were rolled back with their children's places.
		expect(await signupsOf(racers)).toHaveLength(2);
		Object.assign(race, { french: raceFrench, creche: raceCreche, racers });
	});

	it('uncouples a session: its parents’ childcare places go back, their places in the session stay', async () => {
		const ctx = use();
		const before = await heldIn(race.creche);
		const frenchRows = (await signupsOf(race.racers)).filter((r) => r.status === 'confirmed');
		const input = { initiativeId: frenchId, bookingId: race.french, now: BEFORE };
		await expect(unlinkChildcare(ctx, resident(parents[0]!), input)).rejects.toThrow(AccessDenied);
		const result = await unlinkChildcare(ctx, staff, input);
		expect(result?.ok).toBe(true);
		const released = result?.ok ? result.value.released : -1;
		expect(await heldIn(race.creche)).toBe(before - released);
		expect((await signupsOf(race.racers)).filter((r) => r.status === 'confirmed')).toHaveLength(frenchRows.length);
		expect(await unlinkChildcare(ctx, staff, input)).toEqual({ ok: false, error: 'CHILDCARE.NOT_LINKED' });
		expect((await getChildcareCoupling(ctx, staff, input))?.linked).toBeNull();
		// Each parent whose child had a place is told (one child each here).
		expect(released).toBeGreaterThan(0);
		await eventually(async () => (await lostChildcareTold(race.racers)).length === released);
	});

	it('tells the parents when the crèche’s own session no longer takes place, and keeps their places', async () => {
		const ctx = use();
		const confirmed = (await signupsOf(race.racers)).filter((r) => r.status === 'confirmed').length;
		const alreadyTold = await lostChildcareTold(race.racers);
		expect(await heldIn(race.creche)).toBeGreaterThan(0);
		await ctx.db.transaction((tx) =>
			setBookingStatus(tx, [race.creche], { status: 'cancelled', reason: 'Camion en panne' })
		);
		const told = () => lostChildcareTold(race.racers);
		await eventually(async () => (await told()).length > alreadyTold.length);
		// Only the parents of the activity still coupled (sewing): the French ones were told at uncoupling.
		expect((await told()).length).toBe(alreadyTold.length + 1);
		expect((await signupsOf(race.racers)).filter((r) => r.status === 'confirmed')).toHaveLength(confirmed);
	});

	it('tells a parent who moves up when no childcare place is left for her child, and keeps it asked for', async () => {
		const ctx = use();
		const { db } = ctx;
		[june, juneCreche] = await frenchAndCreche('2031-06-03');
		const input = { initiativeId: frenchId, bookingId: june, now: BEFORE };
		await setSessionCapacity(ctx, staff, { ...input, values: { capacity: '2' } });
		await setChildcareNeed(ctx, staff, { ...input, values: { need_12: '2' } });
		expect((await linkChildcare(ctx, staff, { ...input, childcareBookingId: juneCreche }))?.ok).toBe(true);
		// One place left with the crèche for this test.
		await setChildcareOffer(ctx, crecheStaff, { initiativeId: crecheId, values: { places_12: '1' } });
		try {
			const [a, c, b] = await residents(db, 3);
			expect((await signUp(a!, june, { childAge1: '2' })).ok).toBe(true);
			expect((await signUp(c!, june)).ok).toBe(true);
			const waiting = await signUp(b!, june, { childAge1: '1' });
			expect(waiting.ok && waiting.value.status).toBe('waiting');
			// Written directly, a held place for a parent still waiting is refused by the database.
			const [waitingRow] = await signupsOf([b!]);
			await expect(
				db.execute(sql`UPDATE childcare_reservation SET status = 'held' WHERE signup_id = ${waitingRow!.id}`)
			).rejects.toSatisfy((e: unknown) => sqlStateOf(e) === 'QVC02');
			const [cRow] = await signupsOf([c!]);
			await cancelSessionSignup(ctx, resident(c!), { ...input, signupId: cRow!.id });
			const [bRow] = await signupsOf([b!]);
			expect(bRow?.status).toBe('confirmed');
			expect(
				await db
					.select({ status: childcareReservation.status })
					.from(childcareReservation)
					.where(eq(childcareReservation.signupId, bRow!.id))
			).toEqual([{ status: 'requested' }]);
			await eventually(async () =>
				(await db.select({ kind: notification.kind }).from(notification).where(eq(notification.userId, b!))).some(
					(n) => n.kind === 'session.childcare_full'
				)
			);
		} finally {
			await setChildcareOffer(ctx, crecheStaff, { initiativeId: crecheId, values: { places_12: '2' } });
		}
	});

	it('lets staff sign up a mother at the counter with her child’s place, by age only', async () => {
		const ctx = use();
		await setSessionCapacity(ctx, staff, {
			initiativeId: frenchId,
			bookingId: june,
			values: { capacity: '5' },
			now: BEFORE
		});
		const before = await heldIn(juneCreche);
		expect(
			await recordCounterSignup(ctx, staff, {
				initiativeId: frenchId,
				bookingId: june,
				values: { displayName: 'Awa D.', phone: '', childAge1: '0' },
				now: BEFORE
			})
		).toEqual({ ok: false, fieldErrors: { childAge1: 'CHILDCARE.AGE_NOT_COVERED' } });
		expect(
			await recordCounterSignup(ctx, staff, {
				initiativeId: frenchId,
				bookingId: june,
				values: { displayName: 'Awa D.', phone: '', childAge1: '2' },
				now: BEFORE
			})
		).toEqual({ ok: true, status: 'confirmed' });
		expect(await heldIn(juneCreche)).toBe(before + 1);
	});
});

function rowsOf(result: unknown): unknown[] {
	return (result as { rows: unknown[] }).rows;
}

forEachEngine('demo childcare', (use) => {
	it('couples the French workshops’ Tuesdays with the crèche in the same facility and shows the commune Thursday’s gap', async () => {
		const ctx = use();
		await seedCatalogue(ctx.db);
		expect(await seedDemo(ctx.db)).toBe('seeded');
		const [workshops] = await ctx.db
			.select({ id: initiative.id })
			.from(initiative)
			.where(eq(initiative.title, 'Ateliers de français du mardi et du jeudi'));
		const page = await listSessionChildcare(ctx, null, { initiativeId: workshops!.id });
		const list = await listInitiativeSessions(ctx, null, { initiativeId: workshops!.id });
		const byDay = list!.sessions.map((s) => {
			const c = page!.sessions[s.bookingId];
			return [weekdayOf(toLocal(s.startsAt, s.timeZone).date), c?.linked?.initiativeTitle ?? null, c?.needed ?? false];
		});
		// The demo weeks' series (the calendar demo's far-off bookings of 2029 aside).
		const tuesdays = byDay.filter(([day], i) => day === 2 && list!.sessions[i]!.startsAt.getUTCFullYear() < 2029);
		expect(tuesdays.length).toBeGreaterThan(1);
		// Every Tuesday but the last (left for the organiser) is coupled with the crèche.
		expect(tuesdays.slice(0, -1).every(([, title, needed]) => title === 'Crèche itinérante Petits Pas' && needed)).toBe(
			true
		);
		expect(tuesdays.at(-1)).toEqual([2, null, false]);
		expect(byDay.filter(([day]) => day === 4).every(([, title, needed]) => title === null && needed)).toBe(true);
		const [manager] = await ctx.db
			.select({ id: user.id })
			.from(user)
			.where(eq(user.email, 'gestionnaire@demo.quartiers-vivants.fr'));
		const gaps = await listChildcareGaps(ctx, (await loadActor(ctx.db, manager!.id))!, {});
		expect(gaps.gaps.map((g) => [g.weekday, g.start, g.end, g.quartier, g.minMonths, g.places])).toEqual([
			[4, '09:00', '11:00', 'Tonkin', 12, 3]
		]);
	});
});
