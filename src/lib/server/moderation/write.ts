/**
 * The writes that moderation decisions share, each meant to run inside the caller's transaction.
 * Every one is a conditional update on the state it starts from: when two moderators decide at
 * once, the second finds nothing left to change and says so, and nothing is counted twice.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { need, needComment, needEvent } from '../db/schema.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { refusalText, type RefusalReason } from '#lib/domain/moderation.js';
import { refusalReasonText } from '#lib/i18n/moderation-text.js';
import { isLocale, type Locale } from '#lib/paraglide/runtime.js';

export interface Refusal {
	reason: RefusalReason;
	note: string;
}

/** What the author reads, in the language she wrote in: she may not read the moderator's. */
export function textForAuthor(refusal: Refusal, language: string): string {
	const locale: Locale = isLocale(language) ? language : 'fr';
	return refusalText(refusalReasonText(refusal.reason, locale), refusal.note);
}

/**
 * Refuses a need that is in one of `from` (submitted, or public when a report is upheld): its
 * status, the reason its author reads, the 'refused' entry of its history, and the notification.
 * False when it was no longer in one of those states.
 */
export async function refuseNeed(
	tx: Database,
	input: { needId: string; from: readonly string[]; refusal: Refusal; actorId: string; now: Date }
): Promise<boolean> {
	const [current] = await tx.select({ language: need.language }).from(need).where(eq(need.id, input.needId));
	if (!current) return false;
	const text = textForAuthor(input.refusal, current.language);
	const [row] = await tx
		.update(need)
		.set({ status: 'refused', refusalReason: text, updatedAt: input.now })
		.where(and(eq(need.id, input.needId), inArray(need.status, [...input.from])))
		.returning({ id: need.id });
	if (!row) return false;
	await tx.insert(needEvent).values({
		id: randomUUID(),
		needId: input.needId,
		status: 'refused',
		actorId: input.actorId,
		text,
		language: current.language,
		createdAt: input.now
	});
	await enqueueNotification(tx, { kind: 'need.refused', needId: input.needId });
	return true;
}

/**
 * Takes a comment out of view — refused while pending, hidden once published — with the reason
 * its author reads. A published comment leaves its need's counter. False when it was in neither state.
 */
export async function withdrawComment(
	tx: Database,
	input: { commentId: string; from: 'pending' | 'published'; refusal: Refusal }
): Promise<boolean> {
	const [current] = await tx
		.select({ language: needComment.language, needId: needComment.needId })
		.from(needComment)
		.where(eq(needComment.id, input.commentId));
	if (!current) return false;
	const [row] = await tx
		.update(needComment)
		.set({
			status: input.from === 'pending' ? 'refused' : 'hidden',
			refusalReason: textForAuthor(input.refusal, current.language)
		})
		.where(and(eq(needComment.id, input.commentId), eq(needComment.status, input.from)))
		.returning({ id: needComment.id });
	if (!row) return false;
	if (input.from === 'published')
		await tx
			.update(need)
			.set({ commentCount: sql`greatest(${need.commentCount} - 1, 0)` })
			.where(eq(need.id, current.needId));
	await enqueueNotification(tx, { kind: 'comment.refused', commentId: input.commentId });
	return true;
}
