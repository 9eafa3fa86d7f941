import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { codeForm, parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';
import { rateLimited } from './rate-limited.js';

export type CodeResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** The second step of signing in: a TOTP code, or else one of the backup codes. */
export async function completeTwoFactorSignIn(
	ctx: Pick<AppContext, 'auth' | 'rateLimiter'>,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<CodeResult> {
	const form = parseForm(codeForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['twoFactorAccount', meta.ip]], 'code');
	if (limited) return limited;
	const { code } = form.data;
	try {
		if (/^\d{6}$/.test(code)) await ctx.auth.api.verifyTOTP({ body: { code }, headers: meta.headers });
		else await ctx.auth.api.verifyBackupCode({ body: { code }, headers: meta.headers });
		return { ok: true };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { code: 'CODE.INVALID' } };
		throw error;
	}
}
