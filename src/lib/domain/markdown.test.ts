import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderMarkdown } from './markdown.js';

describe('renderMarkdown', () => {
	it('renders the Markdown people use in a description', () => {
		const html = renderMarkdown('## Comment ça marche\n\n- une salle\n- un **camion**\n\n[Site](https://example.org)');
		expect(html).toContain('<h3>Comment ça marche</h3>');
		expect(html).toContain('<li>un <strong>camion</strong></li>');
		expect(html).toContain('<a href="https://example.org" rel="noopener nofollow ugc">Site</a>');
	});

	it('shows a typed <script> as text instead of running it', () => {
		const html = renderMarkdown('Bonjour <script>alert(1)</script>');
		expect(html).not.toContain('<script');
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
	});

	it('neutralises raw HTML, including event handlers and iframes', () => {
		const html = renderMarkdown('<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>');
		expect(html).not.toMatch(/<img|<iframe/);
		expect(html).toContain('&lt;img');
	});

	it('refuses javascript:, data: and vbscript: links, however they are written', () => {
		for (const url of [
			'javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,<b>x</b>',
			'vbscript:x',
			'&#106;avascript:alert(1)'
		])
			expect(renderMarkdown(`[clic](${url})`)).not.toMatch(/href=/);
		expect(renderMarkdown('<javascript:alert(1)>')).not.toMatch(/href=/);
	});

	it('shows no images (no tracking pixels in a description)', () => {
		expect(renderMarkdown('![pixel](https://tracker.example/p.gif)')).not.toContain('<img');
	});

	it('marks automatic links as user content too', () => {
		expect(renderMarkdown('Voir https://www.repaircafe.org')).toContain('rel="noopener nofollow ugc"');
	});

	it('never lets a tag, an event handler or a script link through, whatever is typed', () => {
		fc.assert(
			fc.property(
				fc.string(),
				fc.constantFrom('<script>', '<img onerror=x>', '[a](javascript:x)', '<a href="javascript:x">'),
				(text, attack) => {
					const html = renderMarkdown(`${text}${attack}${text}`);
					expect(html).not.toMatch(/<(script|img|iframe|style)/i);
					expect(html).not.toMatch(/href="\s*javascript:/i);
					expect(html).not.toMatch(/<[a-z]+[^>]*\son\w+=/i);
				}
			)
		);
	});
});

describe('headings in a description', () => {
	it('start below the page’s own headings and keep their order', () => {
		const html = renderMarkdown('# Un\n\n### Trois\n\n## Deux');
		expect(html).toBe('<h3>Un</h3>\n<h5>Trois</h5>\n<h4>Deux</h4>\n');
		expect(renderMarkdown('### Seul')).toBe('<h3>Seul</h3>\n');
	});
});
