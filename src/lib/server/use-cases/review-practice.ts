import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../context.js';
import { practice } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { rateLimited } from './rate-limited.js';

export const REVIEW_NOTE_MAX = 1000;

const reviewForm = z
	.object({
		decision: z.enum(['approve', 'reject'], { error: 'PRACTICE.DECISION_REQUIRED' }),
		note: z.string().trim().max(REVIEW_NOTE_MAX, 'PRACTICE.NOTE_TOO_LONG').default('')
	})
	// The proposers need to know why, to correct their practice and propose it again.
	.refine((v) => v.decision === 'approve' || v.note.length > 0, { path: ['note'], message: 'PRACTICE.NOTE_REQUIRED' });

export type ReviewPracticeResult =
	{ ok: true; status: 'published' | 'rejected' } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** A moderator publishes a proposed practice, or rejects it with a note for its proposers. */
export async function reviewPractice(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	slug: string,
	values: Record<string, unknown>
): Promise<ReviewPracticeResult> {
	assertAllowed(actor, 'content.moderate');
	const form = parseForm(reviewForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const now = new Date();
	const status = form.data.decision === 'approve' ? ('published' as const) : ('rejected' as const);
	// Only a practice still awaiting review changes: two moderators deciding at once cannot both win.
	const [row] = await ctx.db
		.update(practice)
		.set({
			status,
			reviewedBy: actor.userId,
			reviewNote: form.data.note || null,
			updatedAt: now,
			...(status === 'published' ? { publishedAt: now } : {})
		})
		.where(and(eq(practice.slug, slug), eq(practice.status, 'proposed')))
		.returning({ id: practice.id });
	if (!row) return { ok: false, fieldErrors: { form: 'PRACTICE.NOT_PROPOSED' } };
	return { ok: true, status };
}
