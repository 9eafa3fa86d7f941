/**
 * The words and limits of needs that pages show and forms check, kept apart from the forms'
 * zod schemas (need-form.ts, need-comment-form.ts, need-lifecycle.ts): a page that only needs a
 * list of statuses or a maximum length must not bring zod to the resident's phone (issue 8:
 * 20 KB of Brotli on the needs, need and consultation pages).
 */

export const NEED_KINDS = ['need', 'idea'] as const;
export type NeedKind = (typeof NEED_KINDS)[number];

export const NEED_STATUSES = [
	'submitted',
	'published',
	'refused',
	'under_study',
	'answered',
	'linked',
	'done'
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** The statuses anyone may read: a need awaiting moderation or refused is shown to nobody else. */
export const LISTED_STATUSES = ['published', 'under_study', 'answered', 'linked', 'done'] as const;
export type ListedStatus = (typeof LISTED_STATUSES)[number];

export const NEED_TITLE_MAX = 120;
export const NEED_BODY_MAX = 2000;
export const NEED_AUTHOR_NAME_MAX = 40;
/** Phones take large photos; the re-encoder shrinks them to 1600 px anyway. */
export const NEED_PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/**
 * How far from the quartier's centre a place may be: a QPV is a few hundred metres across,
 * and a need may well be about the school or the stop just outside it.
 */
export const NEED_PLACE_MAX_KM = 3;

/**
 * The name of the honeypot field: a visually hidden input labelled "leave empty". People never
 * see it; form-filling robots fill every field. Named like a field robots love to fill.
 */
export const HONEYPOT_FIELD = 'homepage';

/** The comment form's honeypot (need-comment-form.ts): a field robots fill and people never see. */
export const COMMENT_HONEYPOT_FIELD = 'website';
export const COMMENT_MAX_LENGTH = 2000;

/** The longest official answer: a few paragraphs, not a report. */
export const ANSWER_MAX_LENGTH = 5000;
