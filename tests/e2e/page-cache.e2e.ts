/**
 * Public pages are kept a few seconds for visitors who are not signed in (src/lib/server/page-cache.ts).
 * What a person would notice if it went wrong: a support given that a visitor does not see, or a
 * signed-in person shown a page made for someone else. Neither may happen.
 */
import { createHash } from 'node:crypto';
import { test, expect, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD, RESIDENT_EMAIL, fr, goto, ready, signIn } from './helpers';

const BIKE_IDEA = 'Des ateliers vélo le mercredi après-midi';

/** An anonymous visit of a page: what it says, and whether it came from the cache. */
async function visit(request: APIRequestContext, path: string) {
	const response = await request.get(path, { headers: { accept: 'text/html' } });
	expect(response.status()).toBe(200);
	const html = await response.text();
	return {
		html,
		cache: response.headers()['x-page-cache'],
		supports: Number(/data-testid="support-count">(\d+)</.exec(html)?.[1]),
		policy: response.headers()['content-security-policy'] ?? ''
	};
}

/** The digests, as a policy writes them, of the page's inline scripts. */
function inlineScriptHashes(html: string): string[] {
	return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
		([, code]) => `'sha256-${createHash('sha256').update(code!).digest('base64')}'`
	);
}

test('a visitor gets the kept page, its script allowed by its hash, and sees a support the moment it is given', async ({
	page,
	request
}) => {
	await signIn(page, RESIDENT_EMAIL, DEMO_PASSWORD);
	await goto(page, '/needs');
	await page.getByRole('link', { name: BIKE_IDEA, exact: true }).first().click();
	await expect(page).toHaveURL(/\/needs\/[^/?]+$/);
	await ready(page);
	const path = new URL(page.url()).pathname;
	const before = Number(await page.getByTestId('support-count').textContent());

	// Anonymous: rendered once, then served again, the very same page. Its one inline script is
	// allowed by its hash, so that sending it twice weakens nothing (a nonce must never repeat).
	const first = await visit(request, path);
	const second = await visit(request, path);
	expect(second.cache).toBe('hit');
	expect(second.supports).toBe(before);
	expect(second.html).toBe(first.html);
	expect(second.policy).not.toContain("'nonce-");
	const hashes = inlineScriptHashes(second.html);
	expect(hashes.length).toBeGreaterThan(0);
	for (const hash of hashes) expect(second.policy).toContain(hash);

	// The signed-in resident's own page is never a kept one.
	const own = await page.request.get(path, { headers: { accept: 'text/html' } });
	expect(own.headers()['x-page-cache']).toBeUndefined();

	// She supports the need: the visitor sees the new count at once, not seconds later.
	await page.getByRole('button', { name: fr.conversation_support }).click();
	await ready(page);
	await expect(page.getByTestId('support-count')).toHaveText(String(before + 1));
	const after = await visit(request, path);
	expect(after.cache).toBe('miss');
	expect(after.supports).toBe(before + 1);

	// Taken back, as other tests of this demo need expect it.
	await page.getByRole('button', { name: fr.conversation_withdraw }).click();
	await ready(page);
	await expect(page.getByTestId('support-count')).toHaveText(String(before));
	expect((await visit(request, path)).supports).toBe(before);
});
