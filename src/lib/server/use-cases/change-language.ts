import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { user } from '../db/schema.js';
import { localeForm, parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Locale } from '#lib/domain/locale.js';
import { rateLimited } from './rate-limited.js';

export type ChangeLanguageResult =
	{ ok: true; locale: Locale } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * Checks a language choice and, for a signed-in person, remembers it on the account:
 * it follows them to another device and decides the language of the mail they receive.
 */
export async function changeLanguage(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	userId: string | null,
	values: Record<string, unknown>
): Promise<ChangeLanguageResult> {
	const form = parseForm(localeForm, values);
	if (!form.ok) return form;
	if (userId) {
		const limited = await rateLimited(ctx.rateLimiter, [['postUser', userId]], 'locale');
		if (limited) return limited;
		await ctx.db.update(user).set({ locale: form.data.locale, updatedAt: new Date() }).where(eq(user.id, userId));
	}
	return { ok: true, locale: form.data.locale };
}
