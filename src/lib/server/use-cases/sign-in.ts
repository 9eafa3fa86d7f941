import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { parseForm, signInForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';
import { rateLimited } from './rate-limited.js';

export type SignInResult =
	| { ok: true; twoFactorRequired: boolean; locale?: string }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * Checks the password. When the account has two-factor authentication, no session is made yet:
 * Better Auth sets a short-lived two-factor cookie and the code is asked next.
 */
export async function signIn(
	ctx: Pick<AppContext, 'auth' | 'rateLimiter'>,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<SignInResult> {
	const form = parseForm(signInForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [
		['signInIp', meta.ip],
		['signInAccount', `${meta.ip}|${form.data.email}`]
	]);
	if (limited) return limited;
	try {
		const res = (await ctx.auth.api.signInEmail({ body: form.data, headers: meta.headers })) as {
			twoFactorRedirect?: boolean;
			user?: { locale?: string };
		};
		if (res.twoFactorRedirect) return { ok: true, twoFactorRequired: true };
		return { ok: true, twoFactorRequired: false, locale: res.user?.locale };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { form: 'AUTH.CREDENTIALS' } };
		throw error;
	}
}
