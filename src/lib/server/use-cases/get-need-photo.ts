import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { need, needPhoto } from '../db/schema.js';
import { authorise, type Actor } from '#lib/domain/authorisation.js';
import { LISTED_STATUSES } from '#lib/domain/need-vocabulary.js';
import { isOneOf } from '#lib/domain/vocabulary.js';

export const NEED_PHOTO_SIZES = ['image', 'thumbnail'] as const;
export type NeedPhotoSize = (typeof NEED_PHOTO_SIZES)[number];

/**
 * The photo of a need, for someone allowed to read the need: anyone once it is public; while it
 * awaits moderation or after a refusal, only its author and the moderators. `public` says
 * whether caches shared between people may keep it.
 */
export async function getNeedPhoto(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	needId: string,
	size: NeedPhotoSize
) {
	const [row] = await ctx.db
		.select({
			status: need.status,
			authorId: need.authorId,
			mime: needPhoto.mime,
			createdAt: needPhoto.createdAt,
			bytes: size === 'image' ? needPhoto.image : needPhoto.thumbnail
		})
		.from(needPhoto)
		.innerJoin(need, eq(need.id, needPhoto.needId))
		.where(eq(need.id, needId))
		.limit(1);
	if (!row) return null;
	const isPublic = isOneOf(LISTED_STATUSES, row.status);
	const mayRead =
		isPublic || (actor !== null && row.authorId === actor.userId) || authorise(actor, 'content.moderate').allowed;
	if (!mayRead) return null;
	return { mime: row.mime, bytes: row.bytes, public: isPublic, version: row.createdAt.getTime() };
}
