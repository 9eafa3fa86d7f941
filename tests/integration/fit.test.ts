import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import type { AppContext } from '#lib/server/context.js';
import { commune, facility, practice, practiceTranslation, quartier, room } from '#lib/server/db/schema.js';
import { findRoomsForPractice } from '#lib/server/use-cases/find-rooms-for-practice.js';
import { findPracticesForRoom } from '#lib/server/use-cases/find-practices-for-room.js';

/** A small territory: two quartiers 3 km apart, a room in each, and an itinerant crèche. */
async function territory(db: AppContext['db']) {
	const communeId = randomUUID();
	await db
		.insert(commune)
		.values({ id: communeId, inseeCode: String(Math.random()).slice(2, 7), name: 'Testville', holidayZone: 'A' });
	const near = { id: randomUUID(), communeId, name: 'Près', centroidLon: 4.9128, centroidLat: 45.7776 };
	const far = { id: randomUUID(), communeId, name: 'Loin', centroidLon: 4.8751, centroidLat: 45.7743 };
	await db.insert(quartier).values([near, far]);
	const base = { toilets: true, stepFree: true, vanAccess: true, waterPoint: true, capacity: 20 };
	const rooms: Record<string, string> = {};
	for (const [key, q, areaM2, kitchenLevel, extra] of [
		['small', far, 32, 'reheating', {}],
		['ready', near, 45, 'reheating', { childToilets: true }],
		['tiny', near, 12, 'none', {}]
	] as const) {
		const facilityId = randomUUID();
		await db.insert(facility).values({
			id: facilityId,
			name: `Maison ${key}`,
			communeId,
			quartierId: q.id,
			address: '1 rue de test',
			lon: q.centroidLon,
			lat: q.centroidLat
		});
		rooms[key] = randomUUID();
		await db
			.insert(room)
			.values({ id: rooms[key], facilityId, name: `Salle ${key}`, areaM2, kitchenLevel, ...base, ...extra });
	}
	const slug = `creche-${randomUUID().slice(0, 8)}`;
	const practiceId = randomUUID();
	await db.insert(practice).values({
		id: practiceId,
		slug,
		status: 'published',
		title: 'Crèche itinérante',
		summary: 'Un camion équipé et une salle prêtée.',
		minAreaM2: 40,
		kitchenLevel: 'reheating',
		toilets: true,
		childToilets: true,
		stepFree: true,
		vanAccess: true,
		waterPoint: true
	});
	await db
		.insert(practiceTranslation)
		.values({ practiceId, locale: 'en', title: 'Itinerant crèche', summary: 'A van and a room.' });
	return { slug, practiceId, rooms, near, far };
}

forEachEngine('room–practice fit', (use) => {
	it('lists the 32 m² room with a reheating kitchen as "fits with upgrades: +8 m², child toilets"', async () => {
		const t = await territory(use().db);
		const result = await findRoomsForPractice(use(), { slug: t.slug, locale: 'en' });
		expect(result?.practice.title).toBe('Itinerant crèche');
		const mine = result!.candidates.filter((c) => Object.values(t.rooms).includes(c.item.id));
		expect(mine.map((c) => [c.item.name, c.fit.verdict])).toEqual([
			['Salle ready', 'fits'],
			['Salle small', 'fits_with_upgrades'],
			['Salle tiny', 'does_not_fit']
		]);
		expect(mine[1]!.fit.gaps).toEqual([
			{ kind: 'area', missingM2: 8 },
			{ kind: 'sanitary', item: 'childToilets' }
		]);
	});

	it('puts the nearest first among equal fits, with the distance in kilometres', async () => {
		const t = await territory(use().db);
		// Give the far room child toilets and area: both now fit, and the near one must come first.
		await use().db.update(room).set({ areaM2: 45, childToilets: true }).where(eq(room.id, t.rooms.small!));
		const result = await findRoomsForPractice(use(), { slug: t.slug, quartierId: t.near.id, locale: 'fr' });
		const mine = result!.candidates.filter((c) => Object.values(t.rooms).includes(c.item.id));
		expect(mine.slice(0, 2).map((c) => c.item.name)).toEqual(['Salle ready', 'Salle small']);
		expect(mine[0]!.distanceKm).toBeCloseTo(0, 3);
		expect(mine[1]!.distanceKm).toBeGreaterThan(2.5);
		expect(result!.nearQuartierId).toBe(t.near.id);
	});

	it('lists the practices a room can host, and hides practices that are not published', async () => {
		const t = await territory(use().db);
		await use()
			.db.insert(practice)
			.values({
				id: randomUUID(),
				slug: `proposed-${randomUUID()}`,
				status: 'proposed',
				title: 'Pas encore relue',
				summary: '…'
			});
		const result = await findPracticesForRoom(use(), { roomId: t.rooms.small!, locale: 'fr' });
		const creche = result!.candidates.find((c) => c.item.slug === t.slug);
		expect(creche?.fit.verdict).toBe('fits_with_upgrades');
		expect(result!.candidates.some((c) => c.item.title === 'Pas encore relue')).toBe(false);
	});

	it('answers nothing for an unknown practice or room, rather than failing', async () => {
		expect(await findRoomsForPractice(use(), { slug: 'no-such-practice', locale: 'fr' })).toBeNull();
		expect(await findPracticesForRoom(use(), { roomId: randomUUID(), locale: 'fr' })).toBeNull();
	});
});
