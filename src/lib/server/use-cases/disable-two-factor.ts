import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { parseForm, passwordForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';

/** Turns two-factor authentication off, after checking the password. */
export type DisableResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

export async function disableTwoFactor(
	ctx: Pick<AppContext, 'auth'>,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<DisableResult> {
	const form = parseForm(passwordForm, values);
	if (!form.ok) return form;
	try {
		await ctx.auth.api.disableTwoFactor({ body: { password: form.data.password }, headers: meta.headers });
		return { ok: true };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { password: 'PASSWORD.WRONG' } };
		throw error;
	}
}
