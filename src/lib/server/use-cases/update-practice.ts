import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { practice } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { practiceColumns, writeTranslations } from '../catalogue/practice-rows.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parsePracticeForm, type RawForm } from '#lib/domain/practice-form.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';

export type UpdatePracticeResult =
	{ ok: true; slug: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A moderator corrects or completes a practice: every field, and its English and Arabic texts.
 * The address (slug) stays the same even when the title changes, so that links keep working.
 */
export async function updatePractice(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	slug: string,
	raw: RawForm
): Promise<UpdatePracticeResult> {
	assertAllowed(actor, 'content.moderate');
	const form = parsePracticeForm(raw);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	return ctx.db.transaction(async (tx) => {
		const [row] = await tx
			.update(practice)
			.set({ ...practiceColumns(form.data), updatedAt: new Date() })
			.where(eq(practice.slug, slug))
			.returning({ id: practice.id });
		if (!row) return { ok: false as const, fieldErrors: { form: 'NOT_FOUND' } };
		await writeTranslations(tx, row.id, form.data.translations);
		return { ok: true as const, slug };
	});
}
