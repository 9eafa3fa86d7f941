/**
 * The demo's bookings: the crèche's circuit confirmed over two quartiers, shown to residents of
 * each; the restaurant's weekly kitchen series; requests waiting in the manager's queue.
 */
import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { rowsOf } from '#lib/server/db/client.js';
import { bookingCircuit, initiative, quartier } from '#lib/server/db/schema.js';
import { listInitiativeSessions } from '#lib/server/use-cases/list-initiative-sessions.js';
import { listUpcomingVisits } from '#lib/server/use-cases/list-upcoming-visits.js';
import { weekdayOf } from '#lib/domain/zoned-time.js';

forEachEngine('demo bookings', (use) => {
	it('seeds a confirmed circuit whose visits show in Tonkin (Monday–Tuesday) and Les Buers (Thursday–Friday)', async () => {
		await seedCatalogue(use().db);
		expect(await seedDemo(use().db)).toBe('seeded');
		const [circuit] = await use().db.select().from(bookingCircuit);
		expect(circuit).toMatchObject({ title: 'Tournée de la crèche Petits Pas', status: 'confirmed' });
		const idOf = async (code: string) =>
			(await use().db.select({ id: quartier.id }).from(quartier).where(eq(quartier.qpvCode, code)))[0]!.id;
		const now = new Date();
		const tonkin = await listUpcomingVisits(use(), { quartierId: await idOf('QN06922M'), now, days: 60, limit: 100 });
		const buers = await listUpcomingVisits(use(), { quartierId: await idOf('QN06921M'), now, days: 60, limit: 100 });
		expect(tonkin.length).toBeGreaterThanOrEqual(10);
		expect(new Set(tonkin.map((v) => weekdayOf(v.date)))).toEqual(new Set([1, 2]));
		expect(tonkin[0]).toMatchObject({ start: '08:00', end: '19:00', roomName: 'Salle du rez-de-jardin' });
		expect(new Set(buers.map((v) => weekdayOf(v.date)))).toEqual(new Set([4, 5]));
	});

	it('seeds the kitchen series and pending requests, all within the next weeks', async () => {
		const counts = rowsOf<{ title: string; status: string; n: number; last: string }>(
			await use().db.execute(sql`
				SELECT title, status, count(*)::int AS n, max(upper(during))::text AS last FROM booking GROUP BY title, status ORDER BY title`)
		);
		expect(counts.find((c) => c.title === 'Cuisine du midi — Table des Buers')).toMatchObject({ status: 'confirmed' });
		expect(counts.filter((c) => c.status === 'pending').length).toBeGreaterThanOrEqual(2);
		// Ours stay within the coming weeks, far from the other slices' test dates (2027 and later).
		const ours = [
			'Tournée de la crèche Petits Pas',
			'Cuisine du midi — Table des Buers',
			'Ateliers de français',
			'Atelier couture',
			'Forum de l’insertion'
		];
		expect(counts.filter((c) => ours.includes(c.title)).length).toBe(ours.length);
		const horizon = Date.now() + 8 * 7 * 86_400_000;
		for (const c of counts.filter((c) => ours.includes(c.title)))
			expect(new Date(c.last).getTime(), c.title).toBeLessThan(horizon);
	});

	it('opens the French workshops’ sessions to sign-ups, the first with people signed up at the counter', async () => {
		const [workshops] = await use()
			.db.select({ id: initiative.id })
			.from(initiative)
			.where(eq(initiative.title, 'Ateliers de français du mardi et du jeudi'));
		const list = await listInitiativeSessions(use(), null, { initiativeId: workshops!.id });
		expect(list!.sessions.length).toBeGreaterThanOrEqual(10);
		expect(list!.sessions[0]).toMatchObject({ capacity: 12, placesLeft: 9, waiting: 0 });
		expect(list!.sessions[1]).toMatchObject({ capacity: 12, placesLeft: 12 });
	});
});
