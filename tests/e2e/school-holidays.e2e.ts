import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { ar, expectNoAxeViolations, fill, fr, goto, ready, signInAsAdmin } from './helpers';

const FIXTURE = fileURLToPath(new URL('../fixtures/school-holidays/e2e-zone-c-2027-2028.csv', import.meta.url));
/** Zone A's 2024-2025 Toussaint and Noël, as the demo already has them: importing it changes nothing. */
const ICS = fileURLToPath(new URL('../fixtures/school-holidays/zone-a-2024-2025.ics', import.meta.url));

const yearRow = (page: Page, zone: string, year: string) =>
	page.getByRole('table', { name: fill(fr.time_school_zone_caption, { zone }) }).getByRole('row', { name: year });

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
	await page.getByLabel(fr.time_school_file_label).setInputFiles(file);
	await page.getByRole('button', { name: fr.time_school_submit }).click();
	await ready(page);
}

test('an administrator sees which school years are loaded, is refused a malformed file, then imports one and reads the report', async ({
	page
}) => {
	await signInAsAdmin(page);
	await goto(page, '/admin/school-holidays');
	await expect(page.getByRole('heading', { level: 1, name: fr.time_school_title })).toBeVisible();
	await expect(
		page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: fr.time_nav_school_holidays })
	).toHaveAttribute('aria-current', 'page');
	// The demo loads zone A up to 2025-2026: the current school year is not loaded.
	await expect(yearRow(page, 'A', '2025-2026')).toContainText(fr.time_school_state_complete);
	await expect(yearRow(page, 'A', '2026-2027')).toContainText(fr.time_school_state_missing);
	await expectNoAxeViolations(page);

	// A broken file: refused whole, with its line, and nothing is loaded.
	const broken = (await import('node:fs')).readFileSync(FIXTURE, 'utf8').replace('2028-02-12', '12 février');
	await upload(page, { name: 'casse.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
	const error = page.locator('#field-file-error');
	await expect(error).toContainText(fr.err_time_school_file_malformed);
	await expect(error).toContainText(fill(fr.time_school_error_line, { line: '4' }));
	await expect(yearRow(page, 'C', '2027-2028')).toContainText(fr.time_school_state_missing);
	await expectNoAxeViolations(page);

	await upload(page, FIXTURE);
	const report = page.getByTestId('school-report');
	await expect(report).toHaveText(
		fill(fr.time_school_report_summary, { created: '5', updated: '0', unchanged: '0', removed: '0', rejected: '0' })
	);
	await expect(
		page.getByText(fill(fr.time_school_report_format, { format: fr.time_school_format_official_csv }))
	).toBeVisible();
	await expect(yearRow(page, 'C', '2027-2028')).toContainText(fr.time_school_state_complete);
	await expect(yearRow(page, 'C', '2027-2028').getByRole('cell').nth(1)).toHaveText('5');
	await expectNoAxeViolations(page);

	// The same file again changes nothing.
	await upload(page, FIXTURE);
	await expect(report).toHaveText(
		fill(fr.time_school_report_summary, { created: '0', updated: '0', unchanged: '5', removed: '0', rejected: '0' })
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('an administrator imports a per-zone ICS feed and reads the report', async ({ page }) => {
		await signInAsAdmin(page);
		await goto(page, '/admin/school-holidays');
		await upload(page, ICS);
		await expect(
			page.getByText(fill(fr.time_school_report_format, { format: fr.time_school_format_ics }))
		).toBeVisible();
		await expect(page.getByTestId('school-report')).toHaveText(
			fill(fr.time_school_report_summary, { created: '0', updated: '0', unchanged: '2', removed: '0', rejected: '1' })
		);
		await expect(page.getByText(fr.time_school_rejected_not_a_holiday)).toBeVisible();
		await expect(yearRow(page, 'A', '2024-2025')).toContainText(fr.time_school_state_complete);
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the school holidays page reads right to left and fits the screen', async ({ page, baseURL }) => {
		// Signing in speaks French (the account's language); the language cookie then switches this browser to Arabic.
		await page.context().addCookies([{ name: 'qv_lang', value: 'fr', url: baseURL! }]);
		await signInAsAdmin(page);
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, '/admin/school-holidays');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: ar.time_school_title })).toBeVisible();
		await expect(
			page
				.getByRole('table', { name: fill(ar.time_school_zone_caption, { zone: 'A' }) })
				.getByRole('row', { name: '2026-2027' })
		).toContainText(ar.time_school_state_missing);
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
		await expectNoAxeViolations(page);
	});
});
