/**
 * A planner reads a solve's results: the status in words, the week as a grid and as a table,
 * what could not be served and why, the upgrades against the budget, how rooms are shared; a
 * run still solving refreshes itself; the programme report prints, downloads as a PDF and the
 * timetable as CSV; two runs side by side. Runs come from tests/fixtures/planner-run.ts (see
 * planner-results-server.ts for why this file has an app of its own).
 */
import { expect, test as base, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, ready } from './helpers.js';
import { startPlannerRunsApp, type PlannerRunsApp } from './planner-results-server.js';

const PLANNER_EMAIL = 'programmiste@demo.quartiers-vivants.fr';
const PORT = Number(process.env.E2E_PORT ?? 4173) + 1;

const test = base.extend<object, { app: PlannerRunsApp }>({
	app: [
		// eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies destructured; this one has none.
		async ({}, use) => {
			const app = await startPlannerRunsApp(PORT);
			await use(app);
			await app.stop();
		},
		{ scope: 'worker', timeout: 240_000 }
	]
});
test.use({ baseURL: `http://localhost:${PORT}` });

async function signInAsPlanner(page: Page, messages: typeof fr = fr) {
	await page.goto('/sign-in');
	await page.getByLabel(messages.field_email).fill(PLANNER_EMAIL);
	await page.getByLabel(messages.field_password, { exact: true }).fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: messages.sign_in_submit }).click();
	await expect(page).toHaveURL(/\/account$/);
	await ready(page);
}

const runPath = (app: PlannerRunsApp, run: keyof PlannerRunsApp['runs'] = 'done') =>
	`/planner/${run === 'lowBudget' ? app.lowBudgetScenarioId : app.scenarioId}/runs/${app.runs[run]}`;

test('a finished run: status, grid and table, unmet demand, upgrades and room sharing', async ({ page, app }) => {
	await signInAsPlanner(page);
	await page.goto(runPath(app));
	await ready(page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Pôle social des Izards');
	await expect(page.getByText(fr.plannerresults_status_optimal)).toBeVisible();

	// The grid: one picture per room, with the legend's numbers in the blocks.
	for (const room of [
		'Salle polyvalente Jean-Moulin',
		'Maison des associations — salle 2',
		'Future salle du pôle social'
	])
		await expect(page.getByRole('img', { name: fill(fr.plannerresults_grid_label, { room }) })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: '2. Restaurant de femmes' })).toBeVisible();

	// The same sessions as a table: seven, the restaurant on Monday 9:00–12:00 in the hall.
	const table = page.getByRole('table', { name: fr.plannerresults_table_caption });
	await expect(table.locator('tbody tr')).toHaveCount(7);
	await expect(table.locator('tbody tr').first()).toContainText('Salle polyvalente Jean-Moulin');
	await expect(table.locator('tbody tr').first()).toContainText('Lundi');
	await expect(table.locator('tbody tr').first()).toContainText('09:00–12:00');
	await expect(table.locator('tbody tr').first()).toContainText('Le Petit Prince');

	await expect(page.getByText(fr.plannerresults_unmet_none)).toBeVisible();
	const upgrades = page.getByRole('table', { name: fr.plannerresults_upgrades_caption });
	await expect(upgrades).toContainText('+8 m²');
	await expect(upgrades).toContainText('Cuisine complète');
	await expect(upgrades.locator('tfoot')).toContainText(/51\s000\s€/);
	await expect(upgrades.locator('tfoot')).toContainText(/60\s000\s€/);

	const rooms = page.getByRole('table', { name: fr.plannerresults_rooms_caption });
	const hall = rooms.locator('tbody tr').filter({ hasText: 'Salle polyvalente Jean-Moulin' });
	// Judo club (fixed bookings), restaurant and textile workshop.
	await expect(hall).toContainText('3 : ');
	await expect(hall).toContainText('Judo club des Izards');
	await expect(hall).toContainText('24 %');

	await expect(page.getByRole('link', { name: fr.plannerresults_link_apply })).toHaveAttribute(
		'href',
		`${runPath(app)}/apply`
	);
	await expectNoAxeViolations(page);
});

test('a run cut short by the time limit says so, and why the restaurant is not served', async ({ page, app }) => {
	await signInAsPlanner(page);
	await page.goto(runPath(app, 'lowBudget'));
	await ready(page);
	await expect(
		page.getByText(fill(fr.plannerresults_status_time_limit, { gap: '0,4 %' }).replace(/\u202f/g, ' '))
	).toBeVisible();
	const unmet = page.getByRole('table', { name: fr.plannerresults_unmet_caption });
	await expect(unmet.locator('tbody tr')).toHaveCount(1);
	await expect(unmet).toContainText('Restaurant de femmes');
	await expect(unmet).toContainText(fr.plannerresults_reason_budget);
	await expect(page.getByText(fr.plannerresults_upgrades_none)).toBeVisible();
});

test('a running run shows its progress and asks the server again until it is over', async ({ page, app }) => {
	await signInAsPlanner(page);
	await page.goto(runPath(app, 'running'));
	await ready(page);
	await expect(page.getByRole('heading', { name: fr.plannerresults_running_heading })).toBeVisible();
	const bar = page.getByRole('progressbar', { name: fr.plannerresults_elapsed_label });
	await expect(bar).toHaveAttribute('value', '8000');
	await expect(bar).toHaveAttribute('max', '20000');
	await expect(page.getByText(fill(fr.plannerresults_elapsed, { elapsed: '8', limit: '20' }))).toBeVisible();
	// With JavaScript: the page's data is fetched again, without reloading the page.
	await page.waitForRequest((r) => r.url().includes('__data.json'), { timeout: 5000 });
	await expectNoAxeViolations(page);

	const failed = await page.goto(runPath(app, 'failed'));
	expect(failed?.status()).toBe(200);
	await expect(page.getByRole('alert')).toContainText(fr.plannerresults_failed_heading);
	await expect(page.getByRole('alert')).toContainText('worker exited with code 1');
});

test('without JavaScript: a running run reloads itself, a finished one shows everything', async ({ browser, app }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: app.origin });
	const page = await context.newPage();
	await signInAsPlanner(page);
	await page.goto(runPath(app, 'running'));
	await expect(page.getByRole('heading', { name: fr.plannerresults_running_heading })).toBeVisible();
	const reloaded = page.waitForEvent('load', { timeout: 6000 });
	expect((await reloaded).url()).toContain(app.runs.running);

	await page.goto(runPath(app));
	await expect(page.getByRole('table', { name: fr.plannerresults_table_caption }).locator('tbody tr')).toHaveCount(7);
	// The comparison's form is a plain GET form.
	await page.goto('/planner/compare');
	await page.getByLabel(fr.plannerresults_compare_a).selectOption(app.runs.done);
	await page.getByLabel(fr.plannerresults_compare_b).selectOption(app.runs.lowBudget);
	await page.getByRole('button', { name: fr.plannerresults_compare_submit }).click();
	await expect(page).toHaveURL(new RegExp(`a=${app.runs.done}&b=${app.runs.lowBudget}`));
	await expect(page.getByRole('table', { name: fr.plannerresults_compare_caption })).toContainText('7 sur 7');
	await context.close();
});

test('the programme report prints, downloads as a PDF with the rooms, and the timetable as CSV', async ({
	page,
	app
}) => {
	await signInAsPlanner(page);
	await page.goto(`${runPath(app)}/report`);
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.plannerresults_report_title })).toBeVisible();
	await expect(page.getByRole('table', { name: fr.plannerresults_report_themes_caption })).toContainText('2');
	await expect(
		page.getByRole('table', { name: fr.plannerresults_report_top_caption }).locator('tbody tr').first()
	).toContainText('Une crèche quelques jours par semaine');
	const hall = page.getByRole('table', {
		name: fill(fr.plannerresults_report_programme_caption, { room: 'Salle polyvalente Jean-Moulin' })
	});
	await expect(hall.locator('tr').filter({ hasText: fr.plannerresults_field_areaM2 })).toContainText('48 m²');
	await expect(page.getByRole('heading', { name: fr.plannerresults_report_assumptions_heading })).toBeVisible();
	await expect(page.getByRole('heading', { name: fr.plannerresults_report_sources_heading })).toBeVisible();
	await expectNoAxeViolations(page);

	// Printed: the site's header and the report's tools are not on paper.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('link', { name: fr.plannerresults_report_pdf })).toBeHidden();
	await page.emulateMedia({ media: 'screen' });

	const pdf = await page.request.get(`${runPath(app)}/report.pdf`);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const body = await pdf.body();
	expect(body.subarray(0, 5).toString()).toBe('%PDF-');
	const pages = (body.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
	expect(pages).toBeGreaterThanOrEqual(2);
	const uncompressed = await page.request.get(`${runPath(app)}/report.pdf?compress=0`);
	// The text drawn in the PDF's built-in fonts: hex strings of its TJ operators, spaces left out.
	const drawn = ((await uncompressed.body()).toString('latin1').match(/\[[^\]]*\] TJ/g) ?? [])
		.map((op) =>
			(op.match(/<([0-9a-f]+)>/gi) ?? []).map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1')).join('')
		)
		.join('')
		.replace(/\s/g, '');
	for (const room of ['Salle polyvalente Jean-Moulin', 'Maison des associations', 'Future salle du pôle social'])
		expect(drawn).toContain(room.replace(/\s/g, ''));

	const csv = await page.request.get(`${runPath(app)}/timetable.csv`);
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const lines = (await csv.text())
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]).toBe('room_id,room,existing,weekday,start,end,minutes,activity_id,activity,organisation');
	expect(lines).toHaveLength(8);
});

test('two runs side by side', async ({ page, app }) => {
	await signInAsPlanner(page);
	await page.goto(`/planner/compare?a=${app.runs.done}&b=${app.runs.lowBudget}`);
	await ready(page);
	const table = page.getByRole('table', { name: fr.plannerresults_compare_caption });
	await expect(table.locator('tr').filter({ hasText: fr.plannerresults_summary_served })).toContainText('7 sur 7');
	await expect(table.locator('tr').filter({ hasText: fr.plannerresults_summary_served })).toContainText('4 sur 7');
	await expect(table.locator('tr').filter({ hasText: fr.plannerresults_compare_unmet })).toContainText('3');
	await expectNoAxeViolations(page);
	await page.goto('/planner/compare?a=nope');
	await expect(page.getByText(fr.plannerresults_compare_not_found)).toBeVisible();
});

test('in Arabic on a phone: right to left, the grid fits the screen, axe clean', async ({ browser, app }) => {
	// Two pages and two axe runs on a phone-sized layout: slower than the others on a busy machine.
	test.slow();
	const context = await browser.newContext({
		viewport: { width: 360, height: 780 },
		locale: 'ar',
		baseURL: app.origin
	});
	const page = await context.newPage();
	await signInAsPlanner(page, ar);
	// The demo planner's own language is French: the reader chooses Arabic (the language menu's cookie).
	await context.addCookies([{ name: 'qv_lang', value: 'ar', url: app.origin }]);
	await page.goto(runPath(app));
	await ready(page);
	const lang = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
	expect(lang).toEqual(['ar', 'rtl']);
	await expect(page.getByText(ar.plannerresults_status_optimal)).toBeVisible();
	await expect(page.getByRole('table', { name: ar.plannerresults_table_caption })).toBeVisible();
	// Nothing wider than the phone: the grid shrinks to seven narrow columns.
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const grid = page.getByRole('img', {
		name: fill(ar.plannerresults_grid_label, { room: 'Salle polyvalente Jean-Moulin' })
	});
	const box = await grid.boundingBox();
	expect(box!.width).toBeLessThanOrEqual(360);
	await expectNoAxeViolations(page);
	await page.goto(`${runPath(app)}/report`);
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: ar.plannerresults_report_title })).toBeVisible();
	await expectNoAxeViolations(page);
	await context.close();
});
