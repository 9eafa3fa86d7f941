import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { codeForm, parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';
import { rateLimited } from './rate-limited.js';

export type ConfirmResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** Second step: a code from the app proves it holds the secret; only then is 2FA switched on. */
export async function confirmTwoFactor(
	ctx: Pick<AppContext, 'auth' | 'rateLimiter'>,
	userId: string,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<ConfirmResult> {
	const form = parseForm(codeForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['twoFactorAccount', userId]], 'code');
	if (limited) return limited;
	try {
		await ctx.auth.api.verifyTOTP({ body: { code: form.data.code }, headers: meta.headers });
		return { ok: true };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { code: 'CODE.INVALID' } };
		throw error;
	}
}
