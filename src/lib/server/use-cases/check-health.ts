import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';

/** For load balancers: the process answers and the database does too. */
export async function checkHealth(ctx: Pick<AppContext, 'db' | 'engine'>): Promise<{ ok: boolean; engine: string }> {
	try {
		await ctx.db.execute(sql`SELECT 1`);
		return { ok: true, engine: ctx.engine };
	} catch {
		return { ok: false, engine: ctx.engine };
	}
}
