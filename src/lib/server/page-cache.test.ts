import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache.js';

const POLICY = "default-src 'self'; script-src 'self' 'nonce-cZVLsUAIZJSZRUFfsC+qdw=='";
const page = (
	body = '<script nonce="cZVLsUAIZJSZRUFfsC+qdw==">start()</script><p>Salles : 12</p>',
	headers: HeadersInit = {}
) =>
	new Response(body, {
		status: 200,
		headers: { 'content-type': 'text/html', 'content-security-policy': POLICY, ...headers }
	});

describe('the page cache', () => {
	it('serves a kept page again until it expires, with the same text', async () => {
		let now = 0;
		const cache = new PageCache(5000, 2 ** 20, () => now);
		const first = await cache.put('k', page(), cache.generation);
		expect(await first.text()).toContain('Salles : 12');
		now = 4999;
		expect(await cache.get('k')!.text()).toContain('Salles : 12');
		now = 5000;
		expect(cache.get('k')).toBeUndefined();
	});

	it('draws a new nonce for every answer, the same in the policy and in the page', async () => {
		const cache = new PageCache(5000);
		await cache.put('k', page(), cache.generation);
		const seen = new Set<string>();
		for (let i = 0; i < 3; i++) {
			const again = cache.get('k')!;
			const nonce = /'nonce-([^']+)'/.exec(again.headers.get('content-security-policy')!)![1]!;
			expect(nonce).not.toBe('cZVLsUAIZJSZRUFfsC+qdw==');
			expect(await again.text()).toContain(`<script nonce="${nonce}">`);
			seen.add(nonce);
		}
		expect(seen.size).toBe(3);
	});

	it('keeps nothing rendered while a write ran, and forgets everything at a write', async () => {
		const cache = new PageCache(5000);
		const since = cache.generation;
		cache.invalidate(); // a form was sent while the page was being rendered
		const sent = await cache.put('k', page(), since);
		expect(await sent.text()).toContain('Salles : 12'); // the visitor still gets it…
		expect(cache.get('k')).toBeUndefined(); // …but nobody else will
		await cache.put('k', page(), cache.generation);
		expect(cache.get('k')).toBeDefined();
		cache.invalidate();
		expect(cache.get('k')).toBeUndefined();
	});

	it('never keeps an answer that sets a cookie, is private, is not a 200 or is not a page', async () => {
		const cache = new PageCache(5000);
		for (const [key, response] of [
			['cookie', page(undefined, { 'set-cookie': 'qv_lang=ar' })],
			['private', page(undefined, { 'cache-control': 'private, no-store' })],
			['missing', new Response('non', { status: 404, headers: { 'content-type': 'text/html' } })],
			['file', new Response('a,b', { status: 200, headers: { 'content-type': 'text/csv' } })]
		] as const) {
			await cache.put(key, response, cache.generation);
			expect(cache.get(key), key).toBeUndefined();
		}
	});

	it('renders a page once however many visitors ask for it at the same moment', async () => {
		const cache = new PageCache(5000);
		let renders = 0;
		const render = async () => {
			renders++;
			await new Promise((resolve) => setTimeout(resolve, 20));
			return page();
		};
		const answers = await Promise.all(Array.from({ length: 8 }, () => cache.serve('k', render)));
		expect(renders).toBe(1);
		for (const answer of answers) expect(await answer.text()).toContain('Salles : 12');
		// Each of the eight still got a nonce of its own.
		expect(new Set(answers.map((a) => a.headers.get('content-security-policy'))).size).toBe(8);
	});

	it('lets the oldest pages go when the kept ones would weigh more than allowed', async () => {
		const size = (await page().arrayBuffer()).byteLength;
		const cache = new PageCache(5000, size * 4);
		for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.put(key, page(), cache.generation);
		expect(cache.get('a')).toBeUndefined();
		for (const key of ['b', 'c', 'd', 'e']) expect(cache.get(key), key).toBeDefined();
	});

	it('keeps nothing when turned off (0 seconds)', async () => {
		const cache = new PageCache(0);
		expect(cache.enabled).toBe(false);
		await cache.put('k', page(), cache.generation);
		expect(cache.get('k')).toBeUndefined();
	});
});
