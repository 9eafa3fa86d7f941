import { test, expect } from '@playwright/test';
import { ar, documentLanguage, en, fill, fr, goto, ready, signUp, signOut } from './helpers';

const territoryAr = fill(ar.home_territory_heading, { commune: 'Villeurbanne' });
const territoryFr = fill(fr.home_territory_heading, { commune: 'Villeurbanne' });

test.describe('language buttons in the header', () => {
	test('French is the default; العربية turns the page right to left, Français turns it back, and the choice is remembered', async ({
		page
	}) => {
		await goto(page, '/');
		expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
		const languages = page.getByRole('form', { name: 'Langue' });
		await expect(languages.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'true');

		await languages.getByRole('button', { name: 'العربية' }).click();
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute('aria-pressed', 'false');

		// Remembered on the next page load, on another page.
		await goto(page, '/sources');
		expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

		await page.getByRole('button', { name: 'Français' }).click();
		await expect(page).toHaveURL(/\/sources$/);
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.sources_title);
		await page.reload();
		await ready(page);
		expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.sources_title);
	});

	test('English works as well, and the page stays where it was (query string included)', async ({ page }) => {
		await goto(page, '/reset-password?token=abc');
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL(/\/reset-password\?token=abc$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	});

	test('the language form only ever sends people back to a page of the site', async ({ page }) => {
		await goto(page, '/legal');
		// A forged form (same fields, another target) cannot be used to send people elsewhere.
		await page.locator('form[action="/language"] input[name="redirectTo"]').evaluate((input: HTMLInputElement) => {
			input.value = '//example.com/piege';
		});
		await page.getByRole('button', { name: 'English' }).click();
		await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	// With JavaScript on, the chosen language must survive hydration: Paraglide in the browser reads
	// the same qv_lang cookie as the server (a French browser must not switch the page back).
	test('after choosing العربية, the headings are in Arabic once the page is running', async ({ page }) => {
		await goto(page, '/');
		await page.getByRole('button', { name: 'العربية' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await ready(page);
		await expect(page.getByRole('heading', { level: 2, name: territoryAr })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: ar.home_facilities_heading })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: territoryFr })).toHaveCount(0);
	});
});

test.describe('a browser that prefers Arabic', () => {
	test.use({ locale: 'ar' });

	test('gets the Arabic interface first, right to left', async ({ page }) => {
		const response = await page.goto('/');
		expect(response?.request().headers()['accept-language']).toMatch(/^ar\b/);
		await ready(page);
		expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
		await expect(page.getByRole('heading', { level: 2, name: territoryAr })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: ar.home_facilities_heading })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: ar.home_organisations_heading })).toBeVisible();
		await expect(page.getByRole('link', { name: ar.skip_to_content })).toBeAttached();
		await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');

		await goto(page, '/sign-in');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.sign_in_title);
		await expect(page.getByLabel(ar.field_email)).toBeVisible();
		await expect(page.getByLabel(ar.field_password)).toBeVisible();
		// An e-mail address is always typed left to right.
		await expect(page.getByLabel(ar.field_email)).toHaveAttribute('dir', 'ltr');
	});

	test('errors are in Arabic too', async ({ page }) => {
		await goto(page, '/sign-in');
		await page.getByLabel(ar.field_email).fill('pas-une-adresse');
		await page.getByRole('button', { name: ar.sign_in_submit }).click();
		await expect(page.getByRole('alert')).toContainText(ar.form_errors_summary);
		await expect(page.getByLabel(ar.field_email)).toHaveAccessibleDescription(ar.err_email_invalid);
		await expect(page.getByLabel(ar.field_password)).toHaveAccessibleDescription(ar.err_required);
	});

	test('a language chosen with the buttons wins over the browser’s preference', async ({ page }) => {
		await goto(page, '/');
		await page.getByRole('button', { name: 'Français' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await page.reload();
		await ready(page);
		expect(await documentLanguage(page)).toEqual({ lang: 'fr', dir: 'ltr' });
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.site_name);
	});
});

test.describe('a browser that prefers English', () => {
	test.use({ locale: 'en-GB' });

	test('gets the English interface', async ({ page }) => {
		await goto(page, '/');
		expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
		await expect(page.getByRole('heading', { level: 2, name: en.home_facilities_heading })).toBeVisible();
		await expect(page.getByRole('link', { name: en.footer_privacy })).toBeVisible();
	});
});

test('the language of an account is saved on the account page', async ({ page }) => {
	await signUp(page);
	await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'English' });
	await page.getByRole('button', { name: 'Enregistrer la langue' }).click();
	await expect(page).toHaveURL(/\/account\?saved=language$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('combobox')).toHaveValue('en');
	await signOut(page, en.nav_sign_out);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
