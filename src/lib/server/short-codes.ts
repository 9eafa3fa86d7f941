/**
 * A short code (posters, QR codes) not yet used by any need or consultation. 30^7 codes make a
 * clash very unlikely, but a clash would fail the insert's unique index and lose a resident's
 * post with a server error; a look before writing costs one indexed read. (Two posts drawing the
 * same fresh code at the same instant would still clash: that is a 1-in-10^20 event.)
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from './db/client.js';
import { consultation, need } from './db/schema.js';
import { shortCodeFrom } from '#lib/domain/short-code.js';

export async function freshShortCode(
	db: Database,
	kind: 'need' | 'consultation',
	draw: () => string = () => shortCodeFrom(randomBytes(7))
): Promise<string> {
	const table = kind === 'need' ? need : consultation;
	for (;;) {
		const code = draw();
		const taken = rowsOf(await db.execute(sql`SELECT 1 FROM ${table} WHERE ${table.shortCode} = ${code}`));
		if (taken.length === 0) return code;
	}
}
