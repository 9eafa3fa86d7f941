import { test, expect, type Page } from '@playwright/test';
import {
	ar,
	fill,
	fr,
	freshAccount,
	goto,
	ready,
	signIn,
	signInAsAdmin,
	signOut,
	signUp,
	submitSignIn
} from './helpers';

/** The administrator reads the outbox and returns the body of the mail sent to `email`. */
async function mailBodyTo(adminPage: Page, email: string): Promise<string> {
	await adminPage.goto('/admin/outbox');
	await expect(adminPage.getByRole('heading', { level: 1, name: fr.admin_outbox_title })).toBeVisible();
	await expect(adminPage.getByText(fr.admin_outbox_intro)).toBeVisible();
	const mail = adminPage.getByRole('listitem').filter({ hasText: email });
	await expect(mail).toHaveCount(1);
	await expect(mail.getByRole('heading', { level: 2 })).toHaveText(fr.mail_reset_subject);
	return (await mail.locator('pre').textContent()) ?? '';
}

test('a forgotten password is reset with the link mailed to the account', async ({ page, browser }) => {
	const account = await signUp(page, freshAccount('oubli'));
	await signOut(page);

	await goto(page, '/sign-in');
	await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
	await expect(page).toHaveURL(/\/forgot-password$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' })).toBeVisible();
	await ready(page);
	await page.getByLabel('Adresse électronique').fill(account.email);
	await page.getByRole('button', { name: 'Recevoir le lien' }).click();
	await expect(page.getByRole('status')).toHaveText(fr.forgot_sent);

	// The mail, read by an administrator in the outbox (no SMTP server in tests).
	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await signInAsAdmin(adminPage);
	const body = await mailBodyTo(adminPage, account.email);
	await admin.close();
	expect(body).toContain(fill(fr.mail_reset_body.split('\n')[0]!, { name: account.name }));
	const link = body.match(/https?:\/\/\S+\/reset-password\?token=\S+/)?.[0];
	expect(link, `a reset link in:\n${body}`).toBeTruthy();

	// The link, followed by its recipient.
	await page.goto(link!);
	await expect(page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' })).toBeVisible();
	await ready(page);
	const newPassword = 'un tout nouveau mot de passe';
	await page.getByLabel('Nouveau mot de passe').fill(newPassword);
	await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
	await expect(page).toHaveURL(/\/sign-in\?reset=1$/);
	await expect(page.getByRole('status')).toHaveText(fr.reset_done);

	// The old password no longer works; the new one does.
	await submitSignIn(page, account.email, account.password);
	await expect(page.getByRole('alert')).toContainText(fr.err_credentials);
	await signIn(page, account.email, newPassword);
	await signOut(page);

	// A link works once only, and the page says so before anything is typed.
	await goto(page, link!);
	await expect(page.getByRole('status')).toHaveText(fr.reset_invalid_token);
	await expect(page.getByLabel('Nouveau mot de passe')).toHaveCount(0);
	await page.getByRole('link', { name: fr.reset_request_new }).click();
	await expect(page).toHaveURL(/\/forgot-password$/);
});

test('asking a reset for an address without an account says the same and sends nothing', async ({ page, browser }) => {
	const stranger = freshAccount('inconnu');
	await goto(page, '/forgot-password');
	await page.getByLabel('Adresse électronique').fill(stranger.email);
	await page.getByRole('button', { name: 'Recevoir le lien' }).click();
	await expect(page.getByRole('status')).toHaveText(fr.forgot_sent);

	const admin = await browser.newContext();
	const adminPage = await admin.newPage();
	await signInAsAdmin(adminPage);
	await adminPage.goto('/admin/outbox');
	await expect(adminPage.getByRole('heading', { level: 1, name: fr.admin_outbox_title })).toBeVisible();
	await expect(adminPage.getByText(stranger.email)).toHaveCount(0);
	await admin.close();
});

test('a reset link without its token says it is incomplete', async ({ page }) => {
	await page.goto('/reset-password');
	await expect(page.getByRole('status')).toHaveText(fr.reset_missing_token);
	await expect(page.getByLabel('Nouveau mot de passe')).toHaveCount(0);
	await page.getByRole('link', { name: fr.reset_request_new }).click();
	await expect(page).toHaveURL(/\/forgot-password$/);
});

test('a made-up reset token is refused with a way forward', async ({ page }) => {
	await goto(page, '/reset-password?token=pas-un-vrai-jeton');
	await expect(page.getByRole('status')).toHaveText(fr.reset_invalid_token);
	await expect(page.getByLabel('Nouveau mot de passe')).toHaveCount(0);
	await expect(page.getByRole('link', { name: fr.reset_request_new })).toBeVisible();
});

test.describe('a person whose interface is in Arabic', () => {
	test.use({ locale: 'ar' });

	test('receives the reset mail in Arabic, whatever the administrator’s language', async ({ page, browser }) => {
		const account = freshAccount('arabe');
		await goto(page, '/sign-up');
		await page.getByLabel(ar.field_name).fill(account.name);
		await page.getByLabel(ar.field_email).fill(account.email);
		await page.getByLabel(ar.field_password).fill(account.password);
		await page.getByRole('button', { name: ar.sign_up_submit }).click();
		await expect(page).toHaveURL(/\/account\?welcome=1$/);
		await page.getByRole('button', { name: ar.nav_sign_out }).click();
		await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);

		await goto(page, '/forgot-password');
		await page.getByLabel(ar.field_email).fill(account.email);
		await page.getByRole('button', { name: ar.forgot_submit }).click();
		await expect(page.getByRole('status')).toHaveText(ar.forgot_sent);

		const admin = await browser.newContext({ locale: 'fr-FR' });
		const adminPage = await admin.newPage();
		await signInAsAdmin(adminPage);
		await adminPage.goto('/admin/outbox');
		const mail = adminPage.getByRole('listitem').filter({ hasText: account.email });
		await expect(mail.getByRole('heading', { level: 2 })).toHaveText(ar.mail_reset_subject);
		await expect(mail.locator('pre')).toContainText(fill(ar.mail_reset_body.split('\n')[0]!, { name: account.name }));
		await admin.close();
	});
});
