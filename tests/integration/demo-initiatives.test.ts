import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { listInitiatives } from '#lib/server/use-cases/list-initiatives.js';
import { findRoomsForPractice } from '#lib/server/use-cases/find-rooms-for-practice.js';
import { pageRequest } from '#lib/domain/pagination.js';

forEachEngine('demo initiatives and fit on the reference catalogue', (use) => {
	it('seeds initiatives built on the catalogue, in the demo quartiers, translated where written', async () => {
		await seedCatalogue(use().db);
		expect(await seedDemo(use().db)).toBe('seeded');
		const { items } = await listInitiatives(use(), { filters: {}, page: pageRequest('1'), locale: 'ar' });
		expect(items.map((i) => [i.practiceSlug, i.status])).toEqual([
			['ateliers-sociolinguistiques', 'running'],
			['creche-itinerante', 'preparing'],
			['cuisine-partagee', 'idea']
		]);
		expect(items[0]).toMatchObject({ lang: 'ar', quartiers: ['Saint-Jean', 'Tonkin'] });
		expect(items[2]).toMatchObject({ lang: 'fr', title: 'Cuisine partagée des Buers' });
	});

	it('compares every demo room with the itinerant crèche of the catalogue', async () => {
		const result = await findRoomsForPractice(use(), { slug: 'creche-itinerante', locale: 'fr' });
		expect(result?.candidates.length).toBeGreaterThan(0);
		// Every verdict comes with its reasons: gaps when it needs works, blocking gaps when it cannot fit.
		for (const c of result!.candidates) {
			if (c.fit.verdict === 'fits') expect(c.fit.gaps).toEqual([]);
			if (c.fit.verdict === 'fits_with_upgrades') expect(c.fit.gaps.length).toBeGreaterThan(0);
			if (c.fit.verdict === 'does_not_fit') expect(c.fit.blocking.length).toBeGreaterThan(0);
		}
	});
});
