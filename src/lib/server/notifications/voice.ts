/**
 * Who hears of what happens to a need, and what they are told (residents' voice):
 * - the author alone hears of moderation (published, refused, a comment of hers refused);
 * - the author and every follower hear of a new step in the need's history and of new comments,
 *   except the person who made the change or wrote the comment (she knows).
 * The payload keeps facts only; the need's title stays in the language it was written in.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, need, needComment, needEvent, needFollow, organisation } from '../db/schema.js';
import type { NotificationEvent, NotificationPayload } from './events.js';

export type VoiceEvent = Extract<
	NotificationEvent,
	{ kind: 'need.published' | 'need.refused' | 'need.status_changed' | 'need.commented' | 'comment.refused' }
>;

export interface VoicePlan {
	kind: VoiceEvent['kind'];
	recipients: string[];
	payload: NotificationPayload;
	link: string;
}

/** Answers are cut here in notifications and mails: the whole text is on the need's page. */
export const ANSWER_EXCERPT = 300;

export function isVoiceEvent(event: NotificationEvent): event is VoiceEvent {
	return event.kind.startsWith('need.') || event.kind === 'comment.refused';
}

function excerpt(text: string, max = ANSWER_EXCERPT): string {
	const chars = [...text.trim()];
	return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

async function needFacts(db: Database, needId: string) {
	const [row] = await db
		.select({
			id: need.id,
			title: need.title,
			language: need.language,
			authorId: need.authorId,
			status: need.status,
			refusalReason: need.refusalReason,
			timeZone: commune.timeZone
		})
		.from(need)
		.innerJoin(commune, eq(commune.id, need.communeId))
		.where(eq(need.id, needId));
	return row ?? null;
}

async function followersOf(db: Database, needId: string): Promise<string[]> {
	const rows = await db.select({ userId: needFollow.userId }).from(needFollow).where(eq(needFollow.needId, needId));
	return rows.map((r) => r.userId);
}

/** Everyone concerned, once each, without the person who acted. */
function audience(ids: (string | null | undefined)[], actor: string | null | undefined): string[] {
	return [...new Set(ids.filter((id): id is string => !!id && id !== actor))];
}

export async function planVoiceNotification(db: Database, event: VoiceEvent): Promise<VoicePlan | null> {
	const needId =
		event.kind === 'comment.refused'
			? (
					await db.select({ needId: needComment.needId }).from(needComment).where(eq(needComment.id, event.commentId))
				)[0]?.needId
			: event.needId;
	if (!needId) return null;
	const facts = await needFacts(db, needId);
	if (!facts) return null;
	const base: NotificationPayload = {
		title: facts.title,
		titleLanguage: facts.language,
		timeZone: facts.timeZone,
		count: 1
	};
	const link = `/needs/${facts.id}`;

	switch (event.kind) {
		case 'need.published':
			// Posted without an account: nobody to tell in the app.
			return { kind: event.kind, recipients: audience([facts.authorId], null), payload: base, link };
		case 'need.refused':
			return {
				kind: event.kind,
				recipients: audience([facts.authorId], null),
				payload: { ...base, ...(facts.refusalReason ? { reason: facts.refusalReason } : {}) },
				link
			};
		case 'need.status_changed': {
			const [row] = await db
				.select({
					status: needEvent.status,
					actorId: needEvent.actorId,
					text: needEvent.text,
					language: needEvent.language,
					organisationName: organisation.name
				})
				.from(needEvent)
				.leftJoin(organisation, eq(organisation.id, needEvent.organisationId))
				.where(and(eq(needEvent.id, event.eventId), eq(needEvent.needId, needId)));
			if (!row) return null;
			return {
				kind: event.kind,
				recipients: audience([facts.authorId, ...(await followersOf(db, needId))], row.actorId),
				payload: {
					...base,
					needStatus: row.status,
					...(row.text?.trim() ? { answer: excerpt(row.text), answerLanguage: row.language ?? facts.language } : {}),
					...(row.organisationName ? { organisationName: row.organisationName } : {})
				},
				link
			};
		}
		case 'need.commented': {
			const [comment] = await db
				.select({ authorId: needComment.authorId, status: needComment.status })
				.from(needComment)
				.where(and(eq(needComment.id, event.commentId), eq(needComment.needId, needId)));
			// A comment held for moderation (or since hidden) is not announced: nobody could read it.
			if (!comment || comment.status !== 'published') return null;
			return {
				kind: event.kind,
				recipients: audience([facts.authorId, ...(await followersOf(db, needId))], comment.authorId),
				payload: base,
				link: `${link}#comments`
			};
		}
		case 'comment.refused': {
			const [comment] = await db
				.select({ authorId: needComment.authorId, refusalReason: needComment.refusalReason })
				.from(needComment)
				.where(eq(needComment.id, event.commentId));
			if (!comment) return null;
			return {
				kind: event.kind,
				recipients: audience([comment.authorId], null),
				payload: { ...base, ...(comment.refusalReason ? { reason: comment.refusalReason } : {}) },
				link
			};
		}
	}
}
