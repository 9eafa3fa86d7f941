import { test, expect } from '@playwright/test';
import { enableTwoFactor, fr, goto, ready, signOut, signUp, submitSignIn, submitTwoFactorCode, totp } from './helpers';

test('a resident turns two-factor on, signs in with a code, and turns it off again', async ({ page }) => {
	const account = await signUp(page);
	await expect(page.getByText(fr.account_security_off)).toBeVisible();
	await page.getByRole('link', { name: 'Gérer la vérification en deux étapes' }).click();
	await expect(page).toHaveURL(/\/account\/security$/);
	await ready(page);

	// A wrong password does not start the set-up.
	await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
	await page.getByRole('button', { name: 'Activer' }).click();
	await expect(page.getByLabel('Mot de passe')).toHaveAccessibleDescription(fr.err_password_wrong);
	await expect(page.getByTestId('totp-secret')).toHaveCount(0);

	const secret = await enableTwoFactor(page, account.password);
	await goto(page, '/account');
	await expect(page.getByText(fr.account_security_on)).toBeVisible();

	await signOut(page);
	await submitSignIn(page, account.email, account.password);
	await expect(page).toHaveURL(/\/sign-in\/two-factor\?redirectTo=%2Faccount$/);
	// The password alone opens nothing.
	await page.goto('/account');
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);

	await submitSignIn(page, account.email, account.password);
	await submitTwoFactorCode(page, totp(secret));
	await expect(page).toHaveURL(/\/account$/);

	await goto(page, '/account/security');
	await page.getByLabel('Mot de passe').fill(account.password);
	await page.getByRole('button', { name: 'Désactiver' }).click();
	await expect(page).toHaveURL(/\/account\/security\?done=disabled$/);
	await expect(page.getByRole('status')).toHaveText(fr.security_disabled);

	await signOut(page);
	await submitSignIn(page, account.email, account.password);
	await expect(page).toHaveURL(/\/account$/);
});

test('a wrong code during set-up keeps the QR code and the key, and two-factor stays off', async ({ page }) => {
	const account = await signUp(page);
	await goto(page, '/account/security');
	await page.getByLabel('Mot de passe').fill(account.password);
	await page.getByRole('button', { name: 'Activer' }).click();
	const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
	await ready(page);
	await page.getByLabel(fr.field_code_setup).fill('123');
	await page.getByRole('button', { name: "Confirmer l'activation" }).click();
	await expect(page.getByLabel(fr.field_code_setup)).toHaveAccessibleDescription(fr.err_code_invalid);
	await expect(page.getByTestId('totp-secret')).toHaveText(secret);
	await expect(page.getByRole('img', { name: fr.security_qr_alt })).toBeVisible();
	// The backup codes, shown only during set-up, are not lost by a mistyped code.
	await expect(page.getByRole('heading', { name: fr.security_backup_codes })).toBeVisible();
	await expect(page.locator('.codes li')).toHaveCount(10);

	await goto(page, '/account');
	await expect(page.getByText(fr.account_security_off)).toBeVisible();
	await signOut(page);
	await submitSignIn(page, account.email, account.password);
	await expect(page).toHaveURL(/\/account$/);
});
