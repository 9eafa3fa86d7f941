import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn } from './helpers';

const MANAGER_EMAIL = 'gestionnaire@demo.quartiers-vivants.fr';

/** A demo room, by the first room card of the public list (its heading links to the room). */
async function firstRoomId(page: Page): Promise<string> {
	await goto(page, '/rooms');
	const href = await page.locator('main h3 a[href^="/rooms/"]').first().getAttribute('href');
	const id = /^\/rooms\/([\w-]+)$/.exec(href ?? '')?.[1];
	if (!id) throw new Error(`no room link: ${href}`);
	return id;
}

/** Adds a closure far in the future (no other test books in 2031) and removes it again. */
async function closeAndReopen(page: Page, reason: string, javaScript = true) {
	// axe-core runs in the page: without JavaScript it cannot, and the page is the same HTML anyway.
	const axe = async () => {
		if (javaScript) await expectNoAxeViolations(page);
	};
	const roomId = await firstRoomId(page);
	await goto(page, `/manage/rooms/${roomId}`);
	await page.getByRole('link', { name: fr.time_closures_link }).click();
	await ready(page);
	await expect(page).toHaveURL(new RegExp(`/manage/rooms/${roomId}/closures$`));
	await expect(page.getByRole('heading', { level: 2, name: fr.time_closures_help_heading })).toBeVisible();
	await axe();

	// The end before the start: refused, the form comes back filled.
	await page.getByLabel(fr.time_closures_from).fill('2031-03-04T08:00');
	await page.getByLabel(fr.time_closures_to).fill('2031-03-03T18:00');
	await page.getByLabel(fr.time_closures_reason).fill(reason);
	await page.getByRole('button', { name: fr.time_closures_submit }).click();
	await ready(page);
	await expect(page.locator('#field-to-error')).toHaveText(fr.err_time_closure_end_before_start);
	await expect(page.getByLabel(fr.time_closures_reason)).toHaveValue(reason);
	await expect(page.getByRole('table', { name: fr.time_closures_list_caption }).getByText(reason)).toHaveCount(0);

	await page.getByLabel(fr.time_closures_to).fill('2031-03-05T18:00');
	await page.getByRole('button', { name: fr.time_closures_submit }).click();
	await ready(page);
	await expect(page.getByText(fr.time_closures_added)).toBeVisible();
	await expect(page.getByText(fr.time_closures_cancelled_none)).toBeVisible();
	const row = page
		.getByRole('table', { name: fr.time_closures_list_caption })
		.getByRole('row')
		.filter({ hasText: reason });
	await expect(row).toContainText('08:00');
	await expect(row).toContainText('18:00');
	await axe();

	await row.getByRole('button', { name: fill(fr.time_closures_remove_label, { reason }) }).click();
	await ready(page);
	await expect(page.getByText(fr.time_closures_removed)).toBeVisible();
	await expect(page.getByRole('row').filter({ hasText: reason })).toHaveCount(0);
}

test('a facility manager closes a room for works, sees what was cancelled, and reopens it', async ({ page }) => {
	await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
	await closeAndReopen(page, `Travaux e2e ${Date.now().toString(36)}`);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a facility manager closes a room and reopens it', async ({ page }) => {
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		await closeAndReopen(page, `Travaux sans JS ${Date.now().toString(36)}`, false);
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the closures page reads right to left, fits the screen and explains a refusal', async ({ page, baseURL }) => {
		// Signing in speaks French (the account's language); the language cookie alone then switches this browser to Arabic.
		await page.context().addCookies([{ name: 'qv_lang', value: 'fr', url: baseURL! }]);
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		const roomId = await firstRoomId(page);
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, `/manage/rooms/${roomId}/closures`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 2, name: ar.time_closures_help_heading })).toBeVisible();
		await page.getByRole('button', { name: ar.time_closures_submit }).click();
		await ready(page);
		await expect(page.locator('#field-reason-error')).toHaveText(ar.err_required);
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		await expectNoAxeViolations(page);
	});
});
