/**
 * Posting needs and ideas, and reading them: a resident whose posts are already trusted, a
 * visitor without an account (moderated), the list filtered without JavaScript, and the list
 * in Arabic on a small phone.
 */
import { test, expect } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_PASSWORD, RESIDENT_EMAIL, ar, expectNoAxeViolations, fr, goto, ready, signIn } from './helpers';

const unique = () => Date.now().toString(36);

test('a resident posts an idea: it is published at once and found in the list', async ({ page }) => {
	await signIn(page, RESIDENT_EMAIL, DEMO_PASSWORD);
	await goto(page, '/needs');
	await expect(page.getByRole('heading', { level: 1, name: fr.needs_title })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: fr.needs_post }).click();
	await ready(page);
	await expect(page).toHaveURL(/\/needs\/new$/);
	await expect(page.getByText(fr.needs_new_moderation_signed_in)).toBeVisible();
	await expectNoAxeViolations(page);

	// Sent without a title: refused beside the field, what was typed comes back.
	const title = `Un jardin partagé derrière l’école ${unique()}`;
	const body = 'Un coin de terre pour les familles, avec un composteur et des bancs.';
	await page.getByLabel(fr.needs_field_kind_idea, { exact: true }).check();
	await page.getByLabel(fr.needs_field_quartier, { exact: true }).selectOption({ label: 'Saint-Jean' });
	await page.getByLabel(fr.needs_field_theme, { exact: true }).selectOption('AGR');
	await page.getByLabel(fr.needs_field_body, { exact: true }).fill(body);
	await page.getByRole('button', { name: fr.needs_submit }).click();
	await ready(page);
	await expect(page.locator('#field-title-error')).toHaveText(fr.err_required);
	await expect(page.getByLabel(fr.needs_field_body, { exact: true })).toHaveValue(body);
	await expect(page.getByLabel(fr.needs_field_kind_idea, { exact: true })).toBeChecked();
	await expectNoAxeViolations(page);

	await page.getByLabel(fr.needs_field_title, { exact: true }).fill(title);
	const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#5aa58f' } })
		.png()
		.toBuffer();
	await page.getByLabel(fr.needs_field_photo, { exact: true }).setInputFiles({
		name: 'jardin.png',
		mimeType: 'image/png',
		buffer: photo
	});
	await page.getByRole('button', { name: fr.needs_submit }).click();
	// She has published needs already: hers is published at once, and its page says so.
	await page.waitForURL(/\/needs\/[0-9a-f-]{36}\?posted=published$/);

	await goto(page, '/needs');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
	await expect(card).toBeVisible();
	await expect(card).toContainText(fr.needs_kind_idea);
	await expect(card).toContainText(fr.needs_status_published);
	await expect(card).toContainText('Saint-Jean');
	await expect(card.getByRole('link', { name: title })).toHaveAttribute('lang', 'fr');
	// Its photo, re-encoded (PNG becomes WebP), as a thumbnail that loads and may be cached.
	const thumbnail = card.locator('img');
	await expect(thumbnail).toHaveAttribute('src', /^\/needs\/[0-9a-f-]{36}\/photo\/thumbnail$/);
	await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(400);
	const response = await page.request.get((await thumbnail.getAttribute('src'))!);
	expect(response.headers()['content-type']).toBe('image/webp');
	expect(response.headers()['cache-control']).toContain('public');
	await expectNoAxeViolations(page);
});

test('a visitor posts without an account and is told it awaits moderation', async ({ page }) => {
	await goto(page, '/quartiers/QN06921M');
	await expect(page.getByRole('heading', { level: 2, name: fr.needs_quartier_title })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Un restaurant tenu par des femmes du quartier' })).toBeVisible();
	await page.getByRole('link', { name: fr.needs_quartier_post }).click();
	await ready(page);
	await expect(page.getByText(fr.needs_new_moderation_anonymous)).toBeVisible();
	// The quartier comes chosen from its page.
	await expect(page.getByLabel(fr.needs_field_quartier, { exact: true })).toHaveValue(/.+/);
	await expectNoAxeViolations(page);

	const title = `Des bancs devant la pharmacie ${unique()}`;
	await page.getByLabel(fr.needs_field_theme, { exact: true }).selectOption('SEN');
	await page.getByLabel(fr.needs_field_title, { exact: true }).fill(title);
	await page
		.getByLabel(fr.needs_field_body, { exact: true })
		.fill('Les personnes âgées attendent debout devant la pharmacie.');
	await page.getByLabel(fr.needs_field_author_name, { exact: true }).fill('Fatou');
	await page.getByRole('button', { name: fr.needs_submit }).click();
	await ready(page);
	await expect(page).toHaveURL(/\/needs\/new\?posted=submitted$/);
	await expect(page.getByText(fr.needs_posted_submitted)).toBeVisible();
	await expectNoAxeViolations(page);

	// Not in the list until a moderator publishes it.
	await goto(page, '/needs');
	await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the list is filtered by quartier and sorted by support', async ({ page }) => {
		await goto(page, '/needs');
		// Awaiting moderation or refused: never listed.
		await expect(page.getByRole('link', { name: /Une fête des cuisines du monde/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: /Vendez vos followers/ })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'A changing table in the library toilets' })).toBeVisible();

		await page.getByLabel(fr.needs_filter_quartier).selectOption({ label: 'Les Buers' });
		await page.getByLabel(fr.needs_filter_sort).selectOption('supported');
		await page.getByRole('button', { name: fr.needs_filter_submit }).click();
		await ready(page);
		await expect(page).toHaveURL(/[?&]quartier=[^&]+.*sort=supported/);
		const titles = page.locator('main .cards h2 a');
		// Les Buers only, the most supported first (3 supports, then none).
		await expect(titles).toHaveText([
			'Un restaurant tenu par des femmes du quartier',
			'Des ateliers vélo le mercredi après-midi'
		]);
		await expect(page.getByLabel(fr.needs_filter_quartier).locator('option:checked')).toHaveText('Les Buers');

		await page.getByLabel(fr.needs_filter_kind).selectOption('need');
		await page.getByRole('button', { name: fr.needs_filter_submit }).click();
		await ready(page);
		await expect(page.getByText(fr.needs_empty)).toBeVisible();
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the list reads right to left, fits the screen and keeps each need in its language', async ({
		page,
		baseURL
	}) => {
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, '/needs');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: ar.needs_title })).toBeVisible();
		const arabic = page.getByRole('link', { name: 'مكان للنساء للالتقاء والحديث' });
		await expect(arabic).toHaveAttribute('lang', 'ar');
		await expect(page.getByRole('link', { name: 'A changing table in the library toilets' })).toHaveAttribute(
			'lang',
			'en'
		);
		await expect(page.locator('main .cards').getByText(ar.needs_status_under_study)).toBeVisible();
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		await expectNoAxeViolations(page);

		await goto(page, '/needs/new');
		await expect(page.getByRole('heading', { level: 1, name: ar.needs_new_title })).toBeVisible();
		// The text's language defaults to the interface's.
		await expect(page.getByLabel(ar.needs_field_language, { exact: true })).toHaveValue('ar');
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		await expectNoAxeViolations(page);
	});
});
