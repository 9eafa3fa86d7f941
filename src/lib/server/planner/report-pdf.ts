/**
 * The programme report as an A4 PDF (pdfkit), for the architect's brief: the same document as the
 * printable page, drawn with the posters' text helpers so that Arabic reads right to left with
 * joined letters. Tables are drawn as rows of cells; a row that does not fit starts a new page,
 * and every page after the first repeats nothing but the page number.
 */
import PDFDocument from 'pdfkit';
import type { Direction } from '#lib/domain/poster-layout.js';
import { textDirection, type Locale } from '#lib/domain/locale.js';
import { pdfText, type Weight } from '../posters/pdf-text.js';
import type { ReportDocument, ReportTable } from './report-document.js';

const PAGE = { width: 595.28, height: 841.89, margin: 42 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const BOTTOM = PAGE.height - PAGE.margin;

export async function renderReportPdf(
	report: ReportDocument,
	locale: Locale,
	/** Uncompressed streams let tests read the text operators. */
	options: { compress?: boolean } = {}
): Promise<Buffer> {
	const doc = new PDFDocument({
		size: 'A4',
		compress: options.compress ?? true,
		margin: PAGE.margin,
		lang: locale,
		bufferPages: true,
		info: { Title: `${report.title} — ${report.subtitle}`, Subject: report.generated },
		displayTitle: true
	});
	const { drawLine, fit } = pdfText(doc);
	const chunks: Buffer[] = [];
	doc.on('data', (c: Buffer) => chunks.push(c));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});
	const dir: Direction = textDirection(locale);
	let y = PAGE.margin;

	const newPage = () => {
		doc.addPage();
		y = PAGE.margin;
	};
	/** Lines of a paragraph laid out in a box; `draw: false` only measures. */
	const paragraph = (
		text: string,
		o: { x?: number; width?: number; size: number; weight?: Weight; top: number; draw?: boolean; maxLines?: number }
	) => {
		const width = o.width ?? CONTENT_WIDTH;
		const x = o.x ?? PAGE.margin;
		const weight = o.weight ?? 'regular';
		const { size, lines, base, arabic } = fit(text, {
			width,
			maxLines: o.maxLines ?? 40,
			sizes: [o.size, o.size * 0.9, o.size * 0.8],
			weight,
			dir
		});
		const step = size * (arabic ? 1.5 : 1.3);
		if (o.draw !== false)
			lines.forEach((line, i) =>
				drawLine(line, base, size, weight, o.top + size + i * step, { x, width, align: 'start' })
			);
		return step * lines.length;
	};
	const flow = (text: string, size: number, weight: Weight = 'regular', after = 4) => {
		const height = paragraph(text, { size, weight, top: 0, draw: false });
		if (y + height > BOTTOM) newPage();
		y += paragraph(text, { size, weight, top: y }) + after;
	};

	const table = (t: ReportTable) => {
		const total = t.widths.reduce((a, b) => a + b, 0);
		const widths = t.widths.map((w) => (w / total) * CONTENT_WIDTH);
		// Columns run from the right in Arabic, as the page's tables do.
		const xs = widths.map((_, i) => {
			const before = widths.slice(0, i).reduce((a, b) => a + b, 0);
			return dir === 'rtl' ? PAGE.margin + CONTENT_WIDTH - before - widths[i]! : PAGE.margin + before;
		});
		const row = (cells: string[], weight: Weight) => {
			const size = 9;
			const heights = cells.map((c, i) =>
				paragraph(c, { x: xs[i]! + 3, width: widths[i]! - 6, size, weight, top: 0, draw: false, maxLines: 8 })
			);
			const height = Math.max(...heights, size * 1.3) + 6;
			if (y + height > BOTTOM) newPage();
			cells.forEach((c, i) =>
				paragraph(c, { x: xs[i]! + 3, width: widths[i]! - 6, size, weight, top: y + 3, maxLines: 8 })
			);
			doc
				.moveTo(PAGE.margin, y + height)
				.lineTo(PAGE.margin + CONTENT_WIDTH, y + height)
				.lineWidth(0.5)
				.stroke('#8a919c');
			y += height;
		};
		flow(t.caption, 10, 'bold', 2);
		row(t.columns, 'bold');
		for (const r of t.rows) row(r, 'regular');
		y += 10;
	};

	doc.fillColor('#000000');
	flow(report.title, 22, 'bold', 6);
	flow(report.subtitle, 15, 'bold', 6);
	flow(report.generated, 10);
	flow(report.intro, 10, 'regular', 12);
	for (const section of report.sections) {
		// A heading never ends a page on its own.
		if (y + 80 > BOTTOM) newPage();
		flow(section.heading, 14, 'bold', 6);
		for (const p of section.paragraphs) flow(p, 10);
		y += 4;
		for (const t of section.tables) table(t);
		y += 8;
	}

	const range = doc.bufferedPageRange();
	for (let i = 0; i < range.count; i++) {
		doc.switchToPage(range.start + i);
		const label = `${i + 1} / ${range.count}`;
		doc.font('Helvetica').fontSize(8);
		// Written inside the bottom margin: no automatic page break may follow it.
		doc.text(label, PAGE.margin, PAGE.height - PAGE.margin / 2, {
			width: CONTENT_WIDTH,
			align: 'center',
			lineBreak: false
		});
	}
	doc.end();
	return done;
}
