import { randomUUID } from 'node:crypto';
import { count, eq, max } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { roomPhoto } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import { encodePhoto } from '../photo-encoder.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { PHOTO_MAX_BYTES, PHOTOS_PER_ROOM, detectImageType, photoForm } from '#lib/domain/room-forms.js';
import { rateLimited } from './rate-limited.js';

export type PhotoResult =
	{ ok: true; id: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** An uploaded file as the route received it. */
export interface Upload {
	size: number;
	bytes(): Promise<Uint8Array>;
}

/**
 * A manager adds a photo of a room, with a description for people who cannot see it. The file
 * is judged by its content, then re-encoded (which strips EXIF and GPS) at two sizes.
 */
export async function addRoomPhoto(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	roomId: string,
	values: Record<string, unknown>,
	file: Upload | null
): Promise<PhotoResult> {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	const form = parseForm(photoForm, values);
	const fieldErrors: FieldErrors = form.ok ? {} : { ...form.fieldErrors };
	if (!file || file.size === 0) fieldErrors.photo = 'PHOTO.REQUIRED';
	else if (file.size > PHOTO_MAX_BYTES) fieldErrors.photo = 'PHOTO.TOO_BIG';
	if (!form.ok || Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]], 'photo');
	if (limited) return limited;

	const bytes = await file!.bytes();
	const type = detectImageType(bytes);
	if (!type) return { ok: false, fieldErrors: { photo: 'PHOTO.TYPE' } };
	const encoded = await encodePhoto(bytes, type);
	if (typeof encoded === 'string') return { ok: false, fieldErrors: { photo: encoded } };

	const id = randomUUID();
	return ctx.db.transaction(async (tx) => {
		const [stats] = await tx
			.select({ n: count(), last: max(roomPhoto.position) })
			.from(roomPhoto)
			.where(eq(roomPhoto.roomId, roomId));
		if ((stats?.n ?? 0) >= PHOTOS_PER_ROOM) return { ok: false as const, fieldErrors: { photo: 'PHOTO.TOO_MANY' } };
		await tx.insert(roomPhoto).values({
			id,
			roomId,
			alt: form.data.alt,
			position: (stats?.last ?? -1) + 1,
			mime: encoded.mime,
			width: encoded.width,
			height: encoded.height,
			image: encoded.image,
			thumbnail: encoded.thumbnail,
			uploadedBy: actor.userId
		});
		return { ok: true as const, id };
	});
}
