/**
 * Impact reports and the fiche quartier, as people use them: a member of Femmes en Mouvement
 * Saint-Jean files January's report for the French workshops with 3 women aged 35–49 among
 * larger groups; the quartier's impact page, its API and its CSV show that group as hidden; the
 * fiche quartier prints on one A4 page in Arabic. Filing January again edits it, so every test
 * files the same figures and the order they run in does not matter.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn } from './helpers';

const MEMBER = 'membre@demo.quartiers-vivants.fr';
const WORKSHOPS = 'Ateliers de français du mardi et du jeudi';
const QUARTIER = 'QN06920M';
const YEAR = String(new Date().getFullYear());
const MONTH = `${YEAR}-01`;
/** Age bands in the order of the grid and of the tables: 35–49 is the sixth column. */
const BAND_35_49 = 5;

const FIGURES: Record<string, string> = {
	'p_woman_35-49': '3',
	'p_woman_25-34': '12',
	'p_man_25-34': '8',
	childcareHours: '16',
	peopleTrained: '7',
	peopleBackToWork: '1'
};

async function openReports(page: Page): Promise<void> {
	await goto(page, '/initiatives');
	await page.getByRole('link', { name: WORKSHOPS }).first().click();
	await ready(page);
	await page.getByRole('link', { name: fr.impact_reports_link }).click();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(
		fill(fr.impact_reports_title, { title: '' }).trim()
	);
}

async function fileJanuary(page: Page, javaScript: boolean): Promise<void> {
	await openReports(page);
	if (javaScript) await expectNoAxeViolations(page);
	await page.getByRole('link', { name: fr.impact_reports_new }).click();
	await ready(page);
	await page.getByLabel(fr.impact_form_month, { exact: true }).fill(MONTH);
	for (const [field, value] of Object.entries(FIGURES)) await page.locator(`[name="${field}"]`).fill(value);
	if (javaScript) await expectNoAxeViolations(page);
	await page.getByRole('button', { name: fr.impact_form_save }).click();
	await ready(page);
	await expect(page.getByText(fill(fr.impact_reports_saved, { month: '' }).split(' ')[0]!).first()).toBeVisible();
	await expect(page.getByRole('link', { name: new RegExp(`${YEAR}`) }).first()).toBeVisible();
}

test('a member files a report with 3 participants in one age band: hidden on the page, in the API and in the CSV', async ({
	page,
	request
}) => {
	// Four pages checked with axe, one of them a grid of 36 fields: more than the default minute here.
	test.slow();
	await signIn(page, MEMBER, DEMO_PASSWORD);
	await fileJanuary(page, true);

	// The page of the quartier's impact, read by anyone.
	await goto(page, `/quartiers/${QUARTIER}/impact`);
	const table = page.getByRole('table', { name: fill(fr.impact_participants_caption, { year: YEAR }) });
	await expect(table).toBeVisible();
	const women = table.getByRole('row', { name: new RegExp(`^${fr.impact_sex_woman}`) });
	await expect(women.getByRole('cell').nth(BAND_35_49)).toHaveText(fr.results_suppressed);
	await expect(page.getByText(fr.results_suppressed_note).first()).toBeVisible();
	// Last year's demo reports are large enough to be shown, but for two men aged 65 and over.
	const lastYear = page.getByRole('table', {
		name: fill(fr.impact_participants_caption, { year: String(Number(YEAR) - 1) })
	});
	await expect(
		lastYear
			.getByRole('row', { name: new RegExp(`^${fr.impact_sex_woman}`) })
			.getByRole('cell')
			.nth(BAND_35_49)
	).toHaveText('35');
	await expectNoAxeViolations(page);

	// The same table in the API…
	const api = await request.get(`/api/v1/quartiers/${QUARTIER}/impact`);
	expect(api.status()).toBe(200);
	const body = (await api.json()) as {
		data: { years: { year: number; participants: { cells: (number | null)[][] } }[] };
	};
	const year = body.data.years.find((y) => y.year === Number(YEAR))!;
	expect(year.participants.cells[0]![BAND_35_49]).toBeNull();
	expect(JSON.stringify(body)).not.toMatch(/"cells":\[\[[^\]]*\b3\b/);

	// …and in the CSV linked from the page.
	const csv = await (await request.get(`/quartiers/${QUARTIER}/impact.csv`)).text();
	expect(csv).toContain(`${QUARTIER},${YEAR},participants,woman,35-49,,true,5`);
	await expect(page.getByRole('link', { name: fr.impact_csv_link })).toHaveAttribute(
		'href',
		`/quartiers/${QUARTIER}/impact.csv`
	);
});

test('the fiche quartier prints on one A4 page in Arabic, and its PDF is one page', async ({ page, request }) => {
	await goto(page, `/quartiers/${QUARTIER}/fiche?lang=ar`);
	const sheet = page.locator('section.fiche');
	await expect(sheet).toHaveAttribute('dir', 'rtl');
	await expect(sheet).toHaveAttribute('lang', 'ar');
	await expect(sheet.getByRole('heading', { level: 3, name: ar.impact_fiche_needs })).toBeVisible();
	await expectNoAxeViolations(page);

	// On paper: only the sheet, and the sheet no taller than A4 less the 12 mm margins (273 mm).
	await page.setViewportSize({ width: Math.floor((186 / 25.4) * 96), height: 1100 });
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-tools')).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
	const height = (await sheet.boundingBox())!.height;
	expect(height, 'the sheet fits one A4 page (273 mm ≈ 1032 CSS px)').toBeLessThanOrEqual((273 / 25.4) * 96);
	const printed = await page.pdf({ preferCSSPageSize: true, printBackground: false });
	expect(printed.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g)).toHaveLength(1);

	const pdf = await request.get(`/quartiers/${QUARTIER}/fiche.pdf?lang=ar`);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(pdf.headers()['content-disposition']).toContain(`fiche-quartier-${QUARTIER}-ar.pdf`);
	const bytes = await pdf.body();
	expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
	// One page object (compressed or not, pdfkit writes the page tree's /Count in clear).
	expect(bytes.toString('latin1')).toMatch(/\/Type \/Pages\s*\/Count 1\b/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a wrong figure comes back beside its field with the form filled in, then the report is saved', async ({
		page
	}) => {
		await signIn(page, MEMBER, DEMO_PASSWORD);
		await fileJanuary(page, false);
		await page
			.getByRole('link', { name: new RegExp(YEAR) })
			.first()
			.click();
		await ready(page);
		await expect(page.getByLabel(fr.impact_form_month, { exact: true })).toHaveValue(MONTH);
		await page.locator('[name="p_man_65+"]').fill('-4');
		await page.getByRole('button', { name: fr.impact_form_save }).click();
		await ready(page);
		await expect(page.getByText(fr.err_impact_figure_invalid).first()).toBeVisible();
		await expect(page.locator('[name="p_man_65+"]')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.locator('[name="p_woman_25-34"]')).toHaveValue('12');
		await page.locator('[name="p_man_65+"]').fill('0');
		await page.getByRole('button', { name: fr.impact_form_save }).click();
		await ready(page);
		await expect(page.getByRole('table', { name: fr.impact_reports_caption })).toBeVisible();
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the impact page and the fiche read right to left and fit the screen', async ({ page, baseURL }) => {
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		for (const path of [`/quartiers/${QUARTIER}/impact`, `/quartiers/${QUARTIER}/fiche`]) {
			await goto(page, path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
			await expectNoAxeViolations(page);
		}
		await expect(page.getByRole('heading', { level: 1, name: ar.impact_fiche_page_title })).toBeVisible();
	});
});
