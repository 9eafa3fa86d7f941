/**
 * Markdown written by people (practice descriptions) turned into HTML that is safe to insert.
 * Safety comes from what the parser is allowed to produce, not from cleaning its output:
 * raw HTML is off (typed tags come out as text), links with a script-like scheme are refused
 * by markdown-it's validateLink (javascript:, vbscript:, file:, data:), images are off
 * (no tracking pixels, no layout surprises), and every link is marked as user content.
 */
import MarkdownIt from 'markdown-it';

/** Descriptions longer than this are refused by the forms (about 15 pages of text). */
export const MARKDOWN_MAX_LENGTH = 20_000;

const ALLOWED_SCHEMES = /^(https?:|mailto:|tel:|\/|#)/i;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(['image']);

const defaultValidate = md.validateLink.bind(md);
// Only web, mail and phone links, or links within the site: relative paths like "../x" or
// unknown schemes are shown as text.
md.validateLink = (url) => defaultValidate(url) && ALLOWED_SCHEMES.test(url.trim());

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
	const token = tokens[idx]!;
	token.attrSet('rel', 'noopener nofollow ugc');
	return self.renderToken(tokens, idx, options);
};

/**
 * The page already has its h1 (the practice title) and h2 (its sections): the highest heading
 * of a description becomes h`minLevel` and the others follow, so that the outline stays in order
 * for screen readers whether the author started at "#" or at "###".
 */
function shiftHeadings(tokens: { type: string; tag: string }[], minLevel: number): void {
	const headings = tokens.filter((t) => t.type === 'heading_open' || t.type === 'heading_close');
	if (headings.length === 0) return;
	const top = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
	for (const t of headings) t.tag = `h${Math.min(6, Number(t.tag.slice(1)) - top + minLevel)}`;
}

/** Safe HTML for a Markdown text; headings start at h`minLevel` (3 by default). */
export function renderMarkdown(source: string, minLevel = 3): string {
	const tokens = md.parse(source, {});
	shiftHeadings(tokens, minLevel);
	return md.renderer.render(tokens, md.options, {});
}
