import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { roomPhoto } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { rateLimited } from './rate-limited.js';
import type { PhotoResult } from './add-room-photo.js';

/** A manager removes one photo of a room. */
export async function deleteRoomPhoto(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	roomId: string,
	photoId: string
): Promise<PhotoResult> {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const removed = await ctx.db
		.delete(roomPhoto)
		.where(and(eq(roomPhoto.id, photoId), eq(roomPhoto.roomId, roomId)))
		.returning({ id: roomPhoto.id });
	if (removed.length === 0) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	return { ok: true, id: photoId };
}
