/**
 * Laying out the poster's text for the PDF, where nothing does it for us: line breaking, the
 * largest type that fits, and the visual order of mixed Arabic and Latin text.
 *
 * The PDF library shapes Arabic letters (joining forms) within a run it is given, but it neither
 * breaks lines in the right order nor orders words right to left. So text is cut into pieces of
 * one script, pieces get a bidirectional level (a word-level reading of the Unicode bidi
 * algorithm: strong letters, numbers kept left to right, neutrals taking the direction of their
 * neighbours when both agree), and the pieces are reordered for display (rule L2). Each Arabic
 * piece is then drawn as one run, which the font engine shapes and draws right to left.
 */

export type Direction = 'ltr' | 'rtl';
export type Script = 'arabic' | 'latin' | 'digits' | 'neutral';

export interface Piece {
	text: string;
	script: Script;
	/** Bidi embedding level: even is left to right, odd right to left. */
	level: number;
}

/** Measures a piece of text at the current size (in points), in the font its script uses. */
export type Measure = (text: string, script: Script) => number;

const ARABIC_LETTER = /[\u0600-\u065f\u066a-\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
const DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/u;
const LETTER = /\p{L}|\p{M}/u;

export function scriptOf(char: string): Script {
	if (ARABIC_LETTER.test(char)) return 'arabic';
	if (DIGIT.test(char)) return 'digits';
	if (LETTER.test(char)) return 'latin';
	return 'neutral';
}

/** The paragraph direction from its first strong letter (rules P2–P3), or the fallback. */
export function paragraphDirection(text: string, fallback: Direction): Direction {
	for (const c of text) {
		const s = scriptOf(c);
		if (s === 'arabic') return 'rtl';
		if (s === 'latin') return 'ltr';
	}
	return fallback;
}

/** Cuts text into maximal runs of one script, in logical (typed) order. */
export function splitByScript(text: string): { text: string; script: Script }[] {
	const runs: { text: string; script: Script }[] = [];
	for (const c of text) {
		const s = scriptOf(c);
		const last = runs.at(-1);
		if (last && last.script === s) last.text += c;
		else runs.push({ text: c, script: s });
	}
	return runs;
}

const MIRRORED: Record<string, string> = {
	'(': ')',
	')': '(',
	'[': ']',
	']': '[',
	'{': '}',
	'}': '{',
	'<': '>',
	'>': '<',
	'«': '»',
	'»': '«'
};

/** Pieces of one line with their levels, still in logical order. */
export function resolveLevels(text: string, base: Direction): Piece[] {
	const runs = splitByScript(text);
	const strong = runs.map((r): Direction | null =>
		r.script === 'arabic' ? 'rtl' : r.script === 'latin' || r.script === 'digits' ? 'ltr' : null
	);
	const baseLevel = base === 'rtl' ? 1 : 0;
	return runs.map((r, i) => {
		let dir = strong[i];
		if (dir === null || dir === undefined) {
			// Neutrals between two runs of the same direction take it; otherwise the paragraph's (N1–N2).
			const before = strong.slice(0, i).findLast((d) => d !== null) ?? base;
			const after = strong.slice(i + 1).find((d) => d !== null) ?? base;
			dir = before === after ? before : base;
		}
		const level = dir === 'rtl' ? 1 : baseLevel === 1 ? 2 : 0;
		const shown =
			level % 2 === 1 && r.script === 'neutral' ? [...r.text].map((c) => MIRRORED[c] ?? c).join('') : r.text;
		return { text: shown, script: r.script, level };
	});
}

/** Reorders pieces for display, left to right (rule L2); a neutral run inside RTL is reversed too. */
export function visualOrder(pieces: Piece[]): Piece[] {
	const out = pieces.map((p) =>
		p.level % 2 === 1 && p.script === 'neutral' ? { ...p, text: [...p.text].reverse().join('') } : p
	);
	const highest = Math.max(0, ...out.map((p) => p.level));
	const lowestOdd = Math.min(...out.map((p) => p.level).filter((l) => l % 2 === 1), Infinity);
	for (let level = highest; level >= lowestOdd && level > 0; level--) {
		let i = 0;
		while (i < out.length) {
			if (out[i]!.level < level) {
				i++;
				continue;
			}
			let j = i;
			while (j < out.length && out[j]!.level >= level) j++;
			out.splice(i, j - i, ...out.slice(i, j).reverse());
			i = j;
		}
	}
	return out;
}

/** One line ready to draw: its pieces left to right. */
export function visualLine(text: string, base: Direction): Piece[] {
	return visualOrder(resolveLevels(text, base));
}

/** Greedy line breaking at spaces; a word wider than the line gets a line of its own. */
export function wrapText(text: string, width: number, measure: Measure): string[] {
	const words = text.split(/\s+/).filter((w) => w !== '');
	const widthOf = (t: string) => splitByScript(t).reduce((sum, r) => sum + measure(r.text, r.script), 0);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line === '' ? word : `${line} ${word}`;
		if (line !== '' && widthOf(candidate) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/**
 * The largest size (from `sizes`, largest first) at which the text fits in `maxLines` lines of
 * `width`; at the smallest size the lines beyond `maxLines` are dropped and the last one ends
 * with an ellipsis, so a long title never pushes the QR code off the page.
 */
export function fitText(
	text: string,
	options: {
		width: number;
		maxLines: number;
		sizes: number[];
		measure: (text: string, script: Script, size: number) => number;
	}
): { size: number; lines: string[] } {
	const { width, maxLines, sizes, measure } = options;
	if (sizes.length === 0) throw new Error('fitText needs at least one size');
	for (const size of sizes) {
		const lines = wrapText(text, width, (t, s) => measure(t, s, size));
		if (lines.length <= maxLines) return { size, lines };
	}
	const size = sizes.at(-1)!;
	const lines = wrapText(text, width, (t, s) => measure(t, s, size)).slice(0, maxLines);
	lines[lines.length - 1] = `${lines.at(-1)!.replace(/[\s,;:.!?،؛-]+$/u, '')}…`;
	return { size, lines };
}
