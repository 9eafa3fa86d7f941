import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { app } from '#lib/server/app.js';
import { NEED_PHOTO_SIZES, getNeedPhoto } from '#lib/server/use-cases/get-need-photo.js';
import { isOneOf } from '#lib/domain/vocabulary.js';

/**
 * The photo of a need, for people who may read the need. A public need's photo may be kept by
 * shared caches for an hour (not for ever: a need can still be refused after a report); one
 * awaiting moderation only by its reader's browser. The ETag answers revalidations without bytes.
 */
export const GET: RequestHandler = async ({ params, request, locals }) => {
	if (!isOneOf(NEED_PHOTO_SIZES, params.size)) error(404, { message: 'Not Found' });
	const photo = await getNeedPhoto(await app(), locals.actor, params.id.slice(0, 64), params.size);
	if (!photo) error(404, { message: 'Not Found' });
	const etag = `"${params.id}-${photo.version}-${params.size}"`;
	const headers = {
		'Content-Type': photo.mime,
		'Cache-Control': photo.public ? 'public, max-age=3600' : 'private, no-cache',
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
