/**
 * What the race tests book: one room that takes organisations' requests, an organisation with an
 * API token, and 200 requests for one morning that all overlap each other (they all cover
 * 10:45–11:00), with slightly different times so that no two are the same request.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '#lib/server/db/client.js';
import { apiToken, commune, facility, organisation, room } from '#lib/server/db/schema.js';
import { generateApiToken, hashSecret } from '#lib/server/api-tokens.js';

export const RACE_DATE = '2029-03-06';
export const RACERS = 200;

export async function raceFixture(db: Database) {
	const communeId = randomUUID();
	await db
		.insert(commune)
		.values({ id: communeId, inseeCode: `R${randomUUID().slice(0, 7)}`, name: 'Montreuil', holidayZone: 'C' });
	const facilityId = randomUUID();
	await db.insert(facility).values({ id: facilityId, name: 'Maison de quartier', communeId, address: '1 place' });
	const roomId = randomUUID();
	await db.insert(room).values({ id: roomId, facilityId, name: 'Salle convoitée', areaM2: 40, capacity: 20 });
	const organisationId = randomUUID();
	await db.insert(organisation).values({ id: organisationId, name: 'Soli’mômes', type: 'ess_enterprise' });
	const token = generateApiToken();
	await db.insert(apiToken).values({
		id: randomUUID(),
		organisationId,
		name: 'course',
		tokenHash: hashSecret(token),
		prefix: token.slice(0, 8)
	});
	return { roomId, organisationId, token };
}

/** The i-th request's body for POST /api/v1/bookings: one date, times varying around 10:45–11:00. */
export function racerBody(roomId: string, i: number) {
	const start = ['10:00', '10:15', '10:30', '10:45'][i % 4]!;
	const end = ['11:00', '11:15', '11:30'][i % 3]!;
	return { roomId, title: `Demande ${i}`, date: RACE_DATE, start, end };
}
