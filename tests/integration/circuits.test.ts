/**
 * Itinerant circuits on both engines: created whole or not at all, decided as one unit (or leg by
 * leg when the rooms have different managers), cancelled by the requester, shown to residents.
 */
import { randomUUID } from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import type { AppContext } from '#lib/server/context.js';
import {
	booking,
	bookingCircuit,
	bookingSeries,
	commune,
	facility,
	organisation,
	quartier,
	room,
	user
} from '#lib/server/db/schema.js';
import { AccessDenied } from '#lib/server/authorisation.js';
import { insertBookings } from '#lib/server/bookings/store.js';
import { requestCircuit } from '#lib/server/use-cases/request-circuit.js';
import { previewCircuit } from '#lib/server/use-cases/preview-circuit.js';
import { decideCircuit } from '#lib/server/use-cases/decide-circuit.js';
import { cancelCircuit } from '#lib/server/use-cases/cancel-circuit.js';
import { getCircuit } from '#lib/server/use-cases/get-circuit.js';
import { listCircuits } from '#lib/server/use-cases/list-circuits.js';
import { listUpcomingVisits } from '#lib/server/use-cases/list-upcoming-visits.js';
import { localInterval } from '#lib/domain/zoned-time.js';
import type { Actor } from '#lib/domain/authorisation.js';

const NOW = new Date('2027-02-15T09:00:00Z');
const HOURS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '19:30' }));

interface World {
	orgId: string;
	quartierA: string;
	quartierB: string;
	roomA: string;
	roomB: string;
	roomC: string;
	noVan: string;
	member: Actor;
	outsider: Actor;
	communeManager: Actor;
	managerA: Actor;
	managerC: Actor;
}

async function world(db: AppContext['db']): Promise<World> {
	const communeId = randomUUID();
	await db
		.insert(commune)
		.values({ id: communeId, inseeCode: `C${randomUUID().slice(0, 5)}`, name: 'Montreuil', holidayZone: 'C' });
	const quartierA = randomUUID();
	const quartierB = randomUUID();
	await db.insert(quartier).values([
		{ id: quartierA, communeId, name: 'La Noue' },
		{ id: quartierB, communeId, name: 'Bel-Air' }
	]);
	const [fA, fB, fC] = [randomUUID(), randomUUID(), randomUUID()];
	await db.insert(facility).values([
		{ id: fA, name: 'Maison de la Noue', communeId, quartierId: quartierA, address: '1 rue de la Noue' },
		{ id: fB, name: 'Centre Bel-Air', communeId, quartierId: quartierB, address: '2 rue du Bel-Air' },
		{ id: fC, name: 'Local Bailleur', communeId, quartierId: quartierB, address: '3 rue du Bailleur' }
	]);
	const roomA = randomUUID();
	const roomB = randomUUID();
	const roomC = randomUUID();
	const noVan = randomUUID();
	const common = { areaM2: 42, capacity: 15, openingHours: HOURS, maxBookingMinutes: 720, minNoticeHours: 48 };
	await db.insert(room).values([
		{ id: roomA, facilityId: fA, name: 'Salle petite enfance', vanAccess: true, ...common },
		{ id: roomB, facilityId: fB, name: 'Salle du Bel-Air', vanAccess: true, ...common },
		{ id: roomC, facilityId: fC, name: 'Pied d’immeuble', vanAccess: true, ...common },
		{ id: noVan, facilityId: fA, name: 'Salle à l’étage', vanAccess: false, ...common }
	]);
	const orgId = randomUUID();
	const otherOrg = randomUUID();
	await db.insert(organisation).values([
		{ id: orgId, name: 'Soli’mômes', type: 'ess_enterprise', communeId },
		{ id: otherOrg, name: 'Autre', type: 'association', communeId }
	]);
	const person = async () => {
		const id = randomUUID();
		await db.insert(user).values({ id, name: 'Test', email: `${id}@exemple.fr`, emailVerified: true });
		return id;
	};
	const actor = async (grants: Actor['grants']): Promise<Actor> => ({
		userId: await person(),
		twoFactorEnabled: false,
		grants
	});
	return {
		orgId,
		quartierA,
		quartierB,
		roomA,
		roomB,
		roomC,
		noVan,
		member: await actor([{ role: 'organisation_member', scopeType: 'organisation', scopeId: orgId }]),
		outsider: await actor([{ role: 'organisation_member', scopeType: 'organisation', scopeId: otherOrg }]),
		communeManager: await actor([{ role: 'facility_manager', scopeType: 'commune', scopeId: communeId }]),
		managerA: await actor([
			{ role: 'facility_manager', scopeType: 'facility', scopeId: fA },
			{ role: 'facility_manager', scopeType: 'facility', scopeId: fB }
		]),
		managerC: await actor([{ role: 'facility_manager', scopeType: 'facility', scopeId: fC }])
	};
}

/** Monday–Tuesday in one room, Thursday–Friday in another, 8:00–19:00, over four weeks of March 2027. */
function circuitValues(w: World, over: Record<string, unknown> = {}) {
	return {
		organisationId: w.orgId,
		title: 'Tournée Soli’mômes',
		from: '2027-03-01',
		until: '2027-03-26',
		calendarFilter: 'all',
		isPublic: 'on',
		leg0_roomId: w.roomA,
		leg0_weekdays: ['1', '2'],
		leg0_start: '08:00',
		leg0_end: '19:00',
		leg1_roomId: w.roomB,
		leg1_weekdays: ['4', '5'],
		leg1_start: '08:00',
		leg1_end: '19:00',
		...over
	};
}

forEachEngine('itinerant circuits', (use) => {
	let w: World;
	const bookingsOf = async (circuitId: string) =>
		use()
			.db.select({ status: booking.status, roomId: booking.roomId, date: booking.occurrenceDate })
			.from(booking)
			.innerJoin(bookingSeries, eq(bookingSeries.id, booking.seriesId))
			.where(eq(bookingSeries.circuitId, circuitId));
	const circuitCount = async () => (await use().db.select({ n: count() }).from(bookingCircuit))[0]!.n;

	it('sets up two quartiers with van-access rooms', async () => {
		w = await world(use().db);
	});

	it('previews each leg: its occurrences, nothing written', async () => {
		const preview = await previewCircuit(use(), w.member, circuitValues(w), NOW);
		expect(preview.ok).toBe(true);
		if (!preview.ok) return;
		expect(preview.legs.map((l) => l.occurrences.length)).toEqual([8, 8]);
		expect(preview.legs.every((l) => l.conflicts.length === 0 && l.problems.length === 0)).toBe(true);
		expect(await circuitCount()).toBe(0);
	});

	it('creates the circuit, its two series and all sixteen bookings, pending, in wall-clock time', async () => {
		const result = await requestCircuit(use(), w.member, circuitValues(w), NOW);
		expect(result).toMatchObject({ ok: true, status: 'pending' });
		if (!result.ok) return;
		const rows = await bookingsOf(result.id);
		expect(rows).toHaveLength(16);
		expect(rows.every((r) => r.status === 'pending')).toBe(true);
		expect(rows.filter((r) => r.roomId === w.roomA).map((r) => r.date)).toContain('2027-03-02');
		// 08:00 in Paris before the March change is 07:00 UTC; after it (from 28 March) it would be 06:00.
		const [first] = await use()
			.db.select({ during: booking.during })
			.from(booking)
			.where(eq(booking.occurrenceDate, '2027-03-01'));
		expect(String(first?.during)).toMatch(/2027-03-01 07:00:00\+00/);
		const series = await use().db.select().from(bookingSeries).where(eq(bookingSeries.circuitId, result.id));
		expect(series.map((s) => s.rule).sort()).toEqual([
			'FREQ=WEEKLY;BYDAY=MO,TU;UNTIL=20270326',
			'FREQ=WEEKLY;BYDAY=TH,FR;UNTIL=20270326'
		]);
	});

	it('creates nothing when one leg conflicts, and says which dates', async () => {
		const before = await circuitCount();
		// Another organisation holds Bel-Air one Thursday of April.
		await insertBookings(use().db, [
			{
				id: randomUUID(),
				roomId: w.roomB,
				title: 'Réunion',
				status: 'confirmed',
				interval: localInterval('2027-04-08', '10:00', '11:00', 'Europe/Paris')
			}
		]);
		const result = await requestCircuit(
			use(),
			w.member,
			circuitValues(w, { from: '2027-04-05', until: '2027-04-16', title: 'Tournée d’avril' }),
			NOW
		);
		expect(result).toMatchObject({ ok: false, fieldErrors: { form: 'CIRCUITS.CONFLICT' } });
		if (result.ok) return;
		expect(result.legs?.[1]?.conflicts.map((c) => c.date)).toEqual(['2027-04-08']);
		expect(result.legs?.[0]?.conflicts).toEqual([]);
		expect(await circuitCount()).toBe(before);
		expect(
			(
				await use()
					.db.select({ n: count() })
					.from(booking)
					.where(inArray(booking.occurrenceDate, ['2027-04-05', '2027-04-06']))
			)[0]!.n
		).toBe(0);
	});

	it('refuses a leg in a room without van access, and a stranger', async () => {
		const result = await requestCircuit(use(), w.member, circuitValues(w, { leg1_roomId: w.noVan }), NOW);
		expect(result).toEqual({ ok: false, fieldErrors: { leg1_roomId: 'CIRCUITS.ROOM_NO_VAN_ACCESS' } });
		await expect(requestCircuit(use(), w.outsider, circuitValues(w), NOW)).rejects.toBeInstanceOf(AccessDenied);
	});

	it('refuses dates that break the room policy (too short notice)', async () => {
		const result = await requestCircuit(
			use(),
			w.member,
			circuitValues(w, { from: '2027-02-15', until: '2027-02-19', title: 'Trop tôt' }),
			NOW
		);
		expect(result).toMatchObject({ ok: false, fieldErrors: { form: 'CIRCUITS.POLICY' } });
		if (result.ok) return;
		expect(result.legs?.[0]?.problems[0]).toEqual({ date: '2027-02-15', problems: ['notice'] });
	});

	it('skips public holidays, and says when the school calendar is not loaded', async () => {
		const may = await previewCircuit(
			use(),
			w.member,
			circuitValues(w, { from: '2027-05-03', until: '2027-05-14' }),
			NOW
		);
		if (!may.ok) throw new Error(JSON.stringify(may));
		// Ascension Thursday 2027 is 6 May.
		expect(may.legs[1]?.skipped).toEqual([{ date: '2027-05-06', reason: 'public_holiday' }]);
		expect(may.legs[1]?.occurrences.map((o) => o.date)).toEqual(['2027-05-07', '2027-05-13', '2027-05-14']);
		// No school calendar for zone C in this database: every date is unknown, so none is booked.
		const school = await previewCircuit(
			use(),
			w.member,
			circuitValues(w, { from: '2027-05-03', until: '2027-05-14', calendarFilter: 'school_periods' }),
			NOW
		);
		expect(school).toMatchObject({
			ok: false,
			fieldErrors: { leg0_weekdays: 'CIRCUITS.LEG_NO_OCCURRENCE', leg1_weekdays: 'CIRCUITS.LEG_NO_OCCURRENCE' }
		});
		if (school.ok) return;
		expect(school.legs?.[0]?.skipped.every((k) => k.reason === 'calendar_unknown')).toBe(true);
	});

	it('a manager of every leg confirms the whole circuit in one decision; visits then show', async () => {
		const created = await requestCircuit(
			use(),
			w.member,
			circuitValues(w, { from: '2027-05-03', until: '2027-05-14', title: 'Tournée de mai' }),
			NOW
		);
		if (!created.ok) throw new Error(JSON.stringify(created));
		await expect(
			decideCircuit(use(), w.outsider, { circuitId: created.id, values: { decision: 'confirm' } }, NOW)
		).rejects.toBeInstanceOf(AccessDenied);
		expect(
			await decideCircuit(use(), w.communeManager, { circuitId: created.id, values: { decision: 'refuse' } }, NOW)
		).toEqual({ ok: false, fieldErrors: { reason: 'CIRCUITS.REASON_REQUIRED' } });
		const decided = await decideCircuit(
			use(),
			w.communeManager,
			{ circuitId: created.id, values: { decision: 'confirm' } },
			NOW
		);
		expect(decided).toEqual({ ok: true, status: 'confirmed', decidedLegs: 2 });
		expect((await bookingsOf(created.id)).every((b) => b.status === 'confirmed')).toBe(true);

		const inA = await listUpcomingVisits(use(), {
			quartierId: w.quartierA,
			now: new Date('2027-05-01T00:00:00Z'),
			days: 14
		});
		expect(inA.map((v) => [v.date, v.start, v.end, v.roomName])).toEqual([
			['2027-05-03', '08:00', '19:00', 'Salle petite enfance'],
			['2027-05-04', '08:00', '19:00', 'Salle petite enfance'],
			['2027-05-10', '08:00', '19:00', 'Salle petite enfance'],
			['2027-05-11', '08:00', '19:00', 'Salle petite enfance']
		]);
		// Pending circuits (March) are not shown to residents.
		const march = await listUpcomingVisits(use(), { quartierId: w.quartierA, now: new Date('2027-03-01T00:00:00Z') });
		expect(march).toEqual([]);
	});

	it('with two managers, each decides their legs and the circuit is partly confirmed until both have', async () => {
		const created = await requestCircuit(
			use(),
			w.member,
			circuitValues(w, { from: '2027-06-07', until: '2027-06-18', title: 'Tournée de juin', leg1_roomId: w.roomC }),
			NOW
		);
		if (!created.ok) throw new Error(JSON.stringify(created));
		const page = await getCircuit(use(), w.managerC, created.id);
		expect(page?.canDecide).toBe(true);
		expect(page?.managesAll).toBe(false);

		expect(
			await decideCircuit(use(), w.managerA, { circuitId: created.id, values: { decision: 'confirm' } }, NOW)
		).toEqual({ ok: true, status: 'partly_confirmed', decidedLegs: 1 });
		const rows = await bookingsOf(created.id);
		expect(rows.filter((r) => r.roomId === w.roomA).every((r) => r.status === 'confirmed')).toBe(true);
		expect(rows.filter((r) => r.roomId === w.roomC).every((r) => r.status === 'pending')).toBe(true);
		expect((await listCircuits(use(), w.managerC)).toDecide.map((c) => c.id)).toContain(created.id);
		expect((await listCircuits(use(), w.managerA)).toDecide.map((c) => c.id)).not.toContain(created.id);

		expect(
			await decideCircuit(use(), w.managerA, { circuitId: created.id, values: { decision: 'confirm' } }, NOW)
		).toEqual({ ok: false, fieldErrors: { form: 'CIRCUITS.NOTHING_TO_DECIDE' } });
		expect(
			await decideCircuit(
				use(),
				w.managerC,
				{ circuitId: created.id, values: { decision: 'refuse', reason: 'Travaux en juin' } },
				NOW
			)
		).toEqual({ ok: true, status: 'partly_confirmed', decidedLegs: 1 });
		const view = await getCircuit(use(), w.member, created.id);
		expect(view?.legs.map((l) => [l.roomName, l.status, l.reason])).toEqual([
			['Salle petite enfance', 'confirmed', null],
			['Pied d’immeuble', 'refused', 'Travaux en juin']
		]);
	});

	it('the requester cancels: every visit to come is freed, and the slot can be requested again', async () => {
		const values = circuitValues(w, { from: '2027-09-06', until: '2027-09-17', title: 'Tournée de septembre' });
		const created = await requestCircuit(use(), w.member, values, NOW);
		if (!created.ok) throw new Error(JSON.stringify(created));
		await expect(cancelCircuit(use(), w.outsider, { circuitId: created.id }, NOW)).rejects.toBeInstanceOf(AccessDenied);
		await expect(getCircuit(use(), w.outsider, created.id)).rejects.toBeInstanceOf(AccessDenied);
		expect(await cancelCircuit(use(), w.member, { circuitId: created.id }, NOW)).toEqual({ ok: true, cancelled: 8 });
		expect((await bookingsOf(created.id)).every((b) => b.status === 'cancelled')).toBe(true);
		const [c] = await use().db.select().from(bookingCircuit).where(eq(bookingCircuit.id, created.id));
		expect(c?.status).toBe('cancelled');
		expect(await requestCircuit(use(), w.member, values, NOW)).toMatchObject({ ok: true });
	});
});
