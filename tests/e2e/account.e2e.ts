import { readFile } from 'node:fs/promises';
import { test, expect } from '@playwright/test';
import { fr, goto, signIn, signOut, signUp, submitSignIn } from './helpers';

test('“Télécharger mes données” downloads a JSON file with the account’s data', async ({ page }) => {
	const account = await signUp(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Télécharger mes données' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^quartiers-vivants-mes-donnees-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(await readFile((await download.path())!, 'utf8'));
	expect(data.profile).toMatchObject({
		email: account.email,
		name: account.name,
		locale: 'fr',
		twoFactorEnabled: false
	});
	expect(data.sessions.length).toBeGreaterThanOrEqual(1);
	expect(data.roles).toEqual([]);
	// Secrets that protect the account are not part of it.
	const text = JSON.stringify(data);
	expect(text).not.toContain(account.password);
	expect(text).not.toMatch(/"password"|"hash"|"secret"/i);
});

test('the data file is only for the signed-in person', async ({ page }) => {
	const response = await page.request.get('/account/data', { maxRedirects: 0 });
	expect(response.status()).toBe(401);
	expect(response.headers()['content-disposition']).toBeUndefined();
	expect(await response.text()).not.toContain('"profile"');
});

test('deleting the account needs the password and the checkbox, then the account is gone', async ({ page }) => {
	const account = await signUp(page);
	const section = page.getByRole('region', { name: 'Supprimer mon compte' });
	const deleteButton = section.getByRole('button', { name: 'Supprimer définitivement mon compte' });

	// Without the checkbox: refused, with the reason by the checkbox.
	await section.getByLabel('Mot de passe', { exact: true }).fill(account.password);
	await deleteButton.click();
	await expect(page.getByRole('region', { name: 'Supprimer mon compte' }).getByRole('alert')).toContainText(
		fr.err_confirm_required
	);
	await expect(page.getByRole('checkbox', { name: "Je comprends que c'est définitif" })).toHaveAccessibleDescription(
		fr.err_confirm_required
	);
	await goto(page, '/account');

	// With a wrong password: refused.
	await section.getByLabel('Mot de passe', { exact: true }).fill('pas le bon mot de passe');
	await section.getByRole('checkbox', { name: "Je comprends que c'est définitif" }).check();
	await deleteButton.click();
	await expect(page.getByRole('region', { name: 'Supprimer mon compte' }).getByRole('alert')).toContainText(
		fr.err_password_wrong
	);
	await goto(page, '/account');
	await expect(page.getByText(account.email)).toBeVisible();

	// With both: the account is deleted and the person signed out.
	await section.getByLabel('Mot de passe', { exact: true }).fill(account.password);
	await section.getByRole('checkbox', { name: "Je comprends que c'est définitif" }).check();
	await deleteButton.click();
	await expect(page).toHaveURL(/\/sign-in\?deleted=1$/);
	await expect(page.getByRole('status')).toHaveText(fr.account_deleted);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Se connecter' })).toBeVisible();
	await page.goto('/account');
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Faccount$/);

	// Signing in with it fails; the address can be used again for a new account.
	await submitSignIn(page, account.email, account.password);
	await expect(page.getByRole('alert')).toContainText(fr.err_credentials);
	await signUp(page, { ...account, name: `${account.name} (de retour)` });
});

test('changing the password: the current one is checked, the new one works', async ({ page }) => {
	const account = await signUp(page);
	const section = page.getByRole('region', { name: 'Changer de mot de passe' });
	await section.getByLabel('Mot de passe actuel').fill('pas le bon mot de passe');
	await section.getByLabel('Nouveau mot de passe').fill('un nouveau mot de passe');
	await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
	await expect(page.getByLabel('Mot de passe actuel')).toHaveAccessibleDescription(fr.err_password_wrong);
	await goto(page, '/account');

	await section.getByLabel('Mot de passe actuel').fill(account.password);
	await section.getByLabel('Nouveau mot de passe').fill('court');
	await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
	await expect(page.getByLabel('Nouveau mot de passe')).toHaveAccessibleDescription(
		new RegExp(fr.err_password_short.replace(/[.]/g, '\\.'))
	);
	await goto(page, '/account');

	await section.getByLabel('Mot de passe actuel').fill(account.password);
	await section.getByLabel('Nouveau mot de passe').fill('un nouveau mot de passe');
	await section.getByRole('button', { name: 'Changer le mot de passe' }).click();
	await expect(page.getByRole('status')).toHaveText(fr.account_password_saved);

	await signOut(page);
	await submitSignIn(page, account.email, account.password);
	await expect(page.getByRole('alert')).toContainText(fr.err_credentials);
	await signIn(page, account.email, 'un nouveau mot de passe');
});
