import { test, expect, type Page } from '@playwright/test';
import { ar, en, expectNoAxeViolations, fill, fr, goto } from './helpers';

const horizontalOverflow = (page: Page) =>
	page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

test.describe('open data', () => {
	test('the page documents each dataset and its download returns a CSV of the demo rooms', async ({ page }) => {
		await goto(page, '/open-data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.opendata_title);
		await expect(page.getByRole('link', { name: fr.opendata_licence_link })).toHaveAttribute(
			'href',
			'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
		);
		await expect(
			page.getByRole('table', { name: fill(fr.opendata_columns_caption, { dataset: fr.opendata_ds_rooms }) })
		).toContainText('kitchen_level');
		await expectNoAxeViolations(page);

		const link = page.getByRole('link', { name: fill(fr.opendata_download_csv, { dataset: fr.opendata_ds_rooms }) });
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toMatch(/^quartiers-vivants-rooms-\d{4}-\d{2}-\d{2}\.csv$/);

		const res = await page.request.get('/open-data/rooms.csv');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
		const body = await res.body();
		expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = body.toString('utf8').slice(1).split('\r\n');
		expect(lines[0]).toMatch(/^id,name,description,facility_id,facility_name,address,/);
		// The demo's rooms are in Villeurbanne.
		expect(lines.length).toBeGreaterThan(2);
		expect(lines[1]).toContain('69266');
	});

	test('the read API answers JSON that points to the OpenAPI document', async ({ page }) => {
		const list = await page.request.get('/api/v1/quartiers?per_page=2');
		expect(list.status()).toBe(200);
		expect(list.headers()['access-control-allow-origin']).toBe('*');
		const body = (await list.json()) as { data: { qpv_code: string }[]; meta: { total: number } };
		expect(body.data).toHaveLength(2);
		expect(body.meta.total).toBeGreaterThanOrEqual(3);
		expect(list.headers()['link']).toContain('rel="next"');

		const bad = await page.request.get('/api/v1/rooms?per_page=500');
		expect(bad.status()).toBe(400);
		expect(bad.headers()['content-type']).toBe('application/problem+json');

		const doc = await page.request.get('/api/v1/openapi.json');
		expect(((await doc.json()) as { openapi: string }).openapi).toBe('3.1.0');
		expect(doc.headers()['content-security-policy']).toContain("default-src 'none'");

		await goto(page, '/api');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.api_title);
		await expect(page.getByRole('link', { name: fr.api_document_link })).toHaveAttribute(
			'href',
			'/api/v1/openapi.json'
		);
		await expectNoAxeViolations(page);
	});
});

test.describe('open data in English', () => {
	test.use({ locale: 'en-GB' });

	test('the page is in the visitor’s language', async ({ page }) => {
		await goto(page, '/open-data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(en.opendata_title);
		await expect(page.getByRole('heading', { level: 3, name: en.opendata_ds_practices })).toBeVisible();
	});
});

test.describe('open data without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the pages and the download links work', async ({ page }) => {
		await page.goto('/open-data');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.opendata_title);
		const link = page.getByRole('link', {
			name: fill(fr.opendata_download_geojson, { dataset: fr.opendata_ds_quartiers })
		});
		const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(download.suggestedFilename()).toMatch(/\.geojson$/);
		await page.goto('/api');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.api_title);
	});
});

test.describe('open data in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	for (const [path, title] of [
		['/open-data', ar.opendata_title],
		['/api', ar.api_title]
	] as const) {
		test(`${path} is right to left, without horizontal scroll, and passes axe`, async ({ page }) => {
			await goto(page, path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
			await expectNoAxeViolations(page);
		});
	}
});
