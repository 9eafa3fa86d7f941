/**
 * A small territory for booking tests, written straight to the database: a commune with two
 * facilities (one room each), a manager per facility, a commune-wide manager, an organisation
 * with an admin and a member who requests. Pending requests go through the bookings store.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '#lib/server/db/client.js';
import {
	booking,
	bookingSeries,
	commune,
	facility,
	organisation,
	roleGrant,
	room,
	user
} from '#lib/server/db/schema.js';
import { insertBookings } from '#lib/server/bookings/store.js';
import { localInterval, type LocalDate } from '#lib/domain/zoned-time.js';

export interface Territory {
	communeId: string;
	facilityId: string;
	otherFacilityId: string;
	roomId: string;
	otherRoomId: string;
	organisationId: string;
	/** facility_manager of facilityId, writes in English */
	managerId: string;
	/** facility_manager of the whole commune, writes in Arabic */
	communeManagerId: string;
	/** facility_manager of the other facility only */
	otherManagerId: string;
	/** organisation_member who requests, writes in Arabic */
	requesterId: string;
	/** organisation_admin, French */
	orgAdminId: string;
	emails: Record<string, string>;
}

let n = 0;
export async function seedTerritory(db: Database): Promise<Territory> {
	n += 1;
	const tag = `${Date.now().toString(36)}${n}`;
	const communeId = randomUUID();
	await db
		.insert(commune)
		.values({ id: communeId, inseeCode: `9${tag}`.slice(0, 12), name: 'Villeurbanne', holidayZone: 'A' });
	const facilityId = randomUUID();
	const otherFacilityId = randomUUID();
	await db.insert(facility).values([
		{ id: facilityId, name: 'Maison Berty Albrecht', communeId, address: '1 rue' },
		{ id: otherFacilityId, name: 'Centre Tonkin', communeId, address: '2 rue' }
	]);
	const roomId = randomUUID();
	const otherRoomId = randomUUID();
	await db.insert(room).values([
		{ id: roomId, facilityId, name: 'Salle polyvalente', areaM2: 60, capacity: 30 },
		{ id: otherRoomId, facilityId: otherFacilityId, name: 'Cuisine', areaM2: 30, capacity: 12 }
	]);
	const organisationId = randomUUID();
	await db.insert(organisation).values({ id: organisationId, name: 'Femmes en Mouvement', type: 'association' });
	const people = {
		managerId: 'en',
		communeManagerId: 'ar',
		otherManagerId: 'fr',
		requesterId: 'ar',
		orgAdminId: 'fr'
	} as const;
	const ids = {} as Record<keyof typeof people, string>;
	const emails: Record<string, string> = {};
	for (const [key, locale] of Object.entries(people) as [keyof typeof people, string][]) {
		const id = randomUUID();
		ids[key] = id;
		emails[id] = `${key}-${tag}@exemple.fr`;
		await db.insert(user).values({ id, name: key, email: emails[id]!, locale });
	}
	await db.insert(roleGrant).values([
		{ id: randomUUID(), userId: ids.managerId, role: 'facility_manager', scopeType: 'facility', scopeId: facilityId },
		{
			id: randomUUID(),
			userId: ids.communeManagerId,
			role: 'facility_manager',
			scopeType: 'commune',
			scopeId: communeId
		},
		{
			id: randomUUID(),
			userId: ids.otherManagerId,
			role: 'facility_manager',
			scopeType: 'facility',
			scopeId: otherFacilityId
		},
		{
			id: randomUUID(),
			userId: ids.requesterId,
			role: 'organisation_member',
			scopeType: 'organisation',
			scopeId: organisationId
		},
		{
			id: randomUUID(),
			userId: ids.orgAdminId,
			role: 'organisation_admin',
			scopeType: 'organisation',
			scopeId: organisationId
		}
	]);
	return { communeId, facilityId, otherFacilityId, roomId, otherRoomId, organisationId, ...ids, emails };
}

/** A pending weekly series (or a one-off when one date), as a request would leave it. */
export async function requestSeries(
	db: Database,
	t: Territory,
	dates: LocalDate[],
	options: { roomId?: string; title?: string; start?: string; end?: string; status?: string } = {}
): Promise<{ seriesId: string | null; bookingIds: string[] }> {
	const roomId = options.roomId ?? t.roomId;
	const title = options.title ?? 'Atelier couture';
	const start = options.start ?? '14:00';
	const end = options.end ?? '16:00';
	return db.transaction(async (tx) => {
		let seriesId: string | null = null;
		if (dates.length > 1) {
			seriesId = randomUUID();
			await tx.insert(bookingSeries).values({
				id: seriesId,
				roomId,
				organisationId: t.organisationId,
				requestedBy: t.requesterId,
				title,
				rule: 'FREQ=WEEKLY',
				startsOn: dates[0]!,
				startTime: start,
				endTime: end,
				timeZone: 'Europe/Paris'
			});
		}
		const rows = dates.map((date) => ({
			id: randomUUID(),
			roomId,
			seriesId,
			occurrenceDate: seriesId ? date : null,
			organisationId: t.organisationId,
			requestedBy: t.requesterId,
			title,
			status: options.status ?? 'pending',
			interval: localInterval(date, start, end, 'Europe/Paris')
		}));
		await insertBookings(tx, rows);
		return { seriesId, bookingIds: rows.map((r) => r.id) };
	});
}

export async function statusesOf(db: Database, ids: string[]): Promise<Record<string, string>> {
	const rows = await db
		.select({ id: booking.id, status: booking.status })
		.from(booking)
		.where(
			sql`${booking.id} IN (${sql.join(
				ids.map((id) => sql`${id}`),
				sql`, `
			)})`
		);
	return Object.fromEntries(rows.map((r) => [r.id, r.status]));
}

/** Waits until `probe` answers true (the workers poll every half second in tests). */
export async function eventually(probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (await probe()) return;
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 200));
	}
}

export { eq };
