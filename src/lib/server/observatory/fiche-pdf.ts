/**
 * The fiche quartier as a one-page A4 PDF, drawn with the posters' text kit (fonts, Arabic
 * shaping, bidi order: ../posters/pdf-text.ts). Text starts on the sheet's side: the right in
 * Arabic. Everything is fitted to one page: lines are capped, and when the sections would run
 * past the footer the sizes step down, then lines are cut short with an ellipsis.
 */
import { fitText, paragraphDirection, type Direction } from '#lib/domain/poster-layout.js';
import { textDirection, type Locale } from '#lib/domain/locale.js';
import { a4Document, ARABIC_BLOCK, BIDI_CONTROLS, type Weight } from '../posters/pdf-text.js';
import type { FicheTexts } from './fiche-texts.js';

const PAGE = { width: 595.28, height: 841.89, margin: 40 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FOOTER_Y = PAGE.height - PAGE.margin - 14;

/** Sizes tried from the most readable down, until the sheet fits above the footer. */
const SCALES = [1, 0.92, 0.85, 0.78, 0.7];

export async function renderFichePdf(
	texts: FicheTexts,
	locale: Locale,
	options: { compress?: boolean } = {}
): Promise<Buffer> {
	const {
		doc,
		text: kit,
		done
	} = a4Document({
		compress: options.compress ?? true,
		margin: PAGE.margin,
		lang: locale,
		info: { Title: texts.title, Author: 'Quartiers Vivants' },
		displayTitle: true
	});
	const { measurePieces, drawLineAt, lineWidth } = kit;
	const dir = textDirection(locale);

	/** Lines aligned on the sheet's starting side; returns the y below. */
	const block = (text: string, y: number, o: { size: number; maxLines: number; weight: Weight; draw: boolean }) => {
		const clean = text.replace(BIDI_CONTROLS, '');
		const base: Direction = paragraphDirection(clean, dir);
		const { size, lines } = fitText(clean, {
			width: CONTENT_WIDTH,
			maxLines: o.maxLines,
			sizes: [o.size],
			measure: measurePieces(o.weight)
		});
		const step = size * (ARABIC_BLOCK.test(clean) ? 1.5 : 1.25);
		let baseline = y + size;
		for (const line of lines) {
			if (o.draw) {
				const x = dir === 'rtl' ? PAGE.margin + CONTENT_WIDTH - lineWidth(line, base, size, o.weight) : PAGE.margin;
				drawLineAt(line, base, size, o.weight, x, baseline);
			}
			baseline += step;
		}
		return y + step * lines.length;
	};

	const sheet = (scale: number, draw: boolean) => {
		let y = PAGE.margin;
		y = block(texts.title, y, { size: 22 * scale, maxLines: 2, weight: 'bold', draw }) + 2;
		y = block(texts.subtitle, y, { size: 11 * scale, maxLines: 1, weight: 'regular', draw }) + 8 * scale;
		for (const section of texts.sections) {
			if (draw) {
				doc
					.moveTo(PAGE.margin, y)
					.lineTo(PAGE.width - PAGE.margin, y)
					.lineWidth(0.75)
					.stroke('#000000');
			}
			y += 5 * scale;
			y = block(section.heading, y, { size: 13.5 * scale, maxLines: 1, weight: 'bold', draw }) + 3 * scale;
			for (const line of section.lines)
				y =
					block(line.text, y, {
						size: (line.small ? 8.5 : 10.5) * scale,
						maxLines: line.small ? 1 : 2,
						weight: 'regular',
						draw
					}) +
					(line.small ? 3 : 1) * scale;
			y += 6 * scale;
		}
		return y;
	};

	const scale = SCALES.find((s) => sheet(s, false) <= FOOTER_Y - 6) ?? SCALES.at(-1)!;
	doc.fillColor('#000000');
	sheet(scale, true);
	doc
		.moveTo(PAGE.margin, FOOTER_Y - 4)
		.lineTo(PAGE.width - PAGE.margin, FOOTER_Y - 4)
		.lineWidth(0.75)
		.stroke('#000000');
	block(texts.footer, FOOTER_Y, { size: 8, maxLines: 1, weight: 'regular', draw: true });
	doc.end();
	return done;
}
