import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { user } from '../db/schema.js';
import { parseForm, signUpForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';

const renameForm = z.object({ name: signUpForm.shape.name });

export type RenameResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** Changes the name others see. */
export async function renameAccount(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	userId: string,
	values: Record<string, unknown>
): Promise<RenameResult> {
	const form = parseForm(renameForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', userId]], 'name');
	if (limited) return limited;
	await ctx.db.update(user).set({ name: form.data.name, updatedAt: new Date() }).where(eq(user.id, userId));
	return { ok: true };
}
