import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { need, needComment } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { moveCounter, publicNeed } from '../need-page/counters.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { rateLimited } from './rate-limited.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { commentStatusFor, isRobot, needCommentForm, threadParent } from '#lib/domain/need-comment-form.js';
import { isPublicStatus } from '#lib/domain/need-lifecycle.js';
import { NEED_STATUSES } from '#lib/domain/need-vocabulary.js';

export type CommentResult =
	| { ok: true; commentId: string | null; status: 'published' | 'pending' }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number }
	| { ok: false; code: 'NOT_FOUND' | 'CONVERSATION.NOT_PUBLIC' };

const PUBLIC_STATUSES = NEED_STATUSES.filter(isPublicStatus);

/**
 * A signed-in person comments on a public need, or replies to a comment (one level: a reply to a
 * reply joins the thread of the comment that opened it). Her first post waits for a moderator;
 * once she has something published, her comments appear at once, count on the need and tell its
 * author and followers.
 */
export async function commentOnNeed(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	input: { needId: string; values: Record<string, unknown> }
): Promise<CommentResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	const form = parseForm(needCommentForm, input.values);
	if (!form.ok) return form;
	// A robot is answered as if its comment were held for moderation, and nothing is written:
	// telling it apart would teach it to leave the hidden field empty.
	if (isRobot(form.data)) return { ok: true, commentId: null, status: 'pending' };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]], 'body');
	if (limited) return limited;

	return ctx.db.transaction(async (tx): Promise<CommentResult> => {
		const found = await publicNeed(tx, input.needId);
		if (!found.ok) return found;

		let parentId: string | null = null;
		if (form.data.parentId) {
			const [parent] = await tx
				.select({
					id: needComment.id,
					parentId: needComment.parentId,
					status: needComment.status,
					authorId: needComment.authorId
				})
				.from(needComment)
				.where(and(eq(needComment.id, form.data.parentId), eq(needComment.needId, input.needId)));
			// One may answer what one can read: a published comment, or one's own still held.
			const readable =
				parent && (parent.status === 'published' || (parent.status === 'pending' && parent.authorId === actor.userId));
			if (!readable) return { ok: false, fieldErrors: { body: 'CONVERSATION.PARENT_UNKNOWN' } };
			parentId = threadParent(parent);
		}

		const [needs] = await tx
			.select({ n: count() })
			.from(need)
			.where(and(eq(need.authorId, actor.userId), inArray(need.status, PUBLIC_STATUSES)));
		const [comments] = await tx
			.select({ n: count() })
			.from(needComment)
			.where(and(eq(needComment.authorId, actor.userId), eq(needComment.status, 'published')));
		const status = commentStatusFor({ publishedNeeds: needs?.n ?? 0, publishedComments: comments?.n ?? 0 });

		const commentId = randomUUID();
		await tx.insert(needComment).values({
			id: commentId,
			needId: input.needId,
			parentId,
			authorId: actor.userId,
			body: form.data.body,
			language: form.data.language,
			status
		});
		// A held comment is counted, and announced, when a moderator publishes it.
		if (status === 'published') {
			await moveCounter(tx, input.needId, 'commentCount', 1);
			await enqueueNotification(tx, { kind: 'need.commented', needId: input.needId, commentId });
		}
		return { ok: true, commentId, status };
	});
}
