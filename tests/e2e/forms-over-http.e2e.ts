import { test, expect } from '@playwright/test';
import { DEMO_PASSWORD, RESIDENT_EMAIL, goto } from './helpers';

// Regression tests for a bug found while writing this suite: over plain HTTP (npm start, this
// suite's server) every form post was refused with 403 "Cross-site POST form submissions are
// forbidden", because @sveltejs/adapter-node 6 no longer reads ORIGIN and assumed https.
// scripts/start.js now tells the adapter the protocol and host of each request.
test.describe('form posts over plain HTTP', () => {
	test('signing in with the demo resident is accepted', async ({ page }) => {
		await goto(page, '/sign-in');
		await page.getByLabel('Adresse électronique').fill(RESIDENT_EMAIL);
		await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page.getByText('Cross-site POST form submissions are forbidden')).toHaveCount(0);
		await expect(page).toHaveURL(/\/account$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
	});

	test('a language button is accepted', async ({ page }) => {
		await goto(page, '/');
		const response = page.waitForResponse(
			(r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/language'
		);
		await page.getByRole('button', { name: 'English' }).click();
		expect((await response).status()).toBe(303);
		await expect(page).toHaveURL(/\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test('a post from another site is still refused', async ({ page }) => {
		const response = await page.request.post('/language', {
			headers: { origin: 'https://site-malveillant.example', 'content-type': 'application/x-www-form-urlencoded' },
			data: 'locale=ar&redirectTo=%2F',
			maxRedirects: 0
		});
		expect(response.status()).toBe(403);
	});
});
