import type { AppContext } from '../context.js';

/**
 * Whether a password-reset link can still be used, so that the page says so before anyone
 * types a new password. Asks Better Auth's own store, whatever form it keeps identifiers in.
 */
export async function checkResetLink(ctx: Pick<AppContext, 'auth'>, token: string): Promise<boolean> {
	if (!token || token.length > 200) return false;
	const auth = await ctx.auth.$context;
	const found = await auth.internalAdapter.findVerificationValue(`reset-password:${token}`);
	return Boolean(found && new Date(found.expiresAt).getTime() > Date.now());
}
