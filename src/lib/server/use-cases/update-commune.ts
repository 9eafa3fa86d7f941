import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { communeSettingsForm } from '#lib/domain/commune.js';
import { rateLimited } from './rate-limited.js';

export type UpdateCommuneResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * An administrator corrects a commune's school-holiday zone or time zone (set from its
 * département at import, which is wrong for, say, a Marquesas commune). Later imports keep it.
 */
export async function updateCommune(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	communeId: string,
	values: Record<string, unknown>
): Promise<UpdateCommuneResult> {
	assertAllowed(actor, 'territory.import');
	const form = parseForm(communeSettingsForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const rows = await ctx.db
		.update(commune)
		.set({ holidayZone: form.data.holidayZone, timeZone: form.data.timeZone, updatedAt: sql`now()` })
		.where(eq(commune.id, communeId))
		.returning({ id: commune.id });
	return rows.length > 0 ? { ok: true } : { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
}
