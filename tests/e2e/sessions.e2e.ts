/**
 * Sessions as people use them, on the demo's French workshops: residents sign up on a 360 px
 * phone in Arabic, the last place goes, the next one joins the waiting list and moves up when
 * someone cancels; the same without JavaScript; the organiser records a counter sign-up (a bad
 * phone number comes back beside its field, the name kept) and takes last week's attendance,
 * which prefills the month's impact report.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn } from './helpers';
import { MEMBER, arabicResident, card, horizontalOverflow, workshopsPath } from './session-steps';

/** The organiser opens the page of the index-th coming session. */
async function manageSession(page: Page, path: string, index: number): Promise<void> {
	await goto(page, `${path}/sessions`);
	await card(page, index).getByRole('link', { name: fr.sessions_manage }).click();
	await ready(page);
}

async function setPlaces(page: Page, places: string): Promise<void> {
	await page.getByRole('spinbutton', { name: fr.sessions_capacity_label }).fill(places);
	await page.getByRole('button', { name: fr.sessions_save_capacity }).click();
	await ready(page);
	await expect(page.getByText(fr.sessions_capacity_saved)).toBeVisible();
}

test('on a phone in Arabic: the last place goes, the next resident waits and moves up when someone cancels', async ({
	page,
	browser
}) => {
	test.slow();
	await signIn(page, MEMBER, DEMO_PASSWORD);
	const path = await workshopsPath(page);
	await manageSession(page, path, 2);
	await setPlaces(page, '1');

	const first = await arabicResident(browser, 'seance-a');
	const second = await arabicResident(browser, 'seance-b');
	try {
		// From the initiative's page to its sessions, in Arabic.
		await goto(first.page, path);
		await first.page.getByRole('link', { name: ar.sessions_see_all }).click();
		await ready(first.page);
		await expect(first.page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(first.page.getByText(ar.sessions_help_resident)).toBeVisible();
		expect(await horizontalOverflow(first.page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(first.page);
		await expect(card(first.page, 2).getByTestId('places-left')).toHaveText(
			fill(ar.sessions_places_left, { count: '1', capacity: '1' })
		);

		// She takes the last place with the keyboard; the focus is visible on the button.
		const signUp = card(first.page, 2).getByRole('button', { name: ar.sessions_sign_up });
		// Tab from the top of the page, as a keyboard user would reach it.
		await first.page.locator('body').press('Tab');
		for (let i = 0; i < 80 && !(await signUp.evaluate((b) => b === document.activeElement)); i++)
			await first.page.keyboard.press('Tab');
		await expect(signUp).toBeFocused();
		expect(await signUp.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
		await first.page.keyboard.press('Enter');
		await expect(first.page.getByText(ar.sessions_signed_up)).toBeVisible();
		await expect(card(first.page, 2).getByText(ar.sessions_mine_confirmed)).toBeVisible();
		await expect(card(first.page, 2).getByTestId('places-left')).toContainText(ar.sessions_full);

		// The next resident finds it full: she joins the waiting list.
		await goto(second.page, `${path}/sessions`);
		await card(second.page, 2).getByRole('button', { name: ar.sessions_join_waiting }).click();
		await expect(second.page.getByText(ar.sessions_waiting_joined)).toBeVisible();
		await expect(card(second.page, 2).getByText(fill(ar.sessions_mine_waiting, { position: '1' }))).toBeVisible();
		expect(await horizontalOverflow(second.page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(second.page);

		// The first one cannot come after all: her place goes to the second, who is told.
		await card(first.page, 2).getByRole('button', { name: ar.sessions_cancel }).click();
		await expect(first.page.getByText(ar.sessions_cancelled)).toBeVisible();
		await goto(second.page, `${path}/sessions`);
		await expect(card(second.page, 2).getByText(ar.sessions_mine_confirmed)).toBeVisible();
		await expect(async () => {
			await goto(second.page, '/notifications');
			await expect(second.page.getByText(ar.sessions_notif_promoted.split('«')[0]!.trim())).toBeVisible({
				timeout: 1000
			});
		}).toPass({ timeout: 20_000 });
	} finally {
		await first.close();
		await second.close();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a resident signs up and cancels, and a counter sign-up with a bad phone number comes back filled', async ({
		page,
		browser
	}) => {
		test.slow();
		await signIn(page, MEMBER, DEMO_PASSWORD);
		const path = await workshopsPath(page);
		const resident = await arabicResident(browser, 'seance-sans-js', false);
		try {
			await goto(resident.page, `${path}/sessions`);
			await card(resident.page, 3).getByRole('button', { name: ar.sessions_sign_up }).click();
			await expect(resident.page.getByText(ar.sessions_signed_up)).toBeVisible();
			await card(resident.page, 3).getByRole('button', { name: ar.sessions_cancel }).click();
			await expect(resident.page.getByText(ar.sessions_cancelled)).toBeVisible();
			await expect(card(resident.page, 3).getByRole('button', { name: ar.sessions_sign_up })).toBeVisible();
		} finally {
			await resident.close();
		}

		await manageSession(page, path, 3);
		await page.getByLabel(fr.sessions_counter_name).fill('Mariam K.');
		await page.getByLabel(fr.sessions_counter_phone).fill('pas de numéro');
		await page.getByRole('button', { name: fr.sessions_counter_submit }).click();
		await expect(page.getByLabel(fr.sessions_counter_name)).toHaveValue('Mariam K.');
		await expect(page.getByLabel(fr.sessions_counter_phone)).toHaveValue('pas de numéro');
		await expect(page.locator('#field-phone-error')).toHaveText(fr.err_phone_invalid);
		await expect(page.getByRole('heading', { name: fr.sessions_places_heading })).toBeVisible();
		await page.getByLabel(fr.sessions_counter_phone).fill('06 11 22 33 44');
		await page.getByRole('button', { name: fr.sessions_counter_submit }).click();
		await expect(page.getByText(fr.sessions_counter_saved_confirmed)).toBeVisible();
		await expect(page.getByText('Mariam K.', { exact: true })).toBeVisible();
	});
});

test('the organiser records a counter sign-up and takes last week’s attendance, which prefills the impact report', async ({
	page
}) => {
	test.slow();
	await signIn(page, MEMBER, DEMO_PASSWORD);
	const path = await workshopsPath(page);
	await manageSession(page, path, 1);
	await expect(page.getByText(fr.sessions_help_organiser)).toBeVisible();
	await page.getByLabel(fr.sessions_counter_name).fill('Aminata S.');
	await page.getByRole('button', { name: fr.sessions_counter_submit }).click();
	await expect(page.getByText(fr.sessions_counter_saved_confirmed)).toBeVisible();
	await expect(page.getByText('Aminata S.', { exact: true })).toBeVisible();
	await expect(page.getByText(fill(fr.sessions_at_counter, { by: 'Fatou (membre d’association)' }))).toBeVisible();
	await expectNoAxeViolations(page);

	// Last Tuesday's session: three people signed up at the counter.
	await goto(page, `${path}/sessions`);
	await page
		.getByRole('region', { name: fr.sessions_recent_heading })
		.or(page.locator('section', { has: page.getByRole('heading', { name: fr.sessions_recent_heading }) }))
		.getByRole('link')
		.first()
		.click();
	await ready(page);
	const person = (name: string) => page.getByRole('group', { name });
	await person('Awa D.').getByLabel(fr.sessions_attended).check();
	await person('Khadija').getByLabel(fr.sessions_absent).check();
	// Mme Benali not marked: nothing is saved, the marks given are kept, the error is beside her.
	await page.getByRole('button', { name: fr.sessions_attendance_submit }).click();
	await ready(page);
	await expect(person('Mme Benali').getByText(fr.err_session_attendance_required)).toBeVisible();
	await expect(person('Awa D.').getByLabel(fr.sessions_attended)).toBeChecked();
	await expect(person('Khadija').getByLabel(fr.sessions_absent)).toBeChecked();
	await person('Mme Benali').getByLabel(fr.sessions_attended).check();
	await page.getByRole('button', { name: fr.sessions_attendance_submit }).click();
	await ready(page);
	await expect(page.getByText(fr.sessions_attendance_saved)).toBeVisible();
	await expect(page.getByText(fill(fr.sessions_attendance_total, { count: '2' }))).toBeVisible();
	// Two people of unknown sex and age: a small group, hidden.
	await expect(page.getByRole('table', { name: fr.sessions_attendance_caption })).toContainText(fr.sessions_hidden);
	await expectNoAxeViolations(page);

	await page.getByRole('link', { name: fr.sessions_impact_link }).click();
	await ready(page);
	await expect(page.getByText(fill(fr.sessions_impact_prefilled, { count: '2' }))).toBeVisible();
	await expect(page.locator('[name="p_unknown_unknown"]')).toHaveValue('2');
});
