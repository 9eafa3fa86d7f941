import { test, expect, type Page } from '@playwright/test';
import { ar, DEMO_PASSWORD, expectNoAxeViolations, fr, goto, signIn } from './helpers';

/** Fatou, member of the demo association "Femmes en Mouvement Saint-Jean". */
const MEMBER_EMAIL = 'membre@demo.quartiers-vivants.fr';

async function publish(page: Page, title: string) {
	await goto(page, '/initiatives');
	await page.getByRole('link', { name: fr.initiatives_new }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.initiative_form_new_title);
	await page.locator('#field-title').fill(title);
	// The first practice of the catalogue will do.
	const practice = page.getByLabel(fr.initiative_field_practice);
	await practice.selectOption({ index: 1 });
	await page.getByLabel(fr.initiative_field_status).selectOption({ label: fr.initiative_status_running });
	await page.getByRole('checkbox', { name: 'Saint-Jean' }).check();
	await page.locator('#field-schedule').fill('Le mercredi de 14 h à 17 h, hors vacances scolaires');
	await page.locator('#field-howToJoin').fill('Entrée libre, sans inscription.');
	await page.getByLabel(fr.initiative_field_contact_email).fill('atelier@femmes-en-mouvement.example');
	return practice;
}

test('a member of an association publishes an initiative, which then appears in the list', async ({ page }) => {
	await signIn(page, MEMBER_EMAIL, DEMO_PASSWORD);
	const title = `Atelier couture ${Date.now()}`;
	await publish(page, title);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: fr.initiative_submit }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	await expect(page.getByRole('status')).toHaveText(fr.initiative_saved);
	await expect(page.getByText('Le mercredi de 14 h à 17 h, hors vacances scolaires')).toBeVisible();
	await expect(page.getByRole('link', { name: 'atelier@femmes-en-mouvement.example' })).toHaveAttribute(
		'href',
		'mailto:atelier@femmes-en-mouvement.example'
	);
	await expectNoAxeViolations(page);

	await goto(page, '/initiatives?status=running');
	await expect(page.getByRole('link', { name: title })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a resident sees initiatives but cannot publish one', async ({ page }) => {
	await signIn(page, 'habitante@demo.quartiers-vivants.fr', DEMO_PASSWORD);
	const response = await page.goto('/initiatives/new');
	expect(response?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a missing quartier is reported next to the field, and what was typed stays', async ({ page }) => {
		await signIn(page, MEMBER_EMAIL, DEMO_PASSWORD);
		const title = `Permanence écrivain public ${Date.now()}`;
		await publish(page, title);
		await page.getByRole('checkbox', { name: 'Saint-Jean' }).uncheck();
		await page.getByRole('button', { name: fr.initiative_submit }).click();

		await expect(page.getByRole('alert')).toContainText(fr.err_initiative_quartier_required);
		await expect(page.locator('#field-quartierIds-error')).toHaveText(fr.err_initiative_quartier_required);
		await expect(page.locator('#field-title')).toHaveValue(title);
		await expect(page.locator('#field-schedule')).toHaveValue('Le mercredi de 14 h à 17 h, hors vacances scolaires');

		await page.getByRole('checkbox', { name: 'Saint-Jean' }).check();
		await page.getByRole('button', { name: fr.initiative_submit }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	});
});

test.describe('in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('an initiative translated into Arabic is read in Arabic, right to left', async ({ page }) => {
		await signIn(page, MEMBER_EMAIL, DEMO_PASSWORD);
		const title = `Jardin partagé ${Date.now()}`;
		await publish(page, title);
		const arabicTitle = `حديقة مشتركة ${Date.now()}`;
		await page.locator('#field-title_ar').fill(arabicTitle);
		await page.locator('#field-schedule_ar').fill('يوم الأربعاء بعد الظهر');
		await page.getByRole('button', { name: fr.initiative_submit }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const url = page.url().replace(/\?.*$/, '');

		// Read as a visitor: a signed-in person's choice of language is saved on their account,
		// and the demo member must stay French for the other tests.
		await page.context().clearCookies();
		await goto(page, '/');
		await page.getByRole('button', { name: 'العربية' }).click();
		await goto(page, new URL(url).pathname);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(arabicTitle);
		await expect(page.getByText('يوم الأربعاء بعد الظهر')).toBeVisible();
		await expect(page.getByRole('heading', { name: ar.initiative_how_to_join })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);

		await goto(page, '/initiatives');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.initiatives_title);
		await expect(page.getByRole('link', { name: arabicTitle })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
