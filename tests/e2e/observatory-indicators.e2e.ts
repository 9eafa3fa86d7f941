import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect, type Page } from '@playwright/test';
import { ar, expectNoAxeViolations, fill, fr, goto, ready, signInAsAdmin } from './helpers';

const fixture = (path: string) => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));
const INDICATORS = fixture('qpv-indicators-occitanie/qp.csv');
const QPV_OCCITANIE = fixture('qpv2024/occitanie_list.csv');
const SOURCE = 'INSEE (population 2015, revenus 2017), compilé par Toulouse DataViz (Hackaviz 2021)';

/** Empalot (Toulouse): QP031010 in the 2015 file, QN03109M in 2024; its figures read from the file itself. */
const lines = readFileSync(INDICATORS, 'utf8').replace('\uFEFF', '').split(/\r?\n/);
const header = lines[0]!.split(',');
const empalot = lines.find((l) => l.startsWith('QP031010,'))!.split(',');
const figure = (column: string) => Number(empalot[header.indexOf(column)]);
const percent = (locale: string, v: number) =>
	new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(v / 100);
const DASHBOARD = '/quartiers/QN03109M/dashboard';

async function importQpvOccitanie(page: Page) {
	await goto(page, '/admin/territory');
	await page.getByLabel(fr.territory_import_list_label).setInputFiles(QPV_OCCITANIE);
	await page.getByRole('button', { name: fr.territory_import_submit }).click();
	await expect(page).toHaveURL(/\/admin\/territory\/imports\/[0-9a-f-]+$/);
}

async function uploadIndicators(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
	await goto(page, '/admin/indicators');
	await page.getByLabel(fr.observatory_import_file_label).setInputFiles(file);
	await page.getByRole('button', { name: fr.observatory_import_read }).click();
	await ready(page);
}

test.describe.configure({ mode: 'serial' });

test('an administrator imports the Occitanie file through the mapping step; the dashboard shows the women’s employment rate with its source', async ({
	page
}) => {
	// Two imports (108 QPV, then 105 rows of indicators) and five pages checked with axe.
	test.setTimeout(180_000);
	await signInAsAdmin(page);
	// The demo territory is Villeurbanne: the 2024 QPV of Occitanie come first, through the existing import.
	await importQpvOccitanie(page);

	await goto(page, '/admin/indicators');
	await expect(page.getByRole('heading', { level: 1, name: fr.observatory_import_title })).toBeVisible();
	await expect(
		page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: fr.observatory_nav_indicators })
	).toHaveAttribute('aria-current', 'page');
	await expectNoAxeViolations(page);

	await uploadIndicators(page, INDICATORS);
	await expect(
		page.getByRole('heading', { level: 2, name: fill(fr.observatory_import_mapping_heading, { file: 'qp.csv' }) })
	).toBeVisible();
	await expect(
		page.getByText(fill(fr.observatory_import_preset_found, { preset: 'occitanie-qpv-hackaviz-2021' }))
	).toBeVisible();
	await expect(page.getByLabel(fr.observatory_import_code_column)).toHaveValue('code_qp');
	await expect(page.getByLabel(fr.observatory_import_year_label)).toHaveValue('2015');
	await expect(page.getByLabel(fill(fr.observatory_import_action_label, { column: 'tx_f_empl' }))).toHaveValue('new');
	await expect(page.getByLabel(fill(fr.observatory_import_action_label, { column: 'disp_q2' }))).toHaveValue('ignore');
	await expect(
		page.getByText(fill(fr.observatory_import_matches_summary, { direct: '0', proposed: '88', unmatched: '17' }))
	).toBeVisible();
	// Same name in the same commune: proposed and ticked; a renamed quartier: proposed, not ticked.
	await expect(
		page.getByLabel(fill(fr.observatory_import_confirm_match, { old: 'Empalot', name: 'Empalot' }))
	).toBeChecked();
	await expect(
		page.getByLabel(
			fill(fr.observatory_import_confirm_match, { old: 'Centre Ancien', name: 'Centre Ancien - Quartier de la Gare' })
		)
	).not.toBeChecked();
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: fr.observatory_import_submit, exact: true }).click();
	await expect(page).toHaveURL(/\/admin\/indicators\/imports\/[0-9a-f-]+$/);
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.observatory_report_title })).toBeVisible();
	const dd = (term: string) =>
		page
			.getByRole('term')
			.filter({ hasText: new RegExp(`^${term}$`) })
			.locator('xpath=following-sibling::dd[1]');
	await expect(dd(fr.observatory_report_rows)).toHaveText('105');
	await expect(dd(fr.observatory_report_quartiers)).toHaveText('79');
	await expect(dd(fr.observatory_report_unmatched)).toHaveText('26');
	await expectNoAxeViolations(page);

	// From the quartier's page to its dashboard.
	await goto(page, '/quartiers/QN03109M');
	await page.getByRole('link', { name: fr.observatory_dashboard_link }).click();
	await expect(page).toHaveURL(new RegExp(`${DASHBOARD}$`));
	await ready(page);
	await expect(
		page.getByRole('heading', { level: 1, name: fill(fr.observatory_dashboard_title, { name: 'Empalot' }) })
	).toBeVisible();
	const sentence = fill(fr.observatory_sentence_employment, {
		women: percent('fr', figure('tx_f_empl')),
		all: percent('fr', figure('tx_tot_empl'))
	});
	// The sentence under the heading (the chart's <desc> says it too).
	await expect(page.locator('p.indicator-sentence').filter({ hasText: sentence })).toBeVisible();
	const measure = page.locator('section.indicator-measure').filter({ hasText: sentence });
	await expect(
		measure.getByText(fill(fr.observatory_source, { source: SOURCE, licence: 'Licence Ouverte 2.0' }))
	).toBeVisible();
	const table = measure.getByRole('table');
	await expect(table.getByRole('row').filter({ hasText: fr.observatory_territory_quartier })).toContainText(
		percent('fr', figure('tx_f_empl'))
	);
	// The population-weighted mean of the file's quartiers, named as such.
	await expect(table.getByRole('rowheader', { name: fr.observatory_reference_file_weighted_mean })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a planner building a scenario for Empalot sees its official figures, women beside everyone', async ({ page }) => {
	await signInAsAdmin(page);
	await goto(page, '/planner');
	await page.locator('#pick-commune').selectOption({ label: 'Toulouse' });
	await page.getByRole('button', { name: fr.planner_new_pick_commune }).click();
	await ready(page);
	await page.getByLabel(fr.planner_field_name).fill('Empalot, rez-de-chaussée');
	await page.getByRole('checkbox', { name: /Empalot/ }).check();
	await page.getByRole('button', { name: fr.planner_new_submit }).click();
	await expect(page).toHaveURL(/\/planner\/[0-9a-f-]{36}\?saved=created$/);
	await ready(page);
	const figures = page.getByRole('table', { name: fr.planner_indicators_caption });
	const plain = (v: number) => `${new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(v)} %`;
	await expect(figures.getByRole('row').filter({ hasText: "Taux d'emploi des 15-64 ans" })).toContainText(
		plain(figure('tx_f_empl'))
	);
	await expect(
		figures.getByRole('link', { name: fill(fr.planner_indicators_dashboard, { name: 'Empalot' }) })
	).toHaveAttribute('href', DASHBOARD);
	await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a malformed file is refused whole with its line; the same file imports again, matched by the aliases', async ({
		page
	}) => {
		// Two uploads, two imports and a dashboard checked with axe, on a slow machine.
		test.setTimeout(180_000);
		await signInAsAdmin(page);
		const broken = lines.map((l, i) => {
			if (i !== 49) return l;
			const f = l.split(',');
			f[header.indexOf('tx_f_empl')] = 'quarante';
			return f.join(',');
		});
		await uploadIndicators(page, { name: 'casse.csv', mimeType: 'text/csv', buffer: Buffer.from(broken.join('\n')) });
		// Read at the first step with the preset's mapping: refused at the import, with the line.
		await page.getByRole('button', { name: fr.observatory_import_submit, exact: true }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_observatory_not_a_number);
		await expect(page.getByRole('alert')).toContainText(
			fill(fr.observatory_import_at_line_column, { line: '50', column: 'tx_f_empl' })
		);

		await uploadIndicators(page, INDICATORS);
		await expect(
			page.getByText(fill(fr.observatory_import_matches_summary, { direct: '79', proposed: '9', unmatched: '17' }))
		).toBeVisible();
		await expect(page.getByLabel(fill(fr.observatory_import_action_label, { column: 'tx_f_empl' }))).toHaveValue(
			'existing:tx_f_empl'
		);
		await page.getByRole('button', { name: fr.observatory_import_submit, exact: true }).click();
		await expect(page).toHaveURL(/\/admin\/indicators\/imports\/[0-9a-f-]+$/);

		await goto(page, DASHBOARD);
		const chart = page.getByRole('img', {
			name: fill(fr.observatory_chart_title, { label: "Taux d'emploi des 15-64 ans", name: 'Empalot' })
		});
		await expect(chart).toBeVisible();
		await expect(chart.locator('desc')).toContainText(percent('fr', figure('tx_f_empl')));
		// No axe here: with scripts disabled Chromium never fires axe's timers on this page and the
		// audit never ends. The same server-rendered dashboard is audited in the first test and in Arabic below.
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	test('the dashboard reads right to left, its sentence in Arabic, and fits the screen', async ({ page, baseURL }) => {
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, DASHBOARD);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 2, name: ar.observatory_official_heading })).toBeVisible();
		const sentence = fill(ar.observatory_sentence_employment, {
			women: percent('ar-u-nu-latn', figure('tx_f_empl')),
			all: percent('ar-u-nu-latn', figure('tx_tot_empl'))
		});
		await expect(page.locator('p.indicator-sentence').filter({ hasText: sentence })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'معدل التشغيل لدى الفئة 15-64 سنة' })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);

		// A quartier with rooms: the occupancy chart and its table fit the phone too.
		await goto(page, '/quartiers/QN06921M/dashboard');
		await expect(
			page.getByRole('img', { name: fill(ar.observatory_occupancy_chart, { name: 'Les Buers' }) })
		).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});

test('the open data lists the indicators with their columns and licence; the CSV is there', async ({ page }) => {
	await goto(page, '/open-data');
	await expect(page.getByRole('heading', { level: 3, name: fr.observatory_ds_indicators })).toBeVisible();
	await expect(page.getByText(fr.observatory_ds_indicators_licence)).toBeVisible();
	await expectNoAxeViolations(page);
	const csv = await (await page.request.get('/open-data/indicators.csv')).text();
	expect(csv.split('\r\n').find((l) => l.startsWith('tx_f_empl,') && l.includes('QN03109M'))).toContain(
		`,2015,${figure('tx_f_empl')},false,`
	);
});

test('a demo quartier’s dashboard shows what the platform knows: top needs, running initiatives, rooms and their occupancy', async ({
	page
}) => {
	await goto(page, '/quartiers/QN06920M/dashboard');
	const platform = page.getByRole('region', { name: fr.impact_section_platform });
	await expect(platform.getByRole('heading', { level: 3, name: fr.impact_fiche_needs })).toBeVisible();
	await expect(
		platform.getByRole('listitem').filter({ hasText: 'Une garde pour les petits pendant les cours de français' })
	).toContainText(fill(fr.impact_fiche_supports, { count: '' }).trim());
	await expect(platform.getByRole('link', { name: 'Ateliers de français du mardi et du jeudi' })).toBeVisible();
	// No shared room stands in Saint-Jean: said in words.
	await expect(platform.getByText(fr.impact_rooms_none)).toBeVisible();
	await expectNoAxeViolations(page);

	// Les Buers has rooms: a chart (an SVG image with its sentence) and the same figures as a table.
	await goto(page, '/quartiers/QN06921M/dashboard');
	const chart = platform.getByRole('img', { name: fill(fr.observatory_occupancy_chart, { name: 'Les Buers' }) });
	await expect(chart).toBeVisible();
	const rooms = platform.getByRole('table', { name: fill(fr.impact_occupancy_caption, { weeks: '4' }) });
	const rows = await rooms.locator('tbody tr').count();
	expect(rows).toBeGreaterThan(0);
	expect(await chart.locator('.bar-chart__value').count()).toBe(rows);
	await expect(platform.locator('p.indicator-sentence')).toContainText(/\d+ %|sur demande/);
	await expectNoAxeViolations(page);

	// With the keyboard alone, from the dashboard to the quartier's impact page.
	const impactLink = platform.getByRole('link', { name: fr.observatory_platform_impact_link });
	await impactLink.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/quartiers\/QN06921M\/impact$/);
});
