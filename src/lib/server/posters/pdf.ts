/**
 * The A4 poster as a PDF, drawn on the server with pdfkit: the same content as the printable
 * page, for people who print elsewhere or send it by email.
 *
 * Arabic: pdfkit's font engine (fontkit) shapes Arabic letters into their joined forms, but it
 * lays out a whole string as one run and does no bidirectional reordering. So every line goes
 * through #lib/domain/poster-layout (line breaking, bidi levels, visual order) and is drawn
 * piece by piece: Arabic pieces in Noto Sans Arabic (OFL, from @fontsource), the rest in the
 * PDF's built-in Helvetica. The QR code is drawn as vector squares, sharp at any size.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { fitText, paragraphDirection, visualLine, type Direction, type Script } from '#lib/domain/poster-layout.js';
import { textDirection, type Locale } from '#lib/domain/locale.js';
import type { Poster } from './get-poster.js';
import type { PosterTexts } from './texts.js';
import { QR_QUIET_ZONE, qrModules } from './qr.js';
import { woffToSfnt } from './woff.js';

const require = createRequire(import.meta.url);
const fontFile = (weight: number) =>
	require.resolve(`@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-${weight}-normal.woff`);
/**
 * Unpacked from WOFF and parsed once per process (see woff.ts): with a fresh WOFF font each time,
 * an Arabic poster took over a second on these machines.
 */
let arabicFonts: { regular: fontkit.Font; bold: fontkit.Font } | undefined;
function loadArabicFonts() {
	const open = (weight: number) => fontkit.create(woffToSfnt(readFileSync(fontFile(weight)))) as fontkit.Font;
	arabicFonts ??= { regular: open(400), bold: open(700) };
	return arabicFonts;
}

const PAGE = { width: 595.28, height: 841.89, margin: 42 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

type Weight = 'regular' | 'bold';

/** Direction marks and isolates carry no glyph; the layout has already placed the text. */
const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;
const ARABIC_BLOCK = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
/** Helvetica in a PDF covers Windows-1252; anything else would print as garbage. */
const WIN_ANSI =
	/^[\u0020-\u007e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]$/u;

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
	const arabic = loadArabicFonts();
	// pdfkit accepts a parsed fontkit font (anything with layout()); its types only say file or buffer.
	doc.registerFont('arabic-regular', arabic.regular as unknown as Buffer);
	doc.registerFont('arabic-bold', arabic.bold as unknown as Buffer);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const posterDir = textDirection(locale);
	const contentDir = textDirection(poster.contentLanguage);

	const fontFor = (text: string, weight: Weight) =>
		ARABIC_BLOCK.test(text) ? `arabic-${weight}` : weight === 'bold' ? 'Helvetica-Bold' : 'Helvetica';
	const safe = (text: string) =>
		ARABIC_BLOCK.test(text) ? text : [...text].map((c) => (WIN_ANSI.test(c) ? c : '?')).join('');
	// Widths grow linearly with the size: measure each piece once, at 1 000 pt, since fitting tries
	// several sizes and line breaking re-measures every word (an Arabic layout is not cheap).
	const unitWidths = new Map<string, number>();
	const measure = (text: string, weight: Weight, size: number) => {
		const key = `${weight}\u0000${text}`;
		let unit = unitWidths.get(key);
		if (unit === undefined) {
			unit = doc.font(fontFor(text, weight)).fontSize(1000).widthOfString(safe(text)) / 1000;
			unitWidths.set(key, unit);
		}
		return unit * size;
	};
	const measurePieces = (weight: Weight) => (text: string, _script: Script, size: number) =>
		measure(text, weight, size);

	/** Draws one line centred, its baseline at y; returns the line's box for links. */
	const drawLine = (line: string, base: Direction, size: number, weight: Weight, y: number) => {
		const pieces = visualLine(line, base);
		const widths = pieces.map((p) => measure(p.text, weight, size));
		const total = widths.reduce((a, b) => a + b, 0);
		let x = (PAGE.width - total) / 2;
		pieces.forEach((p, i) => {
			const font = fontFor(p.text, weight);
			doc.font(font).fontSize(size);
			if (p.script === 'digits' && font.startsWith('arabic')) {
				// Arabic-Indic digits are Arabic script to the font engine, which would reverse them: draw each alone.
				let cx = x;
				for (const c of p.text) {
					doc.text(c, cx, y, { lineBreak: false, baseline: 'alphabetic' });
					cx += doc.widthOfString(c);
				}
			} else if (p.text.trim() !== '') doc.text(safe(p.text), x, y, { lineBreak: false, baseline: 'alphabetic' });
			x += widths[i]!;
		});
		return { x: (PAGE.width - total) / 2, width: total };
	};

	/** A block of text fitted to its width and lines; returns the y below it. */
	const block = (
		text: string,
		y: number,
		o: { sizes: number[]; maxLines: number; weight: Weight; dir: Direction; lineHeight?: number; draw?: boolean }
	) => {
		if (o.maxLines <= 0) return y;
		const clean = text.replace(BIDI_CONTROLS, '');
		const base = paragraphDirection(clean, o.dir);
		const { size, lines } = fitText(clean, {
			width: CONTENT_WIDTH,
			maxLines: o.maxLines,
			sizes: o.sizes,
			measure: measurePieces(o.weight)
		});
		const step = size * (o.lineHeight ?? (ARABIC_BLOCK.test(clean) ? 1.55 : 1.25));
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
