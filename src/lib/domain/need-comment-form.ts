/**
 * The comment form of a need. A comment keeps the language it was written in; a reply names the
 * comment it answers. The `website` field is a honeypot: hidden from people (and from screen
 * readers), filled in by the robots that fill every field — instead of a third-party captcha.
 */
import { z } from 'zod';
import { LOCALES } from './locale.js';
import { oneOf, text } from './form-fields.js';

import { COMMENT_MAX_LENGTH, COMMENT_HONEYPOT_FIELD as HONEYPOT_FIELD } from './need-vocabulary.js';

export const needCommentForm = z.object({
	body: text(COMMENT_MAX_LENGTH, { min: 2 }),
	language: z
		.string()
		.optional()
		.transform((v) => v || 'fr')
		.pipe(oneOf(LOCALES)),
	parentId: z
		.string()
		.trim()
		.optional()
		.transform((v) => v || null),
	[HONEYPOT_FIELD]: z
		.string()
		.optional()
		.transform((v) => v ?? '')
});

export type NeedCommentForm = z.infer<typeof needCommentForm>;

/** Whether the honeypot was filled in: a person never sees it, so only a robot does. */
export function isRobot(form: Pick<NeedCommentForm, typeof HONEYPOT_FIELD>): boolean {
	return form[HONEYPOT_FIELD].trim() !== '';
}

/**
 * One level of replies: a reply to a reply attaches to the comment that opened the thread, so
 * that threads never nest deeper than one step (readable on a phone, and for screen readers).
 */
export function threadParent(parent: { id: string; parentId: string | null } | null): string | null {
	if (!parent) return null;
	return parent.parentId ?? parent.id;
}

/**
 * A first post is moderated: someone who has nothing published yet (no need, no comment) waits
 * for a moderator once; after that her comments appear at once.
 */
export function commentStatusFor(author: {
	publishedNeeds: number;
	publishedComments: number;
}): 'pending' | 'published' {
	return author.publishedNeeds + author.publishedComments > 0 ? 'published' : 'pending';
}
