import type { AppContext } from '../context.js';

/** Ends the current session (the row is deleted, the cookie cleared). */
export async function signOut(ctx: Pick<AppContext, 'auth'>, headers: Headers): Promise<void> {
	await ctx.auth.api.signOut({ headers });
}
