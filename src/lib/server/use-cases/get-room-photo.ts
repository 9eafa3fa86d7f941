import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { roomPhoto } from '../db/schema.js';

export const PHOTO_SIZES = ['large', 'thumbnail'] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];

/** The bytes of one photo at one size, as stored after re-encoding; null when there is none. */
export async function getRoomPhoto(ctx: Pick<AppContext, 'db'>, roomId: string, photoId: string, size: PhotoSize) {
	const [row] = await ctx.db
		.select({
			mime: roomPhoto.mime,
			bytes: size === 'large' ? roomPhoto.image : roomPhoto.thumbnail
		})
		.from(roomPhoto)
		.where(and(eq(roomPhoto.id, photoId), eq(roomPhoto.roomId, roomId)));
	return row ?? null;
}
