import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { need, needComment } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { withdrawComment } from '../moderation/write.js';
import { rateLimited } from './rate-limited.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { commentStatusesAllowing, postDecisionForm } from '#lib/domain/moderation.js';

export type ModerateCommentResult =
	{ ok: true; status: 'published' | 'refused' } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A moderator publishes a comment held for review (it then counts on its need and its followers
 * hear of it), or refuses it with a reason its author reads. One transaction, decided once.
 */
export async function moderateComment(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	commentId: string,
	values: Record<string, unknown>
): Promise<ModerateCommentResult> {
	assertAllowed(actor, 'content.moderate');
	const form = parseForm(postDecisionForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['moderateUser', actor.userId]]);
	if (limited) return limited;
	const { decision, reason, note } = form.data;

	const decided = await ctx.db.transaction(async (tx) => {
		if (decision === 'refuse' && reason)
			return withdrawComment(tx, { commentId, from: 'pending', refusal: { reason, note } });
		const [row] = await tx
			.update(needComment)
			.set({ status: 'published' })
			.where(and(eq(needComment.id, commentId), inArray(needComment.status, commentStatusesAllowing('publish'))))
			.returning({ needId: needComment.needId });
		if (!row) return false;
		await tx
			.update(need)
			.set({ commentCount: sql`${need.commentCount} + 1` })
			.where(eq(need.id, row.needId));
		await enqueueNotification(tx, { kind: 'need.commented', needId: row.needId, commentId });
		return true;
	});
	if (!decided) return { ok: false, fieldErrors: { form: 'MODERATION.ALREADY_DECIDED' } };
	return { ok: true, status: decision === 'publish' ? 'published' : 'refused' };
}
