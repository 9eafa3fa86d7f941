import { test, expect, type Page } from '@playwright/test';
import { ar, freshAccount, goto } from './helpers';

const horizontalOverflow = (page: Page) =>
	page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	test('the home page has no horizontal scroll', async ({ page }) => {
		await goto(page, '/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		// The map is drawn within the screen too.
		const map = await page
			.getByRole('img', { name: new RegExp(ar.home_map_title.split('{')[0]!.trim()) })
			.boundingBox();
		expect(map!.x).toBeGreaterThanOrEqual(0);
		expect(map!.x + map!.width).toBeLessThanOrEqual(360);
	});

	for (const path of ['/sign-in', '/sign-up', '/forgot-password', '/sources', '/legal', '/accessibility', '/privacy']) {
		test(`${path} has no horizontal scroll`, async ({ page }) => {
			await goto(page, path);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		});
	}

	test('the account page has no horizontal scroll', async ({ page }) => {
		const account = freshAccount('mobile');
		await goto(page, '/sign-up');
		await page.getByLabel(ar.field_name).fill(account.name);
		await page.getByLabel(ar.field_email).fill(account.email);
		await page.getByLabel(ar.field_password).fill(account.password);
		await page.getByRole('button', { name: ar.sign_up_submit }).click();
		await expect(page).toHaveURL(/\/account\?welcome=1$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.account_title);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
	});

	test('the menu is folded behind a button that opens with the keyboard', async ({ page }) => {
		await goto(page, '/');
		const nav = page.getByRole('navigation', { name: ar.nav_label });
		const menu = page.getByRole('group').filter({ has: page.locator('summary', { hasText: ar.nav_menu }) });
		const toggle = menu.locator('summary');
		await expect(toggle).toBeVisible();
		await expect(toggle).toHaveText(ar.nav_menu);
		await expect(nav.getByRole('link', { name: ar.nav_sign_in })).toBeHidden();

		await toggle.focus();
		await expect(toggle).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(nav.getByRole('link', { name: ar.nav_home })).toBeVisible();
		await expect(nav.getByRole('link', { name: ar.nav_practices })).toBeVisible();
		await expect(nav.getByRole('link', { name: ar.nav_sign_in })).toBeVisible();
		await expect(nav.getByRole('link', { name: ar.nav_sign_up })).toBeVisible();
		await expect(nav.getByRole('link', { name: ar.nav_home })).toHaveAttribute('aria-current', 'page');
		// Opening the menu does not make the page scroll sideways either.
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

		// Tab goes into the opened menu, and Enter follows a link.
		await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: ar.nav_home })).toBeFocused();
		// Then the seven sections (needs, consultations, catalogue, rooms, organisations, initiatives,
		// search), then sign-in.
		for (let i = 0; i < 8; i++) await page.keyboard.press('Tab');
		await expect(nav.getByRole('link', { name: ar.nav_sign_in })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/sign-in$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.sign_in_title);

		// Enter again folds it away.
		await goto(page, '/');
		await page.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(nav.getByRole('link', { name: ar.nav_sign_in })).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(nav.getByRole('link', { name: ar.nav_sign_in })).toBeHidden();
	});

	test('the language buttons and the menu button are big enough to tap', async ({ page }) => {
		await goto(page, '/');
		for (const target of [
			page.locator('summary'),
			page.getByRole('button', { name: 'Français' }),
			page.getByRole('button', { name: 'English' }),
			page.getByRole('button', { name: 'العربية' })
		]) {
			const box = await target.boundingBox();
			expect(box!.height).toBeGreaterThanOrEqual(44);
			expect(box!.width).toBeGreaterThanOrEqual(44);
		}
	});
});
