import { count } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, quartier } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** How many quartiers and communes are stored, shown beside the import form. */
export async function countTerritory(ctx: Pick<AppContext, 'db'>, actor: Actor | null) {
	assertAllowed(actor, 'territory.import');
	const [[q], [c]] = await Promise.all([
		ctx.db.select({ n: count() }).from(quartier),
		ctx.db.select({ n: count() }).from(commune)
	]);
	return { quartiers: q?.n ?? 0, communes: c?.n ?? 0 };
}
