import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { PHOTO_SIZES, getRoomPhoto } from '#lib/server/use-cases/get-room-photo.js';
import { isOneOf } from '#lib/domain/vocabulary.js';

/**
 * A room photo, as re-encoded on upload. A photo never changes once stored (a new upload is a
 * new id), so it may be cached for a year; the ETag answers revalidations without the bytes.
 */
export const GET: RequestHandler = async ({ params, request }) => {
	if (!isOneOf(PHOTO_SIZES, params.size)) error(404, { message: 'Not Found' });
	const photo = await getRoomPhoto(await app(), params.id, params.photoId, params.size);
	if (!photo) error(404, { message: 'Not Found' });
	const etag = `"${params.photoId}-${params.size}"`;
	const headers = {
		'Content-Type': photo.mime,
		'Cache-Control': 'public, max-age=31536000, immutable',
		ETag: etag,
		'X-Content-Type-Options': 'nosniff',
		'Content-Disposition': 'inline'
	};
	if (
		request.headers
			.get('if-none-match')
			?.split(/\s*,\s*/)
			.includes(etag)
	)
		return new Response(null, { status: 304, headers });
	return new Response(new Uint8Array(photo.bytes), {
		headers: { ...headers, 'Content-Length': String(photo.bytes.length) }
	});
};
