import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { changePasswordForm, parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';
import { rateLimited } from './rate-limited.js';

export type ChangePasswordResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** Changes the signed-in person's password and closes their other sessions. */
export async function changePassword(
	ctx: Pick<AppContext, 'auth' | 'rateLimiter'>,
	userId: string,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<ChangePasswordResult> {
	const form = parseForm(changePasswordForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['signInAccount', `${meta.ip}|${userId}`]]);
	if (limited) return limited;
	try {
		await ctx.auth.api.changePassword({
			body: { ...form.data, revokeOtherSessions: true },
			headers: meta.headers
		});
		return { ok: true };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { currentPassword: 'PASSWORD.WRONG' } };
		throw error;
	}
}
