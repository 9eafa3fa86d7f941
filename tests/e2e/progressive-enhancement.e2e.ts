import { test, expect } from '@playwright/test';
import { fr, goto, ready } from './helpers';

// What changes once the page's scripts run: hydration, navigation without reloads, the CSP.

test('links followed once the scripts run open the right page, with its title', async ({ page }) => {
	await goto(page, '/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).click();
	await expect(page).toHaveURL(/\/legal$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.legal_title);
	await expect(page).toHaveTitle(`${fr.legal_title} — ${fr.site_name}`);
	await page
		.getByRole('navigation', { name: 'Navigation principale' })
		.getByRole('link', { name: 'Se connecter' })
		.click();
	await expect(page).toHaveURL(/\/sign-in$/);
	await expect(
		page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Se connecter' })
	).toHaveAttribute('aria-current', 'page');
});

// On a slow phone connection, what is typed before the scripts load must survive hydration.
test('what is typed before the scripts have loaded is kept', async ({ page }) => {
	// A slow connection: the app's scripts arrive 1.5 s after the page.
	await page.route('**/_app/immutable/**', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.goto('/sign-in', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Adresse électronique').fill('lente@exemple.fr');
	await page.getByLabel('Mot de passe').fill('une phrase de passe');
	await ready(page);
	await expect(page.getByLabel('Adresse électronique')).toHaveValue('lente@exemple.fr');
	await expect(page.getByLabel('Mot de passe')).toHaveValue('une phrase de passe');
});

// The Content-Security-Policy (style-src 'self') makes Chromium log a violation on every page when
// Svelte parses the route announcer's inline style; the style still ends up applied. This checks
// what a person would notice if it did not: the announced title showing up as stray text.
test('the page title announced after following a link stays visually hidden', async ({ page }) => {
	await goto(page, '/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Mentions légales' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.legal_title);
	const announced = page.getByText(`${fr.legal_title} — ${fr.site_name}`, { exact: true });
	await expect(announced).toBeAttached();
	const box = await announced.boundingBox();
	expect(box!.width).toBeLessThanOrEqual(1);
	expect(box!.height).toBeLessThanOrEqual(1);
});
