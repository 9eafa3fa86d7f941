/**
 * Search snippets. PostgreSQL's ts_headline returns the document's raw text with markers around
 * the matched words; that text was written by people, so it is never rendered as HTML. The
 * markers are private-use characters that nobody types, and the text is cut into plain parts.
 */

/** Put around matches by ts_headline (StartSel / StopSel). */
export const MARK_START = '\uE000';
export const MARK_STOP = '\uE001';

export interface SnippetPart {
	text: string;
	match: boolean;
}

/** Splits a ts_headline result into plain and matched parts; stray or unbalanced markers are dropped. */
export function snippetParts(headline: string): SnippetPart[] {
	const parts: SnippetPart[] = [];
	let match = false;
	let current = '';
	const push = () => {
		if (current === '') return;
		const last = parts.at(-1);
		if (last && last.match === match) last.text += current;
		else parts.push({ text: current, match });
		current = '';
	};
	for (const ch of headline) {
		if (ch === MARK_START) {
			if (!match) {
				push();
				match = true;
			}
		} else if (ch === MARK_STOP) {
			if (match) {
				push();
				match = false;
			}
		} else current += ch;
	}
	push();
	return parts;
}

/** The markers removed from text people wrote, so that only ts_headline's own markers remain. */
export function withoutMarks(text: string): string {
	return text.replaceAll(MARK_START, '').replaceAll(MARK_STOP, '');
}

/** The first words of a text, cut at a word boundary: the snippet when there is no query. */
export function excerpt(text: string, max = 180): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
