/**
 * Demo bookings, so that calendars, occupancy, the managers' queue and the residents' "when does
 * the crèche come" have something true-to-life to show: the SCOP Petits Pas Itinérants' confirmed
 * circuit (Monday–Tuesday in Tonkin, Thursday–Friday in Les Buers), the Traiteur La Table des
 * Buers' weekly kitchen series, and a few other pending and confirmed bookings.
 *
 * All dates are relative to the seed date: the six weeks starting next Monday (the end-to-end
 * tests of the other slices book in 2027 and later, far from these). Written through the store,
 * so the exclusion constraint checks them like any request. Fictional, like the rooms.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookingCircuit, bookingSeries, facility, initiative, organisation, room, user } from '../db/schema.js';
import { insertBookings, type NewBooking } from '../bookings/store.js';
import { refreshCircuitStatus } from '../circuits/status.js';
import { legDates, legRule } from '#lib/domain/circuit-form.js';
import { publicHoliday } from '#lib/domain/public-holidays.js';
import { addDays, localInterval, toLocal, weekdayOf, type LocalDate } from '#lib/domain/zoned-time.js';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const TZ = 'Europe/Paris';
const WEEKS = 6;

/** The room a van can reach in Tonkin, added to a demo facility so that the circuit spans two quartiers. */
const TONKIN_VAN_ROOM = {
	name: 'Salle du rez-de-jardin',
	areaM2: 48,
	capacity: 18,
	kitchenLevel: 'reheating',
	toilets: true,
	childToilets: true,
	changingTable: true,
	stepFree: true,
	vanAccess: true,
	parking: true,
	storageM2: 6,
	outdoorM2: 80,
	waterPoint: true,
	description:
		'Salle de plain-pied donnant sur un jardin clos, avec toilettes enfants et table à langer. Un camion peut se garer devant la porte vitrée pour décharger.',
	openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '07:30', end: '19:30' })),
	approvalRequired: true,
	minNoticeHours: 72,
	maxBookingMinutes: 720,
	bookableBy: 'organisations'
} satisfies Omit<typeof room.$inferInsert, 'id' | 'facilityId'>;

interface SeriesSeed {
	roomId: string;
	organisationId: string;
	initiativeId?: string | null;
	circuitId?: string;
	title: string;
	weekdays: number[];
	start: string;
	end: string;
	status: 'pending' | 'confirmed';
	from: LocalDate;
	until: LocalDate;
	requestedBy: string | null;
	decidedBy: string | null;
}

async function seedSeries(tx: Tx, s: SeriesSeed, now: Date): Promise<void> {
	const seriesId = randomUUID();
	// The commune's rooms are closed on public holidays: those dates are left out, as a request would.
	const dates = legDates(s.weekdays, s.from, s.until).filter((d) => !publicHoliday(d, { alsaceMoselle: false }));
	if (dates.length === 0) return;
	await tx.insert(bookingSeries).values({
		id: seriesId,
		roomId: s.roomId,
		organisationId: s.organisationId,
		initiativeId: s.initiativeId ?? null,
		circuitId: s.circuitId ?? null,
		requestedBy: s.requestedBy,
		title: s.title,
		rule: legRule({ weekdays: s.weekdays }, s.until),
		startsOn: dates[0]!,
		startTime: s.start,
		endTime: s.end,
		timeZone: TZ
	});
	const rows: NewBooking[] = dates.map((date) => ({
		id: randomUUID(),
		roomId: s.roomId,
		seriesId,
		occurrenceDate: date,
		organisationId: s.organisationId,
		initiativeId: s.initiativeId ?? null,
		requestedBy: s.requestedBy,
		title: s.title,
		status: s.status,
		isPublic: true,
		...(s.status === 'confirmed' ? { decidedBy: s.decidedBy, decidedAt: now } : {}),
		interval: localInterval(date, s.start, s.end, TZ)
	}));
	await insertBookings(tx, rows);
}

/** Runs inside the demo seed's transaction, after rooms, organisations, accounts and initiatives. */
export async function seedDemoBookings(tx: Tx, now = new Date()): Promise<void> {
	const byName = async <T extends { id: string }>(rows: Promise<T[]>) => (await rows)[0]?.id ?? null;
	const orgId = (name: string) =>
		byName(tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.name, name)));
	const roomId = (name: string) => byName(tx.select({ id: room.id }).from(room).where(eq(room.name, name)));
	const userId = (email: string) => byName(tx.select({ id: user.id }).from(user).where(eq(user.email, email)));

	const amabla = await byName(
		tx.select({ id: facility.id }).from(facility).where(eq(facility.name, 'Amabla Coworking'))
	);
	if (!amabla) return;
	const tonkinRoom = randomUUID();
	await tx.insert(room).values({ id: tonkinRoom, facilityId: amabla, ...TONKIN_VAN_ROOM });

	const today = toLocal(now, TZ).date;
	const monday = addDays(today, 8 - weekdayOf(today));
	const until = addDays(monday, WEEKS * 7 - 1);
	const manager = await userId('gestionnaire@demo.quartiers-vivants.fr');
	const structure = await userId('structure@demo.quartiers-vivants.fr');
	const member = await userId('membre@demo.quartiers-vivants.fr');

	// The itinerant crèche's circuit, confirmed as one unit by the commune's manager.
	const scop = await orgId('SCOP Petits Pas Itinérants');
	const buersRoom = await roomId('Salle petite enfance');
	const creche = await byName(
		tx.select({ id: initiative.id }).from(initiative).where(eq(initiative.title, 'Crèche itinérante Petits Pas'))
	);
	if (scop && buersRoom) {
		const circuitId = randomUUID();
		await tx.insert(bookingCircuit).values({
			id: circuitId,
			organisationId: scop,
			initiativeId: creche,
			title: 'Tournée de la crèche Petits Pas',
			requestedBy: structure
		});
		const leg = { organisationId: scop, initiativeId: creche, circuitId, title: 'Tournée de la crèche Petits Pas' };
		const common = { from: monday, until, status: 'confirmed' as const, requestedBy: structure, decidedBy: manager };
		await seedSeries(
			tx,
			{ ...leg, ...common, roomId: tonkinRoom, weekdays: [1, 2], start: '08:00', end: '19:00' },
			now
		);
		// La Salle petite enfance closes at 18:30: the crèche leaves at 18:00 there.
		await seedSeries(tx, { ...leg, ...common, roomId: buersRoom, weekdays: [4, 5], start: '08:00', end: '18:00' }, now);
		await refreshCircuitStatus(tx, circuitId);
	}

	// The insertion restaurant cooks in the shared kitchen every Tuesday, in school hours.
	const traiteur = await orgId('Traiteur La Table des Buers');
	const kitchen = await roomId('Espace cuisine partagée');
	if (traiteur && kitchen)
		await seedSeries(
			tx,
			{
				roomId: kitchen,
				organisationId: traiteur,
				title: 'Cuisine du midi — Table des Buers',
				weekdays: [2],
				start: '09:00',
				end: '14:00',
				status: 'confirmed',
				from: monday,
				until,
				requestedBy: null,
				decidedBy: manager
			},
			now
		);

	// The association's French workshops (confirmed) and a sewing workshop waiting for a decision.
	const femmes = await orgId('Femmes en Mouvement Saint-Jean');
	const meeting = await roomId('Salle de réunion');
	const textile = await roomId('Atelier textile');
	// Linked to their initiative, so that its page lists them as sessions residents sign up for.
	const workshops = await byName(
		tx
			.select({ id: initiative.id })
			.from(initiative)
			.where(eq(initiative.title, 'Ateliers de français du mardi et du jeudi'))
	);
	if (femmes && meeting)
		await seedSeries(
			tx,
			{
				roomId: meeting,
				organisationId: femmes,
				initiativeId: workshops,
				title: 'Ateliers de français',
				weekdays: [2, 4],
				start: '09:00',
				end: '11:00',
				status: 'confirmed',
				from: monday,
				until,
				requestedBy: member,
				decidedBy: manager
			},
			now
		);
	if (femmes && textile)
		await seedSeries(
			tx,
			{
				roomId: textile,
				organisationId: femmes,
				title: 'Atelier couture',
				weekdays: [3],
				start: '09:00',
				end: '12:00',
				status: 'pending',
				from: addDays(monday, 14),
				until,
				requestedBy: member,
				decidedBy: null
			},
			now
		);

	// A one-off forum in the large hall, pending.
	const fondation = await orgId('Fondation Cités Solidaires');
	const hall = await roomId('Grande salle');
	if (fondation && hall) {
		const saturday = addDays(monday, 19);
		await insertBookings(tx, [
			{
				id: randomUUID(),
				roomId: hall,
				organisationId: fondation,
				title: 'Forum de l’insertion',
				status: 'pending',
				isPublic: true,
				interval: localInterval(saturday, '14:00', '18:00', TZ)
			}
		]);
	}
}
