/**
 * E-mail preferences and the one-click unsubscribe link: a resident chooses a weekly digest and
 * goes back to one e-mail per change; a visitor follows the link of a mail (signed here as the app
 * signs it, with the run's known secret) and confirms without JavaScript and without signing in;
 * a mail client's RFC 8058 POST does the same; a tampered link says so; the page in Arabic on a
 * 360 px phone.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { ar, documentLanguage, expectNoAxeViolations, fr, freshAccount, goto, signUp } from './helpers';
import { unsubscribeToken } from '../../src/lib/server/notifications/unsubscribe-token.js';

const SECRET = process.env.E2E_AUTH_SECRET ?? '';

/** The signed-in person's account id, from "download my data". */
async function myId(request: APIRequestContext): Promise<string> {
	const response = await request.get('/account/data');
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { profile: { id: string } }).profile.id;
}

/** A fresh resident in her own browser, and the unsubscribe link her mails would carry. */
async function residentWithLink(browser: Browser) {
	// Her own settings, whatever the test's (JavaScript off, Arabic phone).
	const context = await browser.newContext({
		javaScriptEnabled: true,
		locale: 'fr-FR',
		isMobile: false,
		hasTouch: false
	});
	const page = await context.newPage();
	await signUp(page, freshAccount('avis'));
	const link = `/unsubscribe/${unsubscribeToken(SECRET, await myId(page.request))}`;
	return { page, link, close: () => context.close() };
}

async function chosen(page: Page): Promise<string | null> {
	await goto(page, '/account/notifications');
	return page.locator('input[name="email"]:checked').getAttribute('value');
}

test('a resident chooses a weekly digest, then one e-mail per change again', async ({ page }) => {
	await signUp(page, freshAccount('hebdo'));
	await page.getByRole('link', { name: fr.voicenotify_account_link }).click();
	await expect(page).toHaveURL(/\/account\/notifications$/);
	await expect(page.getByRole('heading', { level: 1, name: fr.voicenotify_prefs_title })).toBeVisible();
	await expect(page.getByText(fr.voicenotify_prefs_help)).toBeVisible();
	const group = page.getByRole('group', { name: fr.voicenotify_prefs_legend });
	await expect(group.getByRole('radio', { name: fr.voicenotify_prefs_each })).toBeChecked();
	await expectNoAxeViolations(page);

	await group.getByRole('radio', { name: fr.voicenotify_prefs_weekly }).check();
	await page.getByRole('button', { name: fr.voicenotify_prefs_submit }).click();
	await expect(page.getByRole('status')).toHaveText(fr.voicenotify_prefs_saved);
	expect(await chosen(page)).toBe('weekly');
	await expectNoAxeViolations(page);

	await page.getByRole('radio', { name: fr.voicenotify_prefs_each }).check();
	await page.getByRole('button', { name: fr.voicenotify_prefs_submit }).click();
	await expect(page.getByRole('status')).toHaveText(fr.voicenotify_prefs_saved);
	expect(await chosen(page)).toBe('each');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a visitor opens the unsubscribe link of a mail and confirms, without signing in', async ({ page, browser }) => {
		const resident = await residentWithLink(browser);
		await page.goto(resident.link);
		await expect(page.getByRole('heading', { level: 1, name: fr.voicenotify_unsubscribe_title })).toBeVisible();
		await expect(page.getByText(fr.voicenotify_unsubscribe_help)).toBeVisible();
		// Opening the link (as a mail scanner would) changes nothing.
		expect(await chosen(resident.page)).toBe('each');

		await page.getByRole('button', { name: fr.voicenotify_unsubscribe_submit }).click();
		await expect(page.getByRole('status')).toHaveText(fr.voicenotify_unsubscribe_done);
		await expect(page.getByText(fr.voicenotify_unsubscribe_undo)).toBeVisible();
		await expect(page.getByRole('link', { name: fr.voicenotify_unsubscribe_preferences })).toHaveAttribute(
			'href',
			'/account/notifications'
		);
		expect(await chosen(resident.page)).toBe('none');

		// Opened again later, the link says mail is already off.
		await page.goto(resident.link);
		await expect(page.getByRole('status')).toHaveText(fr.voicenotify_unsubscribe_already);
		await resident.close();
	});

	test('a tampered link says it does not work and changes nothing', async ({ page, browser }) => {
		const resident = await residentWithLink(browser);
		const tampered = resident.link.slice(0, -3) + (resident.link.endsWith('AAA') ? 'BBB' : 'AAA');
		const opened = await page.goto(tampered);
		expect(opened?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: fr.voicenotify_unsubscribe_invalid_title })).toBeVisible();
		await expect(page.getByText(fr.voicenotify_unsubscribe_invalid)).toBeVisible();
		await expect(page.getByRole('button', { name: fr.voicenotify_unsubscribe_submit })).toHaveCount(0);
		const posted = await page.request.post(tampered, {
			form: { 'List-Unsubscribe': 'One-Click' },
			headers: { Accept: 'text/html' }
		});
		expect(posted.status()).toBeLessThan(500);
		expect(await posted.text()).toContain(fr.voicenotify_unsubscribe_invalid_title);
		expect((await page.goto('/unsubscribe/n%27importe%20quoi'))?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1, name: fr.voicenotify_unsubscribe_invalid_title })).toBeVisible();
		expect(await chosen(resident.page)).toBe('each');
		await resident.close();
	});
});

test('a mail client’s one-click POST (RFC 8058), sent from elsewhere, turns mail off', async ({
	browser,
	playwright
}) => {
	const resident = await residentWithLink(browser);
	// A request of the mail provider's own: no cookie, no Origin header, the one-click body.
	const provider = await playwright.request.newContext({ baseURL: new URL(resident.page.url()).origin });
	const response = await provider.post(resident.link, { form: { 'List-Unsubscribe': 'One-Click' } });
	expect(response.status()).toBe(200);
	await provider.dispose();
	expect(await chosen(resident.page)).toBe('none');
	await resident.close();
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	test('the unsubscribe page reads right to left and fits', async ({ page, browser, baseURL }) => {
		const resident = await residentWithLink(browser);
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, resident.link);
		expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
		await expect(page.getByRole('heading', { level: 1, name: ar.voicenotify_unsubscribe_title })).toBeVisible();
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: ar.voicenotify_unsubscribe_submit }).click();
		await expect(page.getByRole('status')).toHaveText(ar.voicenotify_unsubscribe_done);
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		await expectNoAxeViolations(page);
		expect(await chosen(resident.page)).toBe('none');
		await resident.close();
	});
});
