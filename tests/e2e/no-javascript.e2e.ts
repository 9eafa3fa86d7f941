import { test, expect } from '@playwright/test';
import { ar, fill, fr, freshAccount, submitSignUp } from './helpers';

// Every form is a plain HTML form post: the whole journey must work with scripts turned off.
test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('scripts are really off in these tests', async ({ page }) => {
		await page.goto('/');
		// SvelteKit's inline boot script defines a __sveltekit_* global as soon as scripts run.
		expect(await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')))).toBe(false);
	});

	test('signing up, out and in works end to end', async ({ page }) => {
		const account = freshAccount('sans-js');
		await page.goto('/');
		await page.getByRole('link', { name: 'Créer un compte' }).click();
		await expect(page).toHaveURL(/\/sign-up$/);
		await submitSignUp(page, account);

		await page.getByRole('button', { name: 'Se déconnecter' }).click();
		await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
		await expect(page.getByRole('status')).toHaveText(fr.signed_out);

		// A wrong password first: the error is rendered by the server.
		await page.getByLabel('Adresse électronique').fill(account.email);
		await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_credentials);
		await expect(page.getByLabel('Adresse électronique')).toHaveValue(account.email);

		await page.getByLabel('Mot de passe').fill(account.password);
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page).toHaveURL(/\/account$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
		await expect(page.getByText(account.email)).toBeVisible();
	});

	test('the language buttons switch to Arabic and back', async ({ page }) => {
		await page.goto('/sources');
		await page.getByRole('button', { name: 'العربية' }).click();
		await expect(page).toHaveURL(/\/sources$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.sources_title);
		await expect(
			page.getByRole('navigation', { name: ar.footer_label }).getByRole('link', { name: ar.footer_legal })
		).toBeVisible();

		await page.goto('/');
		await expect(
			page.getByRole('heading', { level: 2, name: fill(ar.home_territory_heading, { commune: 'Villeurbanne' }) })
		).toBeVisible();

		await page.getByRole('button', { name: 'Français' }).click();
		await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(
			page.getByRole('heading', { level: 2, name: fill(fr.home_territory_heading, { commune: 'Villeurbanne' }) })
		).toBeVisible();
	});

	test('the language saved on an account follows the person to another browser', async ({ page, browser }) => {
		const account = freshAccount('langue');
		await page.goto('/sign-up');
		await page.getByLabel('Nom ou prénom').fill(account.name);
		await page.getByLabel('Adresse électronique').fill(account.email);
		await page.getByLabel('Mot de passe').fill(account.password);
		await page.getByRole('button', { name: 'Créer mon compte' }).click();
		await expect(page).toHaveURL(/\/account\?welcome=1$/);

		await page.getByRole('combobox', { name: 'Langue' }).selectOption({ label: 'العربية' });
		await page.getByRole('button', { name: 'Enregistrer la langue' }).click();
		await expect(page).toHaveURL(/\/account\?saved=language$/);
		await expect(page.getByRole('status')).toHaveText(ar.account_language_saved);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.account_title);

		// Another browser, French by default, signs in: the account's language wins.
		const other = await browser.newContext({ javaScriptEnabled: false });
		const otherPage = await other.newPage();
		await otherPage.goto('/sign-in');
		await expect(otherPage.locator('html')).toHaveAttribute('lang', 'fr');
		await otherPage.getByLabel('Adresse électronique').fill(account.email);
		await otherPage.getByLabel('Mot de passe').fill(account.password);
		await otherPage.getByRole('button', { name: 'Me connecter' }).click();
		await expect(otherPage).toHaveURL(/\/account$/);
		await expect(otherPage.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText(ar.account_title);
		await other.close();
	});

	test('the menu and the skip link are plain HTML', async ({ page }) => {
		await page.goto('/');
		await expect(
			page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Se connecter' })
		).toBeVisible();
		await page.getByRole('link', { name: 'Aller au contenu' }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
		await expect(page.getByRole('main')).toBeFocused();
	});
});
