/**
 * What a poster may point to: only content anyone may read. A need awaiting moderation or
 * refused, and a consultation still in draft, have neither a short URL nor a poster.
 */
export const PUBLIC_NEED_STATUSES = ['published', 'under_study', 'answered', 'linked', 'done'] as const;
export const PUBLIC_CONSULTATION_STATUSES = ['published'] as const;
