import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { user } from '../db/schema.js';
import { authErrorCode, isAuthApiError } from '../auth-errors.js';
import { parseForm, signUpForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Locale } from '#lib/domain/locale.js';
import type { RequestMeta } from './request-meta.js';
import { rateLimited } from './rate-limited.js';

export type SignUpResult =
	{ ok: true; userId: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** Creates a resident's account and signs her in. */
export async function signUp(
	ctx: Pick<AppContext, 'auth' | 'db' | 'rateLimiter'>,
	values: Record<string, unknown>,
	meta: RequestMeta & { locale: Locale }
): Promise<SignUpResult> {
	const form = parseForm(signUpForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['signUpIp', meta.ip]]);
	if (limited) return limited;

	const [existing] = await ctx.db.select({ id: user.id }).from(user).where(eq(user.email, form.data.email));
	if (existing) return { ok: false, fieldErrors: { email: 'EMAIL.TAKEN' } };
	try {
		const res = await ctx.auth.api.signUpEmail({
			body: { ...form.data, locale: meta.locale },
			headers: meta.headers
		});
		return { ok: true, userId: res.user.id };
	} catch (error) {
		// Two sign-ups racing for one address: the unique index decides, the loser is told plainly.
		if (isAuthApiError(error) && /ALREADY_EXISTS/.test(authErrorCode(error) ?? ''))
			return { ok: false, fieldErrors: { email: 'EMAIL.TAKEN' } };
		throw error;
	}
}
