import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { ar, expectNoAxeViolations, fill, fr, goto, ready, signInAsAdmin } from './helpers';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/qpv2024/${name}`, import.meta.url));
const LIST = fixture('sample_list.csv');
const OUTLINES = fixture('sample_outlines.geojson');

/** The count shown under one heading of the report's summary. */
const countOf = (page: Page, label: string) =>
	page
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${label}$`) })
		.locator('xpath=following-sibling::dd');

async function upload(page: Page, files: { list?: string; outlines?: string }) {
	await goto(page, '/admin/territory');
	await expect(page.getByRole('heading', { level: 1, name: fr.territory_import_title })).toBeVisible();
	if (files.list) await page.getByLabel(fr.territory_import_list_label).setInputFiles(files.list);
	if (files.outlines) await page.getByLabel(fr.territory_import_outlines_label).setInputFiles(files.outlines);
	await page.getByRole('button', { name: fr.territory_import_submit }).click();
}

test('an administrator imports the sample QPV files and reads the report', async ({ page }) => {
	await signInAsAdmin(page);
	await goto(page, '/admin/territory');
	await expect(
		page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: fr.territory_nav_import })
	).toHaveAttribute('aria-current', 'page');
	// Where the files come from, on the page itself.
	await expect(page.getByText(/data\.gouv\.fr/)).toBeVisible();
	await expectNoAxeViolations(page);

	// Two of the sample's QPV are in Occitanie: the observatory's e2e, run earlier against the same
	// server, may have imported them already. They are then recognised by their code, not created.
	let already = 0;
	for (const code of ['QN01202M', 'QN03016M'])
		if ((await page.request.get(`/quartiers/${code}`)).status() === 200) already++;

	await upload(page, { list: LIST, outlines: OUTLINES });
	await expect(page).toHaveURL(/\/admin\/territory\/imports\/[0-9a-f-]+$/);
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.territory_report_title })).toBeVisible();
	// Five new QPV; Saint-Jean, already in the demo, is recognised by its code.
	await expect(countOf(page, fr.territory_report_created)).toHaveText(String(5 - already));
	const same = Number(await countOf(page, fr.territory_report_unchanged).textContent());
	const updated = Number(await countOf(page, fr.territory_report_updated).textContent());
	// Those imported without outlines get theirs now (updated); Saint-Jean is unchanged.
	expect(same + updated).toBe(1 + already);
	expect(same).toBeGreaterThanOrEqual(1);
	await expect(countOf(page, fr.territory_report_rejected)).toHaveText('1');
	const rejected = page.getByRole('table', { name: fr.territory_report_rejected });
	const row = rejected.getByRole('row').filter({ hasText: 'QN06921M' });
	await expect(row).toContainText(fill(fr.territory_report_line, { line: '5' }));
	await expect(row).toContainText(fr.err_qpv_centroid_invalid);
	await expectNoAxeViolations(page);

	// The created quartiers are listed, and lead to their public page.
	await page.getByText(fill(fr.territory_report_created_list, { count: String(5 - already) })).click();
	await page.getByRole('link', { name: /QN00201M/ }).click();
	await expect(page).toHaveURL(/\/quartiers\/QN00201M$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Europe' })).toBeVisible();
	await expect(page.getByText('Omissy', { exact: true })).toBeVisible();
	await expect(page.getByText('Saint-Quentin', { exact: true })).toBeVisible();
	await expect(
		page.getByRole('img', { name: fill(fr.territory_quartier_map_title, { name: 'Europe' }) })
	).toBeVisible();
});

test('an administrator corrects the time zone of a commune, after a clear refusal', async ({ page }) => {
	await signInAsAdmin(page);
	await goto(page, '/admin/territory/communes?q=abymes');
	await expectNoAxeViolations(page);
	const row = page.getByRole('row').filter({ hasText: '97101' });
	await expect(row.getByLabel(fr.territory_time_zone_label)).toHaveValue('America/Guadeloupe');
	await expect(row.getByLabel(fr.territory_zone_label)).toHaveValue('');
	await row.getByLabel(fr.territory_time_zone_label).fill('Guadeloupe/Pointe-a-Pitre');
	await row.getByRole('button', { name: fr.territory_commune_save }).click();
	await ready(page);
	const refused = page.getByRole('row').filter({ hasText: '97101' });
	await expect(refused.getByText(fr.err_commune_time_zone_invalid).first()).toBeVisible();
	await expect(refused.getByLabel(fr.territory_time_zone_label)).toHaveValue('Guadeloupe/Pointe-a-Pitre');
	await refused.getByLabel(fr.territory_time_zone_label).fill('America/Guadeloupe');
	await refused.getByLabel(fr.territory_zone_label).selectOption('C');
	await refused.getByRole('button', { name: fr.territory_commune_save }).click();
	await expect(page.getByRole('status').filter({ hasText: fr.territory_commune_saved })).toBeVisible();
	await ready(page);
	await expect(page.getByRole('row').filter({ hasText: '97101' }).getByLabel(fr.territory_zone_label)).toHaveValue('C');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the same import runs again and changes nothing; swapped files are refused whole', async ({ page }) => {
		await signInAsAdmin(page);
		await upload(page, { list: OUTLINES, outlines: LIST });
		await expect(page).toHaveURL(/\/admin\/territory(\?\/import)?$/);
		const field = page.locator('.field').filter({ has: page.getByLabel(fr.territory_import_list_label) });
		await expect(field.getByText(fr.err_qpv_list_header)).toBeVisible();
		await expect(page.getByRole('alert')).toContainText(fr.err_qpv_list_header);

		await upload(page, { list: LIST, outlines: OUTLINES });
		await expect(page).toHaveURL(/\/admin\/territory\/imports\/[0-9a-f-]+$/);
		await expect(countOf(page, fr.territory_report_created)).toHaveText('0');
		await expect(countOf(page, fr.territory_report_unchanged)).toHaveText('6');
		await expect(countOf(page, fr.territory_report_rejected)).toHaveText('1');
	});

	test('files over the size limit are refused with a clear message', async ({ page }, testInfo) => {
		await signInAsAdmin(page);
		// Over the outlines' own limit, then over what the whole form may send.
		for (const [megabytes, message] of [
			[13, fr.err_qpv_file_too_large],
			[15, fr.err_qpv_upload_too_large]
		] as const) {
			const big = testInfo.outputPath(`contours-${megabytes}.geojson`);
			writeFileSync(big, Buffer.alloc(megabytes * 1024 * 1024, 0x20));
			await upload(page, { list: LIST, outlines: big });
			await expect(page.getByRole('alert')).toContainText(message);
		}
	});

	test('the list of quartiers is filtered with a plain GET form', async ({ page }) => {
		await goto(page, '/quartiers');
		await page.getByLabel(fr.territory_quartiers_search).fill('saint-quentin');
		await page.getByRole('button', { name: fr.territory_search_submit }).click();
		await expect(page).toHaveURL(/\/quartiers\?q=saint-quentin$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Omissy' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Europe' })).toBeVisible();
	});
});

test.describe('in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	const overflow = (page: Page) =>
		page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

	test('the quartiers and a quartier page read right to left, without sideways scrolling', async ({ page }) => {
		await goto(page, '/quartiers?q=villeurbanne');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: ar.territory_quartiers_title })).toBeVisible();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Saint-Jean' }).click();
		await expect(page).toHaveURL(/\/quartiers\/QN06920M$/);
		await ready(page);
		await expect(page.getByText(fill(ar.territory_quartier_qpv, { code: 'QN06920M' }))).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: ar.territory_quartier_facilities })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: ar.territory_quartier_organisations })).toBeVisible();
		// The demo's association working in Saint-Jean.
		await expect(page.getByRole('heading', { level: 3, name: 'Femmes en Mouvement Saint-Jean' })).toBeVisible();
		const map = await page
			.getByRole('img', { name: fill(ar.territory_quartier_map_title, { name: 'Saint-Jean' }) })
			.boundingBox();
		expect(map!.x).toBeGreaterThanOrEqual(0);
		expect(map!.x + map!.width).toBeLessThanOrEqual(360);
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});

test('an unknown quartier is a 404 page, and a resident cannot open the import', async ({ page }) => {
	const response = await page.goto('/quartiers/QN99999X');
	expect(response?.status()).toBe(404);
	await page.goto('/admin/territory');
	await expect(page).toHaveURL(/\/sign-in\?redirectTo=%2Fadmin%2Fterritory$/);
});
