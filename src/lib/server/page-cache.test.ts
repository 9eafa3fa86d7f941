import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, PageCache } from './page-cache.js';

const POLICY = "default-src 'self'; script-src 'self' 'sha256-Q2Fm5J3LtdLpVtcwnEtvJ7qn2aVn2S9vPv7pC1qV0GU='";
const TEXT = '<script>start()</script><p>Salles : 12</p>';
const page = (body = TEXT, headers: HeadersInit = {}) =>
	new Response(body, {
		status: 200,
		headers: { 'content-type': 'text/html', 'content-security-policy': POLICY, ...headers }
	});
/** A page long enough to be worth compressing. */
const long = `${TEXT}${'<li>Salle polyvalente, 40 places</li>'.repeat(100)}`;
const render =
	(body = TEXT, headers: HeadersInit = {}) =>
	async () =>
		page(body, headers);
const notCalled = async (): Promise<Response> => {
	throw new Error('rendered again');
};

describe('the page cache', () => {
	it('serves a kept page again until it expires, with the same text and the same policy', async () => {
		let now = 0;
		const cache = new PageCache(5000, 2 ** 20, () => now);
		const first = await cache.serve('k', render());
		expect(first.headers.get('x-page-cache')).toBe('miss');
		expect(await first.text()).toContain('Salles : 12');
		now = 4999;
		const again = await cache.serve('k', notCalled);
		expect(again.headers.get('x-page-cache')).toBe('hit');
		expect(again.headers.get('content-security-policy')).toBe(POLICY);
		expect(await again.text()).toBe(TEXT);
		now = 5000;
		expect((await cache.serve('k', render('<p>Salles : 13</p>'))).headers.get('x-page-cache')).toBe('miss');
	});

	it('sends each visitor the compression she accepts, compressed once however many ask', async () => {
		const cache = new PageCache(5000);
		const plain = await cache.serve('k', render(long), null);
		expect(plain.headers.get('content-encoding')).toBeNull();
		expect(await plain.text()).toBe(long);

		const br = await cache.serve('k', notCalled, 'gzip, deflate, br, zstd');
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(br.headers.get('vary')).toBe('Accept-Encoding');
		const brBytes = Buffer.from(await br.arrayBuffer());
		expect(Number(br.headers.get('content-length'))).toBe(brBytes.byteLength);
		expect(brBytes.byteLength).toBeLessThan(long.length / 4);
		expect(brotliDecompressSync(brBytes).toString()).toBe(long);
		// The same compressed bytes again: not compressed a second time.
		const brAgain = Buffer.from(await (await cache.serve('k', notCalled, 'br')).arrayBuffer());
		expect(brAgain.equals(brBytes)).toBe(true);

		const gz = await cache.serve('k', notCalled, 'gzip');
		expect(gz.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(long);
	});

	it('reads Accept-Encoding as browsers write it, refusals included', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip, deflate')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
		expect(chooseEncoding('BR')).toBe('br');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding(null)).toBeNull();
	});

	it('keeps nothing rendered while a write ran, and forgets everything at a write', async () => {
		const cache = new PageCache(5000);
		const sent = await cache.serve('k', async () => {
			cache.invalidate(); // a form was sent while the page was being rendered
			return page();
		});
		expect(await sent.text()).toContain('Salles : 12'); // the visitor still gets it…
		expect((await cache.serve('k', render())).headers.get('x-page-cache')).toBe('miss'); // …but nobody else
		expect((await cache.serve('k', notCalled)).headers.get('x-page-cache')).toBe('hit');
		cache.invalidate();
		expect((await cache.serve('k', render())).headers.get('x-page-cache')).toBe('miss');
	});

	it('never keeps an answer that sets a cookie, is private, is not a 200 or is not a page', async () => {
		const cache = new PageCache(5000);
		for (const [key, response] of [
			['cookie', () => page(undefined, { 'set-cookie': 'qv_lang=ar' })],
			['private', () => page(undefined, { 'cache-control': 'private, no-store' })],
			['missing', () => new Response('non', { status: 404, headers: { 'content-type': 'text/html' } })],
			['file', () => new Response('a,b', { status: 200, headers: { 'content-type': 'text/csv' } })]
		] as const) {
			let renders = 0;
			for (let i = 0; i < 2; i++)
				await cache.serve(key, async () => {
					renders++;
					return response();
				});
			expect(renders, key).toBe(2);
		}
	});

	it('renders a page once however many visitors ask for it at the same moment', async () => {
		const cache = new PageCache(5000);
		let renders = 0;
		const slow = async () => {
			renders++;
			await new Promise((resolve) => setTimeout(resolve, 20));
			return page(long);
		};
		const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => cache.serve('k', slow, i % 2 ? 'br' : null)));
		expect(renders).toBe(1);
		for (const answer of answers) {
			const bytes = Buffer.from(await answer.arrayBuffer());
			const text = answer.headers.get('content-encoding') === 'br' ? brotliDecompressSync(bytes) : bytes;
			expect(text.toString()).toBe(long);
		}
	});

	it('lets the oldest pages go when the kept ones would weigh more than allowed', async () => {
		const size = (await page().arrayBuffer()).byteLength;
		const cache = new PageCache(5000, size * 4);
		for (const key of ['a', 'b', 'c', 'd', 'e']) await cache.serve(key, render());
		expect((await cache.serve('a', render())).headers.get('x-page-cache')).toBe('miss');
		for (const key of ['c', 'd', 'e', 'a'])
			expect((await cache.serve(key, notCalled)).headers.get('x-page-cache'), key).toBe('hit');
	});

	it('keeps nothing when turned off (0 seconds)', async () => {
		const cache = new PageCache(0);
		expect(cache.enabled).toBe(false);
		await cache.serve('k', render());
		expect((await cache.serve('k', render())).headers.get('x-page-cache')).toBeNull();
	});
});
