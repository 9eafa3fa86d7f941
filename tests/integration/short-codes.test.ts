/** A new need or consultation never gets a short code already printed on another's poster. */
import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import { need } from '#lib/server/db/schema.js';
import { seedCatalogue } from '#lib/server/catalogue/seed-catalogue.js';
import { seedDemo } from '#lib/server/demo/seed-demo.js';
import { freshShortCode } from '#lib/server/short-codes.js';

forEachEngine('short codes', (use) => {
	it('draws again while the code is taken, per kind of content', async () => {
		const { db } = use();
		await seedCatalogue(db);
		await seedDemo(db);
		const [taken] = await db.select({ code: need.shortCode }).from(need).limit(1);
		const drawn = [taken!.code, taken!.code, 'ZZZZZZZ'];
		const draws: string[] = [];
		const draw = () => {
			const code = drawn[draws.length]!;
			draws.push(code);
			return code;
		};
		expect(await freshShortCode(db, 'need', draw)).toBe('ZZZZZZZ');
		expect(draws).toEqual([taken!.code, taken!.code, 'ZZZZZZZ']);
		// A need's code says nothing about consultations' (/b/ and /c/ are apart).
		expect(await freshShortCode(db, 'consultation', () => taken!.code)).toBe(taken!.code);
		expect(await db.select().from(need).where(eq(need.shortCode, 'ZZZZZZZ'))).toEqual([]);
	});
});
