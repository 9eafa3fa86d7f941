import { test, expect } from '@playwright/test';
import { fill, fr, freshAccount, goto, ready, signIn, signOut, signUp, submitSignIn, isolated } from './helpers';

test.describe('signing up, out and in', () => {
	test('a new account lands on its account page, signs out, and signs in again', async ({ page }) => {
		const account = await signUp(page);

		// Signed in: the header offers the account and signing out, no longer signing in.
		const header = page.getByRole('banner');
		await expect(header.getByRole('link', { name: 'Mon compte' })).toHaveAttribute('aria-current', 'page');
		await expect(header.getByRole('link', { name: 'Se connecter' })).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 2, name: 'Vos rôles' })).toBeVisible();
		await expect(page.getByRole('listitem').filter({ hasText: /^Habitante ou habitant$/ })).toBeVisible();

		await signOut(page);
		await expect(page.getByRole('status')).toHaveText(fr.signed_out);
		await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();

		// The account page is closed again once signed out.
		await page.goto('/account');
		await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);

		await signIn(page, account.email, account.password);
		await expect(
			page.getByText(fill(fr.account_signed_in_as, { name: isolated(account.name), email: isolated(account.email) }))
		).toBeVisible();
	});

	test('the e-mail address is matched whatever its case', async ({ page }) => {
		const account = await signUp(page);
		await signOut(page);
		await signIn(page, account.email.toUpperCase(), account.password);
		await expect(page.getByText(account.email)).toBeVisible();
	});

	test('after signing in, a protected page asked for first is opened', async ({ page }) => {
		const account = await signUp(page);
		await signOut(page);
		await page.goto('/account/security');
		await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount%2Fsecurity$/);
		await ready(page);
		await page.getByLabel('Adresse électronique').fill(account.email);
		await page.getByLabel('Mot de passe').fill(account.password);
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page).toHaveURL(/\/account\/security$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeVisible();
	});

	test('a link cannot send a person to another site after signing in', async ({ page }) => {
		const account = await signUp(page);
		await signOut(page);
		await submitSignIn(page, account.email, account.password, '/sign-in?redirectTo=%2F%2Fexample.com%2Fpiege');
		await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/account$/);
	});

	test('a signed-in person who opens the sign-in or sign-up page is taken to the account', async ({ page }) => {
		await signUp(page);
		await page.goto('/sign-in');
		await expect(page).toHaveURL(/\/account$/);
		await page.goto('/sign-up');
		await expect(page).toHaveURL(/\/account$/);
	});
});

test.describe('form errors', () => {
	test('a wrong password shows the translated error above the form and keeps the e-mail typed in', async ({ page }) => {
		const account = await signUp(page);
		await signOut(page);
		await submitSignIn(page, account.email, 'pas le bon mot de passe');

		await expect(page).toHaveURL(/\/sign-in/);
		const summary = page.getByRole('alert');
		await expect(summary).toContainText(fr.form_errors_summary);
		await expect(summary).toContainText(fr.err_credentials);
		// The summary sits in the form, before its fields.
		const form = page.locator('form.form');
		await expect(form.getByRole('alert')).toBeVisible();
		const alertBox = await summary.boundingBox();
		const emailBox = await page.getByLabel('Adresse électronique').boundingBox();
		expect(alertBox!.y).toBeLessThan(emailBox!.y);

		// The summary takes the focus, so that it is read first and the keyboard starts from it.
		await expect(summary).toBeFocused();
		await expect(page.getByLabel('Adresse électronique')).toHaveValue(account.email);
		// A password is never sent back to the page.
		await expect(page.getByLabel('Mot de passe')).toHaveValue('');
	});

	test('an unknown address gets the same message as a wrong password', async ({ page }) => {
		await submitSignIn(page, freshAccount().email, 'un mot de passe quelconque');
		await expect(page.getByRole('alert')).toContainText(fr.err_credentials);
	});

	test('sign-up with an invalid e-mail and a short password shows both errors by their fields and keeps the name', async ({
		page
	}) => {
		await goto(page, '/sign-up');
		await page.getByLabel('Nom ou prénom').fill('Samira B.');
		await page.getByLabel('Adresse électronique').fill('samira-at-exemple');
		await page.getByLabel('Mot de passe').fill('court');
		await page.getByRole('button', { name: 'Créer mon compte' }).click();

		await expect(page).toHaveURL(/\/sign-up$/);
		const email = page.getByLabel('Adresse électronique');
		const password = page.getByLabel('Mot de passe');
		// Each error is shown with its field and announced with it (aria-describedby, aria-invalid).
		await expect(email).toHaveAccessibleDescription(fr.err_email_invalid);
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(password).toHaveAccessibleDescription(new RegExp(escapeRegExp(fr.err_password_short)));
		await expect(password).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('.field', { has: email }).getByText(fr.err_email_invalid)).toBeVisible();
		await expect(page.locator('.field', { has: password }).getByText(fr.err_password_short)).toBeVisible();
		// The summary links to each field in error.
		await expect(page.getByRole('alert').getByRole('link', { name: fr.err_email_invalid })).toHaveAttribute(
			'href',
			'#field-email'
		);
		await expect(page.getByRole('alert').getByRole('link', { name: fr.err_password_short })).toHaveAttribute(
			'href',
			'#field-password'
		);

		await expect(page.getByLabel('Nom ou prénom')).toHaveValue('Samira B.');
		await expect(email).toHaveValue('samira-at-exemple');
		await expect(password).toHaveValue('');
		await expect(page.getByLabel('Nom ou prénom')).not.toHaveAttribute('aria-invalid', 'true');
	});

	test('sign-up with an address that already has an account says so', async ({ page }) => {
		const account = await signUp(page);
		await signOut(page);
		await goto(page, '/sign-up');
		await page.getByLabel('Nom ou prénom').fill('Quelqu’un d’autre');
		await page.getByLabel('Adresse électronique').fill(account.email);
		await page.getByLabel('Mot de passe').fill('une autre phrase de passe');
		await page.getByRole('button', { name: 'Créer mon compte' }).click();
		await expect(page.getByLabel('Adresse électronique')).toHaveAccessibleDescription(fr.err_email_taken);
	});

	test('an empty sign-in form says which fields are required', async ({ page }) => {
		await goto(page, '/sign-in');
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page.getByLabel('Adresse électronique')).toHaveAccessibleDescription(fr.err_required);
		await expect(page.getByLabel('Mot de passe')).toHaveAccessibleDescription(fr.err_required);
	});
});

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
