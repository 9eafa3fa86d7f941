/**
 * Re-encodes uploaded room photos with sharp. Re-encoding is what makes a photo safe to serve:
 * the output holds pixels only, so EXIF data — the GPS position of the phone that took it, its
 * serial number, the time — never leaves the upload, and a file that only pretends to be an
 * image does not decode at all.
 */
import sharp from 'sharp';
import type { ImageType } from '#lib/domain/room-forms.js';

// Uploads are rare and each is read once: no cache to hold decoded images in memory.
sharp.cache(false);

export const LARGE_EDGE = 1600;
export const THUMBNAIL_EDGE = 400;
/** A decompression bomb (a small file of huge dimensions) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 50_000_000;

export interface EncodedPhoto {
	mime: 'image/jpeg' | 'image/webp';
	width: number;
	height: number;
	image: Buffer;
	thumbnail: Buffer;
}

export type EncodeProblem = 'PHOTO.UNREADABLE';

/**
 * Photos stay JPEG; PNG and WebP become WebP (which keeps transparency and is far smaller than
 * a PNG photo). Orientation is applied to the pixels first, since the tag that said it is dropped.
 */
export async function encodePhoto(input: Uint8Array, type: ImageType): Promise<EncodedPhoto | EncodeProblem> {
	const mime = type === 'image/jpeg' ? 'image/jpeg' : 'image/webp';
	const render = (edge: number) => {
		const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
			.autoOrient()
			.resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true });
		return (
			mime === 'image/jpeg' ? pipeline.jpeg({ quality: 82, mozjpeg: true }) : pipeline.webp({ quality: 82 })
		).toBuffer({ resolveWithObject: true });
	};
	try {
		const [large, small] = await Promise.all([render(LARGE_EDGE), render(THUMBNAIL_EDGE)]);
		return { mime, width: large.info.width, height: large.info.height, image: large.data, thumbnail: small.data };
	} catch {
		// Truncated, corrupt, too many pixels, or not the image its first bytes claimed.
		return 'PHOTO.UNREADABLE';
	}
}
