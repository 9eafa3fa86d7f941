import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, RESIDENT_EMAIL, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn } from './helpers';

/**
 * The planner's scenario editor, as the demo planner uses it: she finds the planner in the menu,
 * reads how it works, creates a scenario for Les Buers, adds the itinerant crèche, the women's
 * restaurant and the textile workshops (intercultural women's space), two existing rooms and a
 * planned one, "+8 m²" and a full kitchen, and a budget; she edits an activity, copies the
 * scenario and deletes the copy. The same with JavaScript off, and in Arabic on a phone.
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
	await expect(page.getByRole('region', { name: fr.planner_section_needs })).toContainText(fr.planner_indicators_later);
	await expectNoAxeViolations(page);

	for (const title of [CRECHE, RESTAURANT, TEXTILE]) await addPractice(page, title);
	// The copied demand and requirements show on each card.
	const creche = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: CRECHE }) });
	await expect(creche).toContainText(fill(fr.planner_activity_demand, { sessions: '2', length: '11 h' }));

	// Two existing rooms of Les Buers, each with its fit for the three activities.
	for (const room of ['Salle petite enfance — La Paillasse Saône', 'Grande salle — CCO']) {
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
	const monday = page.getByRole('group', { name: fr.weekday_1 });
	await monday.getByLabel(fill(fr.rooms_hours_start, { n: '1' })).fill('08:00');
	await monday.getByLabel(fill(fr.rooms_hours_end, { n: '1' })).fill('18:30');
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
