import { test, expect } from '@playwright/test';
import { fill, fr, goto, signUp, signOut, isolated } from './helpers';

test('the first Tab on the home page reaches the skip link, which moves focus to the main content', async ({
	page
}) => {
	await goto(page, '/');
	const skip = page.getByRole('link', { name: 'Aller au contenu' });
	// Hidden until it is focused, then shown on screen.
	expect((await skip.boundingBox())!.y).toBeLessThan(0);
	await page.keyboard.press('Tab');
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();

	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
	// The next Tab starts from the content, not from the header again.
	await page.keyboard.press('Tab');
	const focusedInHeader = await page.evaluate(() => Boolean(document.activeElement?.closest('header')));
	expect(focusedInHeader).toBe(false);
});

test('the sign-in form can be filled and sent with the keyboard alone', async ({ page }) => {
	const account = await signUp(page);
	await signOut(page);
	await goto(page, '/sign-in');

	// From the top of the page, Tab until the e-mail field (header links and language buttons first).
	const email = page.getByLabel('Adresse électronique');
	for (let i = 0; i < 25 && !(await email.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(email).toBeFocused();
	await page.keyboard.type(account.email);
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Mot de passe')).toBeFocused();
	await page.keyboard.type(account.password);
	await page.keyboard.press('Tab');
	const submit = page.getByRole('button', { name: 'Me connecter' });
	await expect(submit).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(page).toHaveURL(/\/account$/);
	await expect(
		page.getByText(fill(fr.account_signed_in_as, { name: isolated(account.name), email: isolated(account.email) }))
	).toBeVisible();
});

test('pressing Enter in the password field sends the sign-in form', async ({ page }) => {
	const account = await signUp(page);
	await signOut(page);
	await goto(page, '/sign-in');
	await page.getByLabel('Adresse électronique').fill(account.email);
	await page.getByLabel('Mot de passe').fill(account.password);
	await page.getByLabel('Mot de passe').press('Enter');
	await expect(page).toHaveURL(/\/account$/);
});

test('the language buttons and the header links are reachable with Tab, in order', async ({ page }) => {
	await goto(page, '/');
	const expected = [
		page.getByRole('link', { name: 'Aller au contenu' }),
		page.getByRole('link', { name: 'Quartiers Vivants' }),
		// The languages come before the menu, in the DOM as on screen.
		page.getByRole('button', { name: 'Français' }),
		page.getByRole('button', { name: 'English' }),
		page.getByRole('button', { name: 'العربية' }),
		page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' }),
		...['Besoins et idées', 'Consultations', 'Catalogue', 'Salles', 'Structures', 'Initiatives', 'Rechercher'].map(
			(name) => page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name })
		),
		page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Se connecter' }),
		page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Créer un compte' })
	];
	for (const target of expected) {
		await page.keyboard.press('Tab');
		await expect(target).toBeFocused();
	}
	// Space on a language button switches the language.
	await page.getByRole('button', { name: 'العربية' }).focus();
	await page.keyboard.press('Space');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
});

test('the account page forms are reachable with Tab and the delete checkbox toggles with Space', async ({ page }) => {
	await signUp(page);
	const confirm = page.getByRole('checkbox', { name: "Je comprends que c'est définitif" });
	await page.getByLabel('Mot de passe', { exact: true }).focus();
	await page.keyboard.press('Tab');
	await expect(confirm).toBeFocused();
	await page.keyboard.press('Space');
	await expect(confirm).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Supprimer définitivement mon compte' })).toBeFocused();
});
