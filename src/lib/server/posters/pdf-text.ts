/**
 * Text in pdfkit documents, in French, English or Arabic: shared by the posters and the planner's
 * programme report.
 *
 * pdfkit's font engine (fontkit) shapes Arabic letters into their joined forms, but it lays out a
 * whole string as one run and does no bidirectional reordering. So every line goes through
 * #lib/domain/poster-layout (line breaking, bidi levels, visual order) and is drawn piece by piece:
 * Arabic pieces in Noto Sans Arabic (OFL, from @fontsource), the rest in the PDF's built-in
 * Helvetica.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { fitText, paragraphDirection, visualLine, type Direction, type Script } from '#lib/domain/poster-layout.js';
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

export type Weight = 'regular' | 'bold';

/** Direction marks and isolates carry no glyph; the layout has already placed the text. */
export const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/gu;
export const ARABIC_BLOCK = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
/** Helvetica in a PDF covers Windows-1252; anything else would print as garbage. */
const WIN_ANSI =
	/^[\u0020-\u007e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]$/u;

export const fontFor = (text: string, weight: Weight) =>
	ARABIC_BLOCK.test(text) ? `arabic-${weight}` : weight === 'bold' ? 'Helvetica-Bold' : 'Helvetica';
export const safe = (text: string) =>
	ARABIC_BLOCK.test(text) ? text : [...text].map((c) => (WIN_ANSI.test(c) ? c : '?')).join('');

/** Registers the Arabic fonts on the document and returns its measuring and drawing helpers. */
export function pdfText(doc: PDFKit.PDFDocument | InstanceType<typeof PDFDocument>) {
	const arabic = loadArabicFonts();
	// pdfkit accepts a parsed fontkit font (anything with layout()); its types only say file or buffer.
	doc.registerFont('arabic-regular', arabic.regular as unknown as Buffer);
	doc.registerFont('arabic-bold', arabic.bold as unknown as Buffer);

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

	/**
	 * Draws one line, its baseline at y, within [x, x + width): centred, or against the side the
	 * line's direction starts from. Returns the line's box, for links.
	 */
	const drawLine = (
		line: string,
		base: Direction,
		size: number,
		weight: Weight,
		y: number,
		box: { x: number; width: number; align: 'center' | 'start' }
	) => {
		const pieces = visualLine(line, base);
		const widths = pieces.map((p) => measure(p.text, weight, size));
		const total = widths.reduce((a, b) => a + b, 0);
		const left =
			box.align === 'center' ? box.x + (box.width - total) / 2 : base === 'rtl' ? box.x + box.width - total : box.x;
		let x = left;
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
		return { x: left, width: total };
	};

	/** Text broken into lines of `width`, at the first size of `sizes` that fits in `maxLines`. */
	const fit = (
		text: string,
		o: { width: number; maxLines: number; sizes: number[]; weight: Weight; dir: Direction }
	) => {
		const clean = text.replace(BIDI_CONTROLS, '');
		const base = paragraphDirection(clean, o.dir);
		const fitted = fitText(clean, {
			width: o.width,
			maxLines: o.maxLines,
			sizes: o.sizes,
			measure: measurePieces(o.weight)
		});
		return { ...fitted, base, arabic: ARABIC_BLOCK.test(clean) };
	};

	/** The width of a line once laid out. */
	const lineWidth = (line: string, base: Direction, size: number, weight: Weight) =>
		visualLine(line, base).reduce((a, p) => a + measure(p.text, weight, size), 0);

	/** Draws one line from x (its left edge), baseline at y, in visual order. */
	const drawLineAt = (line: string, base: Direction, size: number, weight: Weight, x: number, y: number) =>
		drawLine(line, base, size, weight, y, { x, width: lineWidth(line, base, size, weight), align: 'center' });

	return { measure, measurePieces, drawLine, drawLineAt, lineWidth, fit };
}

/** An A4 document with the Arabic fonts registered, its text helpers, and its bytes once ended. */
export function a4Document(options: PDFKit.PDFDocumentOptions) {
	const doc = new PDFDocument({ size: 'A4', ...options });
	const text = pdfText(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	return { doc, text, done };
}
