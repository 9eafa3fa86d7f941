/**
 * The A4 poster as a PDF, drawn on the server with pdfkit: the same content as the printable
 * page, for people who print elsewhere or send it by email.
 *
 * Arabic lines are laid out and drawn by pdf-text.ts (bidi order, Noto Sans Arabic). The QR code
 * is drawn as vector squares, sharp at any size.
 */
import PDFDocument from 'pdfkit';
import { fitText, type Direction } from '#lib/domain/poster-layout.js';
import { textDirection, type Locale } from '#lib/domain/locale.js';
import type { Poster } from './get-poster.js';
import type { PosterTexts } from './texts.js';
import { QR_QUIET_ZONE, qrModules } from './qr.js';
import { pdfText, type Weight } from './pdf-text.js';

const PAGE = { width: 595.28, height: 841.89, margin: 42 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export async function renderPosterPdf(
	poster: Poster,
	texts: PosterTexts,
	locale: Locale,
	/** Uncompressed streams let tests read the text operators. */
	options: { compress?: boolean } = {}
): Promise<Buffer> {
	const doc = new PDFDocument({
		size: 'A4',
		compress: options.compress ?? true,
		margin: PAGE.margin,
		lang: locale,
		info: {
			Title: `${texts.callToAction} — ${poster.title}`,
			Subject: poster.shortUrl.absolute,
			Author: texts.siteName
		},
		// The poster's text is what a screen reader or a copy-paste gets from the PDF.
		tagged: false,
		displayTitle: true
	});
	const { measurePieces, drawLine: drawPieces, fit } = pdfText(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const posterDir = textDirection(locale);
	const contentDir = textDirection(poster.contentLanguage);

	/** Draws one line centred, its baseline at y; returns the line's box for links. */
	const drawLine = (line: string, base: Direction, size: number, weight: Weight, y: number) =>
		drawPieces(line, base, size, weight, y, { x: 0, width: PAGE.width, align: 'center' });

	/** A block of text fitted to its width and lines; returns the y below it. */
	const block = (
		text: string,
		y: number,
		o: { sizes: number[]; maxLines: number; weight: Weight; dir: Direction; lineHeight?: number; draw?: boolean }
	) => {
		if (o.maxLines <= 0) return y;
		const { size, lines, base, arabic } = fit(text, { ...o, width: CONTENT_WIDTH });
		const step = size * (o.lineHeight ?? (arabic ? 1.55 : 1.25));
		let baseline = y + size;
		if (o.draw !== false)
			for (const line of lines) {
				drawLine(line, base, size, o.weight, baseline);
				baseline += step;
			}
		return y + step * lines.length;
	};

	// The address block under the QR code, measured first so the code takes exactly what is left.
	const urlSize = fitText(poster.shortUrl.printed, {
		width: CONTENT_WIDTH,
		maxLines: 1,
		sizes: [34, 30, 26, 22, 18, 14],
		measure: measurePieces('bold')
	}).size;
	const bottom = (y: number, draw: boolean) => {
		y = block(texts.scan, y, { sizes: [16, 14], maxLines: 2, weight: 'bold', dir: posterDir, draw });
		y = block(texts.orType, y, { sizes: [14], maxLines: 1, weight: 'regular', dir: posterDir, draw }) + 4;
		if (draw) {
			// The address stays left to right whatever the poster's language: it is typed as printed.
			const box = drawLine(poster.shortUrl.printed, 'ltr', urlSize, 'bold', y + urlSize);
			doc.link(box.x, y, box.width, urlSize * 1.2, poster.shortUrl.absolute);
		}
		y += urlSize * 1.4 + 10;
		return block(texts.withoutPhone, y, { sizes: [14, 13, 12], maxLines: 3, weight: 'regular', dir: posterDir, draw });
	};
	const top = (titleLines: number, extractLines: number, draw: boolean) => {
		const o = { dir: posterDir, draw };
		let y = block(texts.callToAction, PAGE.margin, { ...o, sizes: [52, 46, 40, 34], maxLines: 2, weight: 'bold' }) + 10;
		y =
			block(poster.title, y, { ...o, dir: contentDir, sizes: [30, 26, 22, 18], maxLines: titleLines, weight: 'bold' }) +
			6;
		if (poster.extract)
			y =
				block(poster.extract, y, {
					...o,
					dir: contentDir,
					sizes: [15, 13, 12],
					maxLines: extractLines,
					weight: 'regular'
				}) + 6;
		if (texts.where) y = block(texts.where, y, { ...o, sizes: [15, 13], maxLines: 2, weight: 'bold' });
		if (texts.closes) y = block(texts.closes, y, { ...o, sizes: [15, 13], maxLines: 2, weight: 'bold' });
		return y;
	};

	const footerY = PAGE.height - PAGE.margin - 40;
	const bottomHeight = bottom(0, false);
	const qrRoom = (topY: number) => footerY - 16 - bottomHeight - 8 - topY - 8;
	// A long text gives way to the QR code: fewer extract lines, then fewer title lines, never a
	// code under 200 pt (7 cm), which a phone reads from a step away.
	const layouts: [number, number][] = [
		[3, 4],
		[3, 2],
		[2, 2],
		[2, 0]
	];
	const [titleLines, extractLines] = layouts.find(([t, e]) => qrRoom(top(t, e, false)) >= 200) ?? [2, 0];
	doc.fillColor('#000000');
	const topY = top(titleLines, extractLines, true);
	const qrSide = Math.min(290, qrRoom(topY));
	const qr = qrModules(poster.shortUrl.absolute);
	const cell = qrSide / (qr.size + 2 * QR_QUIET_ZONE);
	const qrX = (PAGE.width - qrSide) / 2;
	const qrY = topY + 8;
	for (let r = 0; r < qr.size; r++)
		for (let c = 0; c < qr.size; c++)
			if (qr.dark(r, c)) doc.rect(qrX + (c + QR_QUIET_ZONE) * cell, qrY + (r + QR_QUIET_ZONE) * cell, cell, cell);
	doc.fill('#000000');
	doc.link(qrX, qrY, qrSide, qrSide, poster.shortUrl.absolute);
	bottom(qrY + qrSide + 8, true);

	doc
		.moveTo(PAGE.margin, footerY - 8)
		.lineTo(PAGE.width - PAGE.margin, footerY - 8)
		.lineWidth(1)
		.stroke('#000000');
	block(texts.siteName, footerY, { sizes: [16], maxLines: 1, weight: 'bold', dir: posterDir, lineHeight: 1.2 });
	block(texts.tagline, footerY + 20, { sizes: [11], maxLines: 1, weight: 'regular', dir: posterDir, lineHeight: 1.2 });

	doc.end();
	return done;
}
