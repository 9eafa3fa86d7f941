import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { parseForm, resetPasswordForm, type FieldErrors } from '#lib/domain/account-forms.js';

export type ResetResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/** Sets a new password from a reset link; every session of the account is closed. */
export async function resetPassword(
	ctx: Pick<AppContext, 'auth'>,
	values: Record<string, unknown>
): Promise<ResetResult> {
	const form = parseForm(resetPasswordForm, values);
	if (!form.ok) return form;
	try {
		await ctx.auth.api.resetPassword({ body: { token: form.data.token, newPassword: form.data.password } });
		return { ok: true };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { form: 'TOKEN.INVALID' } };
		throw error;
	}
}
