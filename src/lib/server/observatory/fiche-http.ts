/** The HTTP side of the fiche quartier: the printable page's data and the PDF download. */
import { error } from '@sveltejs/kit';
import { getLocale } from '#lib/paraglide/runtime.js';
import { textDirection } from '#lib/domain/locale.js';
import { posterLanguage } from '#lib/domain/poster.js';
import { app } from '../app.js';
import { getQuartierFiche } from '../use-cases/get-quartier-fiche.js';
import { ficheTexts } from './fiche-texts.js';
import { renderFichePdf } from './fiche-pdf.js';

async function load(code: string, url: URL) {
	const lang = posterLanguage(url.searchParams.get('lang'), getLocale());
	const fiche = await getQuartierFiche(await app(), code, lang, new Date());
	if (!fiche) error(404, 'NOT_FOUND');
	return { fiche, lang, texts: ficheTexts(fiche, lang) };
}

export async function loadFichePage(code: string, url: URL) {
	const { fiche, lang, texts } = await load(code, url);
	const key = encodeURIComponent(fiche.quartier.key);
	return {
		quartier: fiche.quartier,
		texts,
		lang,
		dir: textDirection(lang),
		pdfHref: `/quartiers/${key}/fiche.pdf?lang=${lang}`
	};
}

export async function fichePdfResponse(code: string, url: URL): Promise<Response> {
	const { fiche, lang, texts } = await load(code, url);
	const pdf = await renderFichePdf(texts, lang);
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `attachment; filename="fiche-quartier-${fiche.quartier.key}-${lang}.pdf"`,
			'Content-Length': String(pdf.length),
			'Cache-Control': 'public, max-age=300'
		}
	});
}
