import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, RESIDENT_EMAIL, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn } from './helpers';

/**
 * The planner's scenario editor, as the demo planner uses it: she finds the planner in the menu,
 * reads how it works, creates a scenario for Les Buers, adds the itinerant crèche, the women's
 * restaurant and the textile workshops (intercultural women's space), two existing rooms and a
 * planned one, "+8 m²" and a full kitchen, and a budget; she solves it and gets a timetable that
 * serves every activity with both works bought within the budget, and the programme as a PDF
 * (issue 6's acceptance, tried as a new user would); she edits an activity, copies the scenario
 * and deletes the copy. The same with JavaScript off, and in Arabic on a phone.
 * Residents do not see it. The tests run in order on one scenario.
 */
// Long pages, each checked with axe, on a shared machine: more than one page's default time.
test.describe.configure({ mode: 'serial', timeout: 240_000 });

const PLANNER_EMAIL = 'programmiste@demo.quartiers-vivants.fr';
const NAME = `Buers ${Date.now().toString(36)}`;
const CRECHE = 'Crèche itinérante';
const RESTAURANT = 'Restaurant d’insertion tenu par des femmes';
const TEXTILE = 'Espace interculturel de femmes : création et débats';
const PLANNED = 'Cuisine du pôle (projet e2e)';
const EXISTING = ['Salle petite enfance — La Paillasse Saône', 'Grande salle — CCO'];
let scenarioPath = '';

async function submit(page: Page, name: string | RegExp) {
	await page.getByRole('button', { name }).click();
	await ready(page);
}

async function addPractice(page: Page, title: string) {
	await page.getByLabel(fr.planner_any_practice).selectOption({ label: title });
	await page.locator('form:has(#field-practiceId)').getByRole('button', { name: fr.planner_add_activity }).click();
	await ready(page);
	await expect(page.getByText(fr.planner_saved_activity_added)).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: title })).toBeVisible();
}

test('a planner finds the planner in the menu, creates a scenario and fills it', async ({ page }) => {
	await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
	await page.getByRole('navigation', { name: fr.nav_label }).getByRole('link', { name: fr.planner_nav }).click();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.planner_title })).toBeVisible();
	// The demo planner's own scenario is there.
	await expect(page.getByRole('link', { name: 'Les Buers — programme des rez-de-chaussée' })).toBeVisible();
	await page.getByText(fr.planner_help_title).click();
	await expect(page.getByText(fr.planner_help_what)).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByLabel(fr.planner_field_name).fill(NAME);
	await page.getByRole('checkbox', { name: /Les Buers/ }).check();
	await expect(page.getByLabel(fr.planner_field_reference_week)).not.toHaveValue('');
	await submit(page, fr.planner_new_submit);
	await expect(page).toHaveURL(/\/planner\/[0-9a-f-]{36}\?saved=created$/);
	scenarioPath = new URL(page.url()).pathname;
	await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
	await expect(page.getByText(fr.planner_saved_created)).toBeVisible();
	await expect(page.getByRole('region', { name: fr.planner_section_needs })).toContainText(fr.planner_indicators_none);
	await expectNoAxeViolations(page);

	// The catalogue's demand is copied, cut to what the activity's windows can serve on the hourly
	// grid, and the planner is told: the crèche's 11 h day becomes the 10 h its windows give
	// (8:00–18:30), the restaurant's five lunches the four days school hours allow.
	const adjusted = page.getByRole('status').filter({ hasText: fr.planner_saved_activity_added });
	await addPractice(page, CRECHE);
	await expect(adjusted).toContainText(fr.planner_adjusted_intro);
	await expect(adjusted).toContainText(fill(fr.planner_adjusted_length, { from: '11 h', to: '10 h' }));
	await addPractice(page, RESTAURANT);
	await expect(adjusted).toContainText(fill(fr.planner_adjusted_sessions, { from: '5', to: '4' }));
	await addPractice(page, TEXTILE);
	await expect(adjusted).not.toContainText(fr.planner_adjusted_intro);
	// The demand and requirements show on each card.
	const creche = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: CRECHE }) });
	await expect(creche).toContainText(fill(fr.planner_activity_demand, { sessions: '2', length: '10 h' }));
	const restaurant = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3, name: RESTAURANT }) });
	await expect(restaurant).toContainText(fill(fr.planner_activity_demand, { sessions: '4', length: '6 h' }));

	// Two existing rooms of Les Buers, each with its fit for the three activities.
	for (const room of EXISTING) {
		await submit(page, `${fr.planner_add_room} : ${room}`);
		await expect(page.getByText(fr.planner_saved_room_added)).toBeVisible();
	}
	const rooms = page.getByRole('region', { name: fr.planner_section_rooms });
	await expect(rooms.getByRole('heading', { level: 3, name: 'Grande salle — CCO' })).toBeVisible();
	await expect(rooms).toContainText(`${RESTAURANT}${fr.punctuation_colon}`);

	// A planned room, typed in.
	await page.getByRole('link', { name: fr.planner_rooms_add_planned }).click();
	await ready(page);
	await expectNoAxeViolations(page);
	await page.getByLabel(fr.planner_planned_label).fill(PLANNED);
	await page.getByLabel(fr.planner_planned_quartier).selectOption({ label: 'Les Buers' });
	await page.getByLabel(fr.planner_eq_area).fill('52');
	await page.getByLabel(fr.planner_eq_kitchen).selectOption('reheating');
	await page.getByLabel(fr.planner_eq_storage).fill('8');
	await page.getByLabel(fr.equipment_toilets, { exact: true }).check();
	await page.getByLabel(fr.equipment_step_free).check();
	await page.getByLabel(fr.equipment_water_point).check();
	// The kitchen is to open on school days, as the restaurant needs it four days a week.
	for (const weekday of [fr.weekday_1, fr.weekday_2, fr.weekday_3, fr.weekday_4, fr.weekday_5]) {
		const day = page.getByRole('group', { name: weekday, exact: true });
		await day.getByLabel(fill(fr.rooms_hours_start, { n: '1' })).fill('08:00');
		await day.getByLabel(fill(fr.rooms_hours_end, { n: '1' })).fill('18:30');
	}
	await submit(page, fr.planner_planned_add_submit);
	await expect(page.getByText(fr.planner_saved_planned_room)).toBeVisible();
	await expect(rooms.getByRole('heading', { level: 3, name: PLANNED })).toBeVisible();

	// "+8 m²" at the default price per m², then a full kitchen.
	const upgrades = page.getByRole('region', { name: fr.planner_section_upgrades });
	await upgrades.getByLabel(fr.planner_upgrade_room).selectOption({ label: PLANNED });
	await upgrades.getByLabel(fr.planner_upgrade_kind).selectOption('area');
	await upgrades.getByLabel(fr.planner_upgrade_amount).fill('8');
	await submit(page, fr.planner_upgrade_add_submit);
	await expect(page.getByText(fr.planner_saved_upgrade_added)).toBeVisible();
	await upgrades.getByLabel(fr.planner_upgrade_room).selectOption({ label: PLANNED });
	await upgrades.getByLabel(fr.planner_upgrade_kind).selectOption('kitchen');
	await upgrades.getByLabel(fr.planner_upgrade_kitchen_level).selectOption('full');
	await submit(page, fr.planner_upgrade_add_submit);
	const table = upgrades.getByRole('table');
	await expect(table.getByRole('row').filter({ hasText: '+8 m²' })).toContainText(/16\s000\s€/);
	await expect(
		table.getByRole('row').filter({ hasText: fill(fr.planner_upgrade_kitchen_to, { level: fr.kitchen_full }) })
	).toContainText(/33\s000\s€/);
	// With its works, the planned room takes the restaurant.
	const planned = rooms.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: PLANNED }) });
	await expect(planned).toContainText(fr.planner_room_after_upgrades);
	await expect(planned.getByRole('list').last()).toContainText(
		`${RESTAURANT}${fr.punctuation_colon}${fr.fit_verdict_fits}`
	);

	// The budget, typed and sent with the keyboard alone.
	await page.getByLabel(fr.planner_setting_budget).fill('50 000');
	await page.getByLabel(fr.planner_setting_budget).press('Enter');
	await ready(page);
	await expect(page.getByText(fr.planner_saved_settings)).toBeVisible();
	await expect(page.getByLabel(fr.planner_setting_budget)).toHaveValue('50000');

	// The solve button posts to the solver's route; no run yet.
	await expect(page.locator(`form[action="${scenarioPath}/solve"]`)).toHaveAttribute('method', /post/i);
	await expect(page.getByText(fr.planner_runs_none)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the planner solves it: every activity is served once "+8 m²" and a full kitchen are bought, and the programme comes as a PDF', async ({
	page
}) => {
	await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
	await goto(page, scenarioPath);
	await page.locator(`form[action="${scenarioPath}/solve"]`).getByRole('button', { name: fr.planner_solve }).click();
	await expect(page).toHaveURL(new RegExp(`^[^?#]*${scenarioPath}/runs/[0-9a-f-]{36}$`));
	const runPath = new URL(page.url()).pathname;
	// The page asks the server again every two seconds until the run is over (queued, then solving).
	await expect(page.getByRole('heading', { level: 2, name: fr.plannerresults_summary_heading })).toBeVisible({
		timeout: 120_000
	});
	await ready(page);
	await expect(page.getByText(fr.plannerresults_status_optimal)).toBeVisible();

	// Everything is served: 2 crèche days, 4 lunches, 2 workshops.
	await expect(page.getByText(fr.plannerresults_unmet_none)).toBeVisible();
	await expect(page.getByRole('table', { name: fr.plannerresults_unmet_caption })).toHaveCount(0);
	await expect(
		page.locator('.figures div').filter({ hasText: fr.plannerresults_summary_served }).getByRole('definition')
	).toHaveText(fill(fr.plannerresults_out_of, { value: '8', total: '8' }));

	// The week as a grid, room by room: the crèche in its room, the workshops in the hall, the
	// restaurant in the new kitchen.
	const grid = (room: string) => page.getByRole('img', { name: fill(fr.plannerresults_grid_label, { room }) });
	await expect(grid(EXISTING[0]!).getByText(CRECHE, { exact: true })).toHaveCount(2);
	await expect(grid(EXISTING[1]!).getByText(TEXTILE, { exact: true })).toHaveCount(2);
	await expect(grid(PLANNED).getByText(RESTAURANT, { exact: true })).toHaveCount(4);
	// The same sessions as a table, for screen readers.
	const sessions = page.getByRole('table', { name: fr.plannerresults_table_caption }).locator('tbody tr');
	await expect(sessions).toHaveCount(8);
	await expect(sessions.filter({ hasText: CRECHE })).toHaveCount(2);
	await expect(sessions.filter({ hasText: TEXTILE })).toHaveCount(2);
	const lunches = sessions.filter({ hasText: RESTAURANT });
	await expect(lunches).toHaveCount(4);
	for (const lunch of await lunches.all()) await expect(lunch).toContainText(PLANNED);

	// Both works on the planned room, 16 000 + 33 000 = 49 000 € out of 50 000 €.
	const upgrades = page.getByRole('table', { name: fr.plannerresults_upgrades_caption });
	const area = upgrades.locator('tbody tr').filter({ hasText: '+8 m²' });
	const kitchen = upgrades
		.locator('tbody tr')
		.filter({ hasText: fill(fr.planner_upgrade_kitchen_to, { level: fr.kitchen_full }) });
	await expect(area).toContainText(PLANNED);
	await expect(area).toContainText(/16\s000\s€/);
	await expect(kitchen).toContainText(PLANNED);
	await expect(kitchen).toContainText(/33\s000\s€/);
	const footer = (heading: string) =>
		upgrades.locator('tfoot tr').filter({ has: page.getByRole('rowheader', { name: heading, exact: true }) });
	await expect(footer(fr.plannerresults_upgrades_total)).toContainText(/49\s000\s€/);
	await expect(footer(fr.plannerresults_upgrades_budget)).toContainText(/50\s000\s€/);
	await expect(footer(fr.plannerresults_upgrades_remaining)).toContainText(/1\s000\s€/);
	await expectNoAxeViolations(page);

	// The programme for the project owner, and its PDF.
	await page.getByRole('link', { name: fr.plannerresults_link_report }).click();
	await expect(page).toHaveURL(new RegExp(`${runPath}/report$`));
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.plannerresults_report_title })).toBeVisible();
	const programme = page.getByRole('table', {
		name: fill(fr.plannerresults_report_programme_caption, { room: PLANNED })
	});
	await expect(programme.locator('tr').filter({ hasText: fr.plannerresults_field_areaM2 })).toContainText('60 m²');
	await expectNoAxeViolations(page);

	const href = await page.getByRole('link', { name: fr.plannerresults_report_pdf }).getAttribute('href');
	expect(href).toBe(`${runPath}/report.pdf`);
	const pdf = await page.request.get(href!);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
	// The text drawn in the PDF's built-in fonts (as planner-results.e2e.ts reads it): hex strings
	// of its TJ operators, spaces left out.
	const uncompressed = await page.request.get(`${href}?compress=0`);
	const drawn = ((await uncompressed.body()).toString('latin1').match(/\[[^\]]*\] TJ/g) ?? [])
		.map((op) =>
			(op.match(/<([0-9a-f]+)>/gi) ?? []).map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1')).join('')
		)
		.join('')
		.replace(/\s/g, '');
	expect(drawn).toContain(PLANNED.replace(/\s/g, ''));
	expect(drawn).toContain('+8m²');
});

test('the planner edits an activity: a bad figure comes back beside its field, then the demand is saved', async ({
	page
}) => {
	await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
	await goto(page, scenarioPath);
	await page.getByRole('link', { name: `${fr.planner_edit} : ${CRECHE}` }).click();
	await ready(page);
	await expect(
		page.getByRole('heading', { level: 1, name: fill(fr.planner_activity_edit_title, { label: CRECHE }) })
	).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByLabel(fr.planner_activity_sessions).fill('9');
	await page.getByLabel(fr.planner_activity_length).fill('600');
	await submit(page, fr.planner_activity_submit);
	await expect(page.locator('#field-sessionsPerWeek-error')).toHaveText(fr.err_planner_sessions_range);
	await expect(page.getByLabel(fr.planner_activity_length)).toHaveValue('600');
	await expectNoAxeViolations(page);
	await page.getByLabel(fr.planner_activity_sessions).fill('2');
	await page.getByLabel(fr.planner_activity_itinerant_label).check();
	await submit(page, fr.planner_activity_submit);
	await expect(page.getByText(fr.planner_saved_activity)).toBeVisible();
	const creche = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: CRECHE }) });
	await expect(creche).toContainText(fill(fr.planner_activity_demand, { sessions: '2', length: '10 h' }));
	await expect(creche).toContainText(fr.planner_activity_itinerant);
});

test('the planner copies the scenario as a variant, and deletes the copy only once confirmed', async ({ page }) => {
	await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
	await goto(page, scenarioPath);
	await submit(page, fr.planner_copy_submit);
	await expect(page.getByRole('heading', { level: 1, name: `${NAME} (copie)` })).toBeVisible();
	await expect(page.getByText(fr.planner_saved_copied)).toBeVisible();
	expect(new URL(page.url()).pathname).not.toBe(scenarioPath);
	await expect(page.getByRole('link', { name: NAME, exact: true })).toHaveAttribute('href', scenarioPath);
	await expect(page.getByRole('heading', { level: 3, name: PLANNED })).toBeVisible();

	await submit(page, fr.planner_delete_submit);
	await expect(page.locator('#field-confirm-error')).toHaveText(fr.err_confirm_required);
	await page.getByLabel(fill(fr.planner_delete_confirm, { name: `${NAME} (copie)` })).check();
	await submit(page, fr.planner_delete_submit);
	await expect(page).toHaveURL(/\/planner\?deleted=1$/);
	await expect(page.getByText(fr.planner_deleted)).toBeVisible();
	await expect(page.getByRole('link', { name: `${NAME} (copie)` })).toHaveCount(0);
	await expect(page.getByRole('link', { name: NAME, exact: true })).toBeVisible();
});

test('residents see no planner link, and the planner pages refuse them', async ({ page }) => {
	await signIn(page, RESIDENT_EMAIL, DEMO_PASSWORD);
	await expect(
		page.getByRole('navigation', { name: fr.nav_label }).getByRole('link', { name: fr.planner_nav })
	).toHaveCount(0);
	expect((await page.goto('/planner'))?.status()).toBe(403);
	expect((await page.goto(scenarioPath))?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a scenario without a quartier is refused with the name kept, then created and given an activity', async ({
		page
	}) => {
		await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
		await goto(page, '/planner');
		await page.getByLabel(fr.planner_field_name).fill(`${NAME} sans JS`);
		await submit(page, fr.planner_new_submit);
		await expect(page.locator('#field-quartierIds-error')).toHaveText(fr.err_planner_quartier_required);
		await expect(page.getByRole('alert')).toContainText(fr.err_planner_quartier_required);
		await expect(page.getByLabel(fr.planner_field_name)).toHaveValue(`${NAME} sans JS`);
		await page.getByRole('checkbox', { name: /Saint-Jean/ }).check();
		await submit(page, fr.planner_new_submit);
		await expect(page.getByRole('heading', { level: 1, name: `${NAME} sans JS` })).toBeVisible();
		await addPractice(page, TEXTILE);
		await page.getByLabel(fr.planner_setting_time_limit).fill('900');
		await submit(page, fr.planner_settings_submit);
		await expect(page.locator('#field-timeLimitSeconds-error')).toHaveText(fr.err_planner_time_limit_range);
		await expect(page.getByLabel(fr.planner_setting_time_limit)).toHaveValue('900');
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the planner pages read right to left and fit the screen', async ({ page, baseURL }) => {
		// Signed in through the French form (the helper reads its French labels), then read in Arabic.
		await page.context().addCookies([{ name: 'qv_lang', value: 'fr', url: baseURL! }]);
		await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		for (const path of ['/planner', scenarioPath]) {
			await goto(page, path);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow).toBeLessThanOrEqual(0);
			await expectNoAxeViolations(page);
		}
		await expect(page.getByRole('heading', { level: 2, name: ar.planner_section_activities })).toBeVisible();
		await expect(page.getByRole('button', { name: ar.planner_solve })).toBeVisible();
	});
});
