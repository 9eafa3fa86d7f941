/**
 * A moderator decides whether people may post needs without an account in a commune: turned off,
 * a visitor who wants to post is sent to sign in; turned on again (as the demo has it, which other
 * suites expect), the visitor gets the form.
 */
import { test, expect, type Browser } from '@playwright/test';
import { DEMO_PASSWORD, expectNoAxeViolations, fr, goto, ready, signIn } from './helpers';

const MODERATOR_EMAIL = 'moderation@demo.quartiers-vivants.fr';

async function visitorOpensPostingForm(browser: Browser): Promise<string> {
	const context = await browser.newContext({ locale: 'fr-FR' });
	const page = await context.newPage();
	await goto(page, '/needs/new');
	const path = new URL(page.url()).pathname;
	await context.close();
	return path;
}

test('a moderator stops and allows posting without an account in Villeurbanne', async ({ page, browser }) => {
	await signIn(page, MODERATOR_EMAIL, DEMO_PASSWORD);
	await goto(page, '/moderation');
	await page.getByRole('link', { name: fr.moderation_communes_link }).click();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.moderation_communes_title })).toBeVisible();
	const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Villeurbanne/ }) });
	await expect(row).toContainText(fr.moderation_communes_state_on);
	await expectNoAxeViolations(page);
	expect(await visitorOpensPostingForm(browser)).toBe('/needs/new');

	await row.getByRole('button', { name: new RegExp(`^${fr.moderation_communes_turn_off}`) }).click();
	await ready(page);
	await expect(page.getByText(fr.moderation_communes_saved_off)).toBeVisible();
	await expect(row).toContainText(fr.moderation_communes_state_off);
	await expectNoAxeViolations(page);
	expect(await visitorOpensPostingForm(browser)).toBe('/sign-in');

	await row.getByRole('button', { name: new RegExp(`^${fr.moderation_communes_turn_on}`) }).click();
	await ready(page);
	await expect(page.getByText(fr.moderation_communes_saved_on)).toBeVisible();
	await expect(row).toContainText(fr.moderation_communes_state_on);
	expect(await visitorOpensPostingForm(browser)).toBe('/needs/new');
});

test('a resident cannot open the commune posting settings', async ({ page }) => {
	await signIn(page, 'habitante@demo.quartiers-vivants.fr', DEMO_PASSWORD);
	const response = await page.goto('/moderation/communes');
	expect(response?.status()).toBe(403);
});
