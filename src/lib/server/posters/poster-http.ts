/**
 * The HTTP side of posters, shared by the need and consultation routes: the short-URL redirect,
 * the page's data and the PDF download.
 */
import { error, redirect } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { textDirection } from '#lib/domain/locale.js';
import { posterLanguage, type PosterKind } from '#lib/domain/poster.js';
import { app } from '../app.js';
import { getPoster } from './get-poster.js';
import { resolveShortCode } from './resolve-short-code.js';
import { posterTexts } from './texts.js';
import { renderPosterPdf } from './pdf.js';

const CONTENT_PATH: Record<PosterKind, string> = { need: '/needs', consultation: '/consultations' };

/** /b/{code} and /c/{code}: 303 to the content, or the site's 404 page. */
export async function followShortCode(kind: PosterKind, typed: string): Promise<never> {
	const id = await resolveShortCode(await app(), { kind, typed });
	if (!id) error(404, 'NOT_FOUND');
	redirect(303, `${CONTENT_PATH[kind]}/${encodeURIComponent(id)}`);
}

export async function loadPosterPage(kind: PosterKind, id: string, url: URL) {
	const ctx = await app();
	const poster = await getPoster(ctx, { kind, id });
	if (!poster) error(404, 'NOT_FOUND');
	const lang = posterLanguage(url.searchParams.get('lang'), getLocale());
	return {
		poster,
		texts: posterTexts(poster, lang),
		lang,
		dir: textDirection(lang),
		contentHref: `${CONTENT_PATH[kind]}/${encodeURIComponent(id)}`,
		pdfHref: `/posters/${kind}/${encodeURIComponent(id)}.pdf?lang=${lang}`
	};
}

export async function posterPdfResponse(kind: PosterKind, id: string, url: URL): Promise<Response> {
	const ctx = await app();
	const poster = await getPoster(ctx, { kind, id });
	if (!poster) error(404, 'NOT_FOUND');
	const lang = posterLanguage(url.searchParams.get('lang'), getLocale());
	const pdf = await renderPosterPdf(poster, posterTexts(poster, lang), lang);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="poster-${poster.shortCode}-${lang}.pdf"`,
			'Content-Length': String(pdf.length),
			// Public content; a few minutes keep a printed batch from redrawing the same PDF.
			'Cache-Control': 'public, max-age=300'
		}
	});
}
