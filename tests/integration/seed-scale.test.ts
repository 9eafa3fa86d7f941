/**
 * `npm run seed:scale` on both engines, at its test size (a hundredth of a city): the counts asked
 * for, counters equal to the rows they count, the same rows on a second run after --reset, and data
 * the app's own use cases read as they read real data (a quartier's needs, a room's calendar).
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { rowsOf } from '#lib/server/db/client.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { listNeeds } from '#lib/server/use-cases/list-needs.js';
import { needListFilters } from '#lib/domain/need-list.js';
import { seedScale, SIZES, resetScale } from '../../scripts/seed-scale.mjs';

forEachEngine('seed:scale', (use) => {
	const fingerprint = async () =>
		rowsOf<{ needs: string; bookings: string; answers: string }>(
			await use().db.execute(sql`SELECT
				(SELECT md5(string_agg(id || short_code || support_count || status, ',' ORDER BY id)) FROM need WHERE id LIKE 'scale-%') AS needs,
				(SELECT md5(string_agg(id || room_id || status, ',' ORDER BY id)) FROM booking WHERE id LIKE 'scale-%') AS bookings,
				(SELECT md5(string_agg(id || answers::text, ',' ORDER BY id)) FROM consultation_response WHERE id LIKE 'scale-%') AS answers`)
		)[0];

	it('seeds the numbers asked for, with counters equal to their rows', async () => {
		const { db } = use();
		await seedCatalogue(db);
		const counts = await db.transaction((tx) => seedScale(tx, 'small'));
		const size = SIZES.small;
		expect(counts).toEqual({
			quartiers: size.quartiers,
			rooms: size.rooms,
			residents: size.residents,
			needs: size.needs,
			supports: size.supports,
			bookings: size.bookings,
			initiatives: size.initiatives,
			consultations: size.consultations,
			answers: size.answers,
			wrong_counters: 0
		});
		// The quartiers are real QPV of Marseille, outlines included.
		const quartiers = rowsOf<{ qpv_code: string; outline: boolean }>(
			await db.execute(
				sql`SELECT qpv_code, outline IS NOT NULL AS outline FROM quartier WHERE id LIKE 'scale-%' ORDER BY qpv_code`
			)
		);
		expect(quartiers.every((q) => /^QN013\d\d[A-Z]$/.test(q.qpv_code) && q.outline)).toBe(true);
	});

	it('gives the same rows again after a reset', async () => {
		const { db } = use();
		const before = await fingerprint();
		await db.transaction(async (tx) => {
			await resetScale(tx);
			await seedScale(tx, 'small');
		});
		expect(await fingerprint()).toEqual(before);
	});

	it('is read by the app as real data: a commune’s needs, most supported first', async () => {
		const { db } = use();
		const [commune] = rowsOf<{ id: string }>(await db.execute(sql`SELECT id FROM commune WHERE insee_code = '13055'`));
		const filters = needListFilters(new URLSearchParams('sort=supported'));
		const page = await listNeeds(use(), { communeId: commune!.id, filters });
		expect(page.items).toHaveLength(20);
		const supports = page.items.map((n) => n.supportCount);
		expect([...supports].sort((a, b) => b - a)).toEqual(supports);
		expect(supports[0]).toBeGreaterThan(50);
	});
});
