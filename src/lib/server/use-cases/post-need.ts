import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { AccessDenied } from '../authorisation.js';
import { communeVoiceSettings, need, needComment, needEvent, needFollow, needPhoto, quartier } from '../db/schema.js';
import { encodePhoto, type EncodedPhoto } from '../photo-encoder.js';
import { rateLimited } from './rate-limited.js';
import type { Upload } from './add-room-photo.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { LISTED_STATUSES, NEED_PHOTO_MAX_BYTES } from '#lib/domain/need-vocabulary.js';
import { honeypotFilled, initialStatus, isNearQuartier, needForm, placeOf } from '#lib/domain/need-form.js';
import { detectImageType } from '#lib/domain/room-forms.js';
import { freshShortCode } from '../short-codes.js';

export type PostNeedResult =
	| {
			ok: true;
			/** Null when nothing was stored (a robot filled the honeypot): it is told the same as a person. */
			id: string | null;
			status: 'submitted' | 'published';
	  }
	| { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A resident posts a need or an idea for her quartier. Signed in, her first post waits for a
 * moderator and the next ones are published at once; without an account (only where the
 * commune allows it) every post waits. A filled honeypot gets the answer a person would and
 * stores nothing. The photo, if any, is judged by its content and re-encoded without its
 * metadata (the GPS position of the phone) before anything is written; then the need, its
 * first history rows, its photo and the author's follow go in one transaction.
 */
export async function postNeed(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	request: { ip: string },
	values: Record<string, unknown>,
	file: Upload | null
): Promise<PostNeedResult> {
	if (honeypotFilled(values)) return { ok: true, id: null, status: 'submitted' };

	const form = parseForm(needForm, values);
	const fieldErrors: FieldErrors = form.ok ? {} : { ...form.fieldErrors };
	// The map fills both hidden coordinates: a wrong one is a wrong place, shown beside the map.
	if (fieldErrors.lon || fieldErrors.lat) {
		delete fieldErrors.lon;
		delete fieldErrors.lat;
		fieldErrors.place = 'NEED.PLACE_INVALID';
	}
	if (file && file.size > NEED_PHOTO_MAX_BYTES) fieldErrors.photo = 'PHOTO.TOO_BIG';
	if (!form.ok || Object.keys(fieldErrors).length) return { ok: false, fieldErrors };
	const data = form.data;

	const [place] = await ctx.db
		.select({
			id: quartier.id,
			communeId: quartier.communeId,
			lon: quartier.centroidLon,
			lat: quartier.centroidLat,
			anonymousAllowed: communeVoiceSettings.anonymousPostingAllowed
		})
		.from(quartier)
		.leftJoin(communeVoiceSettings, eq(communeVoiceSettings.communeId, quartier.communeId))
		.where(eq(quartier.id, data.quartierId))
		.limit(1);
	if (!place) return { ok: false, fieldErrors: { quartierId: 'CHOICE.INVALID' } };
	if (!actor && !place.anonymousAllowed) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');

	const point = placeOf(data);
	const centre = place.lon !== null && place.lat !== null ? { lon: place.lon, lat: place.lat } : null;
	if (point && !isNearQuartier(point, centre)) return { ok: false, fieldErrors: { place: 'NEED.PLACE_FAR' } };

	const limited = await rateLimited(
		ctx.rateLimiter,
		actor
			? [
					['postUser', actor.userId],
					['postNeedAccount', actor.userId]
				]
			: [['postNeedIp', request.ip]]
	);
	if (limited) return limited;

	let photo: EncodedPhoto | null = null;
	if (file && file.size > 0) {
		const bytes = await file.bytes();
		const type = detectImageType(bytes);
		if (!type) return { ok: false, fieldErrors: { photo: 'PHOTO.TYPE' } };
		const encoded = await encodePhoto(bytes, type);
		if (typeof encoded === 'string') return { ok: false, fieldErrors: { photo: encoded } };
		photo = encoded;
	}

	const id = randomUUID();
	const status = await ctx.db.transaction(async (tx) => {
		const hasPublished = actor
			? rowsExist(
					await tx.execute(sql`SELECT
						EXISTS (SELECT 1 FROM ${need} WHERE ${and(eq(need.authorId, actor.userId), inArray(need.status, [...LISTED_STATUSES]))})
						OR EXISTS (SELECT 1 FROM ${needComment} WHERE ${and(eq(needComment.authorId, actor.userId), eq(needComment.status, 'published'))})
						AS found`)
				)
			: false;
		const status = initialStatus({ signedIn: actor !== null, hasPublished });
		const now = new Date();
		await tx.insert(need).values({
			id,
			kind: data.kind,
			quartierId: place.id,
			communeId: place.communeId,
			theme: data.theme,
			title: data.title,
			body: data.body,
			language: data.language,
			authorId: actor?.userId ?? null,
			// A first name is asked only of people without an account: an account already has a name.
			authorName: actor ? null : data.authorName || null,
			lon: point?.lon ?? null,
			lat: point?.lat ?? null,
			status,
			shortCode: await freshShortCode(tx, 'need'),
			followerCount: actor ? 1 : 0,
			createdAt: now,
			publishedAt: status === 'published' ? now : null,
			updatedAt: now
		});
		// Every status the need gets is a line of its visible history, in order.
		const steps = status === 'published' ? (['submitted', 'published'] as const) : (['submitted'] as const);
		await tx.insert(needEvent).values(
			steps.map((step, i) => ({
				id: randomUUID(),
				needId: id,
				status: step,
				actorId: actor?.userId ?? null,
				createdAt: new Date(now.getTime() + i)
			}))
		);
		// The author hears of what happens to her need without having to ask for it.
		if (actor) await tx.insert(needFollow).values({ needId: id, userId: actor.userId });
		if (photo)
			await tx.insert(needPhoto).values({
				needId: id,
				alt: data.photoAlt,
				mime: photo.mime,
				width: photo.width,
				height: photo.height,
				image: photo.image,
				thumbnail: photo.thumbnail
			});
		return status;
	});
	return { ok: true, id, status };
}

function rowsExist(result: unknown): boolean {
	const row = (result as { rows: { found: unknown }[] }).rows[0];
	return row?.found === true || row?.found === 't';
}
