import { test, expect, type Locator, type Page } from '@playwright/test';
import {
	ADMIN_EMAIL,
	DEMO_PASSWORD,
	RESIDENT_EMAIL,
	enableTwoFactor,
	fill,
	fr,
	goto,
	ready,
	signIn,
	signInAsAdmin,
	signOut,
	signUp,
	submitSignIn,
	submitTwoFactorCode,
	totp,
	isolated,
	personElsewhere
} from './helpers';

/** Searches the accounts list for one address and returns its row. */
async function findUserRow(page: Page, email: string): Promise<Locator> {
	await goto(page, '/admin/users');
	await page.getByLabel('Rechercher un nom ou une adresse').fill(email);
	await page.getByRole('button', { name: 'Rechercher' }).click();
	await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(email).replace(/[.]/g, '\\.')}$`));
	await expect(page.getByText(fill(fr.admin_users_count, { count: '1' }))).toBeVisible();
	await ready(page);
	const row = page.getByRole('row').filter({ hasText: email });
	await expect(row).toHaveCount(1);
	return row;
}

async function grant(page: Page, row: Locator, name: string, role: string, scope: string): Promise<void> {
	await row.getByText(fill(fr.admin_grant_heading, { name: isolated(name) })).click();
	await row.getByLabel('Rôle', { exact: true }).selectOption({ label: role });
	await row.getByLabel('Périmètre').selectOption({ label: scope });
	await row.getByRole('button', { name: 'Donner le rôle' }).click();
}

test('the administrator signs in with a TOTP code and sees the accounts', async ({ page }) => {
	await signInAsAdmin(page);
	await page.goto('/admin');
	await expect(page).toHaveURL(/\/admin\/users$/);
	await expect(
		page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Comptes et rôles' })
	).toHaveAttribute('aria-current', 'page');
	await expect(page.getByText(/^Comptes : \d+$/)).toBeVisible();
	const admin = page.getByRole('row').filter({ hasText: ADMIN_EMAIL });
	await expect(admin.getByRole('rowheader')).toHaveText('Admin démo');
	await expect(admin.getByRole('cell', { name: 'oui', exact: true })).toBeVisible();
	await expect(admin).toContainText('Administratrice ou administrateur');
	const resident = page.getByRole('row').filter({ hasText: RESIDENT_EMAIL });
	await expect(resident.getByRole('rowheader')).toHaveText('Samira (habitante)');
	// The header shows the way to the administration.
	await expect(page.getByRole('banner').getByRole('link', { name: 'Administration' })).toBeVisible();
});

test('a wrong TOTP code is refused and the administrator stays signed out', async ({ page }) => {
	await signInAsAdmin(page); // makes sure two-factor is on, whatever ran before
	await signOut(page);
	await submitSignIn(page, ADMIN_EMAIL, DEMO_PASSWORD, '/sign-in?redirectTo=%2Fadmin%2Fusers');
	await expect(page).toHaveURL(/\/sign-in\/two-factor/);
	await submitTwoFactorCode(page, '000000');
	await expect(page.getByRole('alert')).toContainText(fr.err_code_invalid);
	await expect(page.getByLabel(fr.field_code)).toHaveAccessibleDescription(
		new RegExp(fr.err_code_invalid.replace(/[.]/g, '\\.'))
	);
	await page.goto('/admin/users');
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Fusers$/);
});

test('the administrator gives the Programmiste role to an account, then takes it back', async ({ page, browser }) => {
	const { account, page: personPage, close: closePerson } = await personElsewhere(browser, 'programmiste');

	await signInAsAdmin(page);
	let row = await findUserRow(page, account.email);
	await expect(row.getByRole('rowheader')).toHaveText(account.name);
	await expect(row.getByRole('cell', { name: 'non', exact: true })).toBeVisible();
	await grant(page, row, account.name, 'Programmiste', 'Toute la plateforme');
	await expect(page.getByRole('status')).toHaveText(fr.admin_role_granted);

	row = await findUserRow(page, account.email);
	await expect(row.getByRole('listitem').filter({ hasText: 'Programmiste' })).toBeVisible();
	// The account holder sees the new role too.
	await personPage.reload();
	await expect(personPage.getByRole('region', { name: 'Vos rôles' }).getByRole('listitem')).toHaveText([
		'Habitante ou habitant',
		'Programmiste'
	]);

	// Two steps: open "Retirer", then confirm.
	await row.locator('summary', { hasText: fr.admin_revoke_button }).click();
	await row.getByRole('button', { name: fr.admin_revoke_button, exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(fr.admin_role_revoked);
	row = await findUserRow(page, account.email);
	await expect(row.getByRole('listitem')).toHaveCount(0);
	await personPage.reload();
	await expect(personPage.getByRole('region', { name: 'Vos rôles' }).getByRole('listitem')).toHaveText([
		'Habitante ou habitant'
	]);
	await closePerson();
});

test('a role given with a scope that does not suit it is refused, with the reason under the grant form', async ({
	page,
	browser
}) => {
	const { account, close } = await personElsewhere(browser, 'perimetre');
	await close();

	await signInAsAdmin(page);
	const row = await findUserRow(page, account.email);
	await grant(page, row, account.name, "Gestionnaire d'équipements", 'Toute la plateforme');
	const failedRow = page.getByRole('row').filter({ hasText: account.email });
	await expect(failedRow.getByRole('listitem').filter({ hasText: "Gestionnaire d'équipements" })).toHaveCount(0);
	// The reason is in the row's grant form, which comes back open.
	await expect(failedRow.getByRole('alert')).toContainText(fr.err_role_scope);
	await expect(page.getByRole('status')).toHaveCount(0);
});

// A refused grant comes back with the row's "Donner un rôle à …" disclosure open on its error.
test('a refused grant shows its reason without any further click', async ({ page, browser }) => {
	const { account, close } = await personElsewhere(browser, 'perimetre');
	await close();

	await signInAsAdmin(page);
	const row = await findUserRow(page, account.email);
	await grant(page, row, account.name, "Gestionnaire d'équipements", 'Toute la plateforme');
	await expect(page.getByText(fr.err_role_scope)).toBeVisible();
});

test('a new administrator must turn on two-factor before using the administration', async ({ page, browser }) => {
	const { account, page: personPage, close: closePerson } = await personElsewhere(browser, 'admin');

	await signInAsAdmin(page);
	const row = await findUserRow(page, account.email);
	await grant(page, row, account.name, 'Administratrice ou administrateur', 'Toute la plateforme');
	await expect(page.getByRole('status')).toHaveText(fr.admin_role_granted);

	// The new administrator is sent to set up two-factor first.
	await personPage.goto('/account');
	await personPage.getByRole('banner').getByRole('link', { name: 'Administration' }).click();
	await expect(personPage).toHaveURL(/\/account\/security\?required=admin$/);
	await expect(personPage.getByRole('status')).toHaveText(fr.security_required_admin);
	await personPage.goto('/admin/outbox');
	await expect(personPage).toHaveURL(/\/account\/security\?required=admin$/);

	const secret = await enableTwoFactor(personPage, account.password);
	await personPage.goto('/admin/users');
	await expect(personPage.getByRole('heading', { level: 1, name: 'Comptes et rôles' })).toBeVisible();

	// From now on, signing in asks for the code.
	await signOut(personPage);
	await submitSignIn(personPage, account.email, account.password);
	await expect(personPage).toHaveURL(/\/sign-in\/two-factor/);
	await submitTwoFactorCode(personPage, totp(secret));
	await expect(personPage).toHaveURL(/\/account$/);
	await closePerson();
});

test('a resident cannot open the administration', async ({ page }) => {
	const account = await signUp(page);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Administration' })).toHaveCount(0);
	for (const path of ['/admin', '/admin/users', '/admin/outbox']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
		await expect(page.getByRole('heading', { level: 1, name: fr.error_forbidden_title })).toBeVisible();
		await expect(page.getByText(fr.error_forbidden)).toBeVisible();
		await expect(page.getByText(account.email)).toHaveCount(0);
	}
});

test('the demo resident is refused too, and signed-out visitors are asked to sign in', async ({ page }) => {
	await page.goto('/admin/users');
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Fusers$/);
	await signIn(page, RESIDENT_EMAIL, DEMO_PASSWORD);
	const response = await page.goto('/admin/outbox');
	expect(response?.status()).toBe(403);
});
