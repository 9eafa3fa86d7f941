import type { AppContext } from '../context.js';
import { emailForm, parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';
import { rateLimited } from './rate-limited.js';

export type RequestResetResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * Sends a reset link when the address has an account. The answer is the same either way,
 * so that the form does not tell strangers who has an account.
 */
export async function requestPasswordReset(
	ctx: Pick<AppContext, 'auth' | 'rateLimiter' | 'config'>,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<RequestResetResult> {
	const form = parseForm(emailForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [
		['passwordResetIp', meta.ip],
		['passwordResetAccount', form.data.email]
	]);
	if (limited) return limited;
	await ctx.auth.api.requestPasswordReset({
		body: { email: form.data.email, redirectTo: `${ctx.config.origin}/reset-password` },
		headers: meta.headers
	});
	return { ok: true };
}
