import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { openDatabase, rowsOf } from '#lib/server/db/client.js';
import { appMeta } from '#lib/server/db/schema.js';
import { checkHealth } from '#lib/server/use-cases/check-health.js';

forEachEngine('database', (use) => {
	it('answers the health check', async () => {
		expect(await checkHealth(use())).toEqual({ ok: true, engine: use().engine });
	});

	it('has btree_gist, so a room cannot be booked twice for overlapping times', async () => {
		const db = use().db;
		await db.execute(
			sql`CREATE TABLE test_slot (room text, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&))`
		);
		await db.execute(sql`INSERT INTO test_slot VALUES ('r1', '[2026-03-02 09:00+01, 2026-03-02 11:00+01)')`);
		// Back to back: [9,11) then [11,12) do not overlap.
		await db.execute(sql`INSERT INTO test_slot VALUES ('r1', '[2026-03-02 11:00+01, 2026-03-02 12:00+01)')`);
		await db.execute(sql`INSERT INTO test_slot VALUES ('r2', '[2026-03-02 09:00+01, 2026-03-02 11:00+01)')`);
		const overlap = db.execute(sql`INSERT INTO test_slot VALUES ('r1', '[2026-03-02 10:00+01, 2026-03-02 10:30+01)')`);
		await expect(overlap).rejects.toMatchObject({ cause: expect.objectContaining({ code: '23P01' }) });
		await db.execute(sql`DROP TABLE test_slot`);
	});

	it('rolls a failed transaction back whole', async () => {
		const db = use().db;
		await expect(
			db.transaction(async (tx) => {
				await tx.insert(appMeta).values({ key: 'half', value: 'written' });
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		expect(
			await db
				.select()
				.from(appMeta)
				.where(sql`key = 'half'`)
		).toEqual([]);
	});
});

describe('embedded database on disk', () => {
	const dir = mkdtempSync(join(tmpdir(), 'qv-pglite-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('keeps acknowledged writes across a close and a reopen, and migrates only once', async () => {
		const dataDir = join(dir, 'nested', 'data');
		const first = await openDatabase({ dataDir });
		await first.db.insert(appMeta).values({ key: 'kept', value: 'yes' });
		await first.close();
		const second = await openDatabase({ dataDir });
		const rows = await second.db
			.select()
			.from(appMeta)
			.where(sql`key = 'kept'`);
		expect(rows.map((r) => r.value)).toEqual(['yes']);
		const migrations = rowsOf<{ n: number }>(
			await second.db.execute(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`)
		);
		// Each committed migration applied exactly once, none twice on reopening.
		const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: unknown[] };
		expect(Number(migrations[0]!.n)).toBe(journal.entries.length);
		await second.close();
	});
});

forEachEngine('French search', (use) => {
	it('ignores accents and stems French words, so "creche" finds "crèches itinérantes"', async () => {
		const { db } = use();
		const rows = rowsOf<{ hit: boolean; plain: boolean }>(
			await db.execute(
				sql`SELECT to_tsvector('qv_french', 'Les crèches itinérantes du quartier') @@ websearch_to_tsquery('qv_french', 'creche itinerante') AS hit,
				           to_tsvector('qv_french', 'Atelier vélo') @@ websearch_to_tsquery('qv_french', 'crèche') AS plain`
			)
		);
		expect(rows[0]).toEqual({ hit: true, plain: false });
	});
});
