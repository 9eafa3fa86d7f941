/**
 * The lifecycle of a need once it is public, and who may see it. Moderation (submitted →
 * published or refused) belongs to the moderation queue; this module covers what the commune's
 * staff and organisations do next: study it, answer it officially, link it to an initiative
 * that answers it, and say it is done. Pure rules: the use cases ask before they write.
 */
import { z } from 'zod';
import { LOCALES } from './locale.js';
import { oneOf, text } from './form-fields.js';

import { LISTED_STATUSES, NEED_STATUSES, type NeedStatus } from './need-vocabulary.js';

/** The statuses a response can move a need to (moderation statuses are the moderation queue's). */
export const RESPONSE_STATUSES = ['under_study', 'answered', 'linked', 'done'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/**
 * Where a need may go from each status. A need may be answered without being studied first (the
 * answer is obvious), linked straight from study (an initiative already exists), and done
 * without an initiative (the town fixed the street lamp). Nothing goes back: the history only grows.
 */
const TRANSITIONS: Record<NeedStatus, readonly ResponseStatus[]> = {
	submitted: [],
	refused: [],
	published: ['under_study', 'answered'],
	under_study: ['answered', 'linked'],
	answered: ['linked', 'done'],
	linked: ['done'],
	done: []
};

export function isNeedStatus(value: unknown): value is NeedStatus {
	return typeof value === 'string' && (NEED_STATUSES as readonly string[]).includes(value);
}

/** The statuses a response may move a need to from `from`, in lifecycle order. */
export function nextStatuses(from: string): readonly ResponseStatus[] {
	return isNeedStatus(from) ? TRANSITIONS[from] : [];
}

export function canMove(from: string, to: string): to is ResponseStatus {
	return (nextStatuses(from) as readonly string[]).includes(to);
}

/** Published and every later step are public; submitted and refused are not. */
export function isPublicStatus(status: string): boolean {
	return (LISTED_STATUSES as readonly string[]).includes(status);
}

/**
 * Who sees a need: everyone once it is public; before that (awaiting moderation) or after a
 * refusal, only its author — who must learn why — and the moderators.
 */
export function canSeeNeed(
	need: { status: string; authorId: string | null },
	viewer: {
		userId: string | null;
		moderator: boolean;
	}
): boolean {
	if (isPublicStatus(need.status)) return true;
	if (viewer.moderator) return true;
	return viewer.userId !== null && need.authorId !== null && need.authorId === viewer.userId;
}

/** Supports, follows and comments only make sense on a need everyone can see. */
export const acceptsConversation = isPublicStatus;

import { ANSWER_MAX_LENGTH } from './need-vocabulary.js';

/**
 * The response form: the status to move to, the official answer (required to answer), the
 * initiative that answers the need (required to link), and the organisation the answer speaks for.
 */
export const needResponseForm = z
	.object({
		status: oneOf(RESPONSE_STATUSES),
		text: text(ANSWER_MAX_LENGTH, { optional: true }),
		language: z
			.string()
			.optional()
			.transform((v) => v || 'fr')
			.pipe(oneOf(LOCALES)),
		organisationId: z
			.string()
			.trim()
			.optional()
			.transform((v) => v || null),
		initiativeId: z
			.string()
			.trim()
			.optional()
			.transform((v) => v || null)
	})
	.superRefine((form, ctx) => {
		if (form.status === 'answered' && !form.text)
			ctx.addIssue({ code: 'custom', path: ['text'], message: 'CONVERSATION.ANSWER_REQUIRED' });
		if (form.status === 'linked' && !form.initiativeId)
			ctx.addIssue({ code: 'custom', path: ['initiativeId'], message: 'CONVERSATION.INITIATIVE_REQUIRED' });
	});

export type NeedResponseForm = z.infer<typeof needResponseForm>;
