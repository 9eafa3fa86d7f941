import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { roleGrant, user } from '../db/schema.js';
import { releasePlacesOf } from '../sessions/store.js';
import { deleteAccountForm, parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';

export type DeleteAccountResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/**
 * Deletes the signed-in person's account for good: sessions, credentials, two-factor secrets
 * and roles go with it (foreign keys cascade), in one transaction. Her places in coming sessions
 * are given back first, so the people waiting for them move up.
 */
export async function deleteAccount(
	ctx: Pick<AppContext, 'auth' | 'db'>,
	userId: string,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<DeleteAccountResult> {
	const form = parseForm(deleteAccountForm, values);
	if (!form.ok) return form;
	try {
		await ctx.auth.api.verifyPassword({ body: { password: form.data.password }, headers: meta.headers });
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { password: 'PASSWORD.WRONG' } };
		throw error;
	}
	return ctx.db.transaction(async (tx) => {
		// Lock the administrators' grants so that two last admins cannot both leave at once.
		const admins = await tx
			.select({ userId: roleGrant.userId })
			.from(roleGrant)
			.where(eq(roleGrant.role, 'administrator'))
			.for('update');
		const isAdmin = admins.some((a) => a.userId === userId);
		if (isAdmin && !admins.some((a) => a.userId !== userId))
			return { ok: false as const, fieldErrors: { form: 'ROLE.LAST_ADMIN' } };
		await releasePlacesOf(tx, userId, new Date());
		await tx.delete(user).where(eq(user.id, userId));
		return { ok: true as const };
	});
}
