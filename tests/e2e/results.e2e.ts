import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn, signUp } from './helpers';

/** The closed demo consultation ("Quels horaires pour la crèche itinérante ?"), seeded at every start. */
const RESULTS = '/consultations/0c0a5e17-0000-4000-8000-000000000001/results';
const OPEN_RESULTS = '/consultations/0c0a5e17-0000-4000-8000-000000000002/results';
const TITLE = 'Quels horaires pour la crèche itinérante ?';

/** Picks the breakdown by gender in the plain GET form and checks what a visitor sees. */
async function breakDownByGender(page: Page, javaScript: boolean): Promise<void> {
	await goto(page, RESULTS);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	// Without a breakdown: a chart and its table for the first question.
	await expect(
		page.getByRole('img', { name: new RegExp(`^${escape(fill(fr.results_chart_label, { number: '1', prompt: '' }))}`) })
	).toBeVisible();
	await expect(page.getByRole('table', { name: fill(fr.results_table_caption, { number: '1' }) })).toBeVisible();
	if (javaScript) await expectNoAxeViolations(page);

	await page.getByLabel(fr.results_breakdown_label).selectOption('gender');
	await page.getByRole('button', { name: fr.results_breakdown_submit }).click();
	await ready(page);
	await expect(page).toHaveURL(/[?&]by=gender/);
	const dimension = fr.results_dimension_gender;
	const table = page.getByRole('table', { name: fill(fr.results_breakdown_caption, { number: '1', dimension }) });
	await expect(table).toBeVisible();
	await expect(table.getByRole('columnheader', { name: fr.results_category_man })).toBeVisible();
	await expect(table.getByRole('cell', { name: fr.results_suppressed, exact: true }).first()).toBeVisible();
	await expect(page.getByText(fr.results_suppressed_note).first()).toBeVisible();
	const chart = page.getByRole('img', { name: fill(fr.results_breakdown_chart_label, { number: '1', dimension }) });
	await expect(chart).toBeVisible();
	// The chart says "hidden" in text where a bar would give a small group away.
	await expect(chart.locator('text', { hasText: fr.results_suppressed }).first()).toBeAttached();
	// The options are the consultation's French words, marked so, whatever the page's language.
	await expect(chart.locator('text.bar-chart__heading').first()).toHaveAttribute('lang', 'fr');
	// Free text stays with staff.
	await expect(page.getByText(fr.results_text_staff_only)).toBeVisible();
	await expect(page.getByRole('heading', { name: fr.results_export_heading })).toHaveCount(0);
	if (javaScript) await expectNoAxeViolations(page);
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a visitor reads the results of a closed consultation and breaks them down by gender', async ({ page }) => {
	await breakDownByGender(page, true);
});

test('the results of an open consultation wait for its closing, for the public', async ({ page }) => {
	await goto(page, OPEN_RESULTS);
	await expect(page.getByRole('heading', { level: 2, name: fr.results_not_yet_heading })).toBeVisible();
	await expect(page.getByRole('img')).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('staff read the written answers and download exports without account or demographic columns', async ({ page }) => {
	await signIn(page, 'moderation@demo.quartiers-vivants.fr', DEMO_PASSWORD);
	await goto(page, RESULTS);
	await expect(page.getByRole('heading', { level: 3, name: fr.results_texts_heading })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: fr.results_export_heading })).toBeVisible();
	await expectNoAxeViolations(page);
	const answers = await page.request.get(`${RESULTS}/answers.csv`);
	expect(answers.status()).toBe(200);
	const text = await answers.text();
	expect(text.replace('\uFEFF', '').split('\r\n')[0]).toBe('response,channel,answered_on,q1,q2,q3,q4');
	expect(text).not.toMatch(/@|woman|gender/);
	const breakdown = await page.request.get(`${RESULTS}/breakdown.csv`);
	expect(await breakdown.text()).toContain(',gender,');
	// Staff see the open one too, before it closes.
	await goto(page, OPEN_RESULTS);
	await expect(page.getByText(fr.results_staff_early)).toBeVisible();
});

test('a visitor cannot download the exports', async ({ page }) => {
	const response = await page.request.get(`${RESULTS}/answers.csv`, { maxRedirects: 0 });
	expect(response.status()).toBe(303);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a visitor breaks the results down by gender', async ({ page }) => {
		await breakDownByGender(page, false);
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the results by gender read right to left and fit the screen', async ({ page, baseURL }) => {
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, `${RESULTS}?by=gender`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 2, name: ar.results_how_heading })).toBeVisible();
		const dimension = ar.results_dimension_gender;
		const table = page.getByRole('table', { name: fill(ar.results_breakdown_caption, { number: '1', dimension }) });
		await expect(table.getByRole('cell', { name: ar.results_suppressed, exact: true }).first()).toBeVisible();
		await expect(
			page.getByRole('img', { name: fill(ar.results_breakdown_chart_label, { number: '1', dimension }) })
		).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});

test('a resident gives her demographic block with consent, then withdraws it', async ({ page }) => {
	await signUp(page);
	await page.getByRole('link', { name: fr.results_account_link }).click();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.results_profile_title })).toBeVisible();
	await expect(page.getByText(fr.results_profile_none)).toBeVisible();
	await expectNoAxeViolations(page);

	const gender = page.getByRole('group', { name: fr.results_field_gender });
	await gender.getByLabel(fr.results_gender_woman).check();
	await page.getByRole('group', { name: fr.results_field_childrenUnder3 }).getByLabel(fr.results_category_yes).check();
	// Without consent nothing is kept, and what she chose comes back.
	await page.getByRole('button', { name: fr.results_profile_save }).click();
	await ready(page);
	await expect(page.locator('#field-consent-error')).toHaveText(fr.err_results_consent_required);
	await expect(gender.getByLabel(fr.results_gender_woman)).toBeChecked();
	await expectNoAxeViolations(page);

	await page.getByLabel(fr.results_consent_label).check();
	await page.getByRole('button', { name: fr.results_profile_save }).click();
	await ready(page);
	await expect(page.getByText(fr.results_profile_saved)).toBeVisible();
	await expect(
		page.getByRole('group', { name: fr.results_field_gender }).getByLabel(fr.results_gender_woman)
	).toBeChecked();
	await expect(
		page.getByRole('group', { name: fr.results_field_ageBand }).getByLabel(fr.results_prefer_not)
	).toBeChecked();

	await page.getByRole('button', { name: fr.results_profile_withdraw_submit }).click();
	await ready(page);
	await expect(page.getByText(fr.results_profile_withdrawn)).toBeVisible();
	await expect(page.getByText(fr.results_profile_none)).toBeVisible();
	await expect(
		page.getByRole('group', { name: fr.results_field_gender }).getByLabel(fr.results_prefer_not)
	).toBeChecked();
	await expectNoAxeViolations(page);
});
