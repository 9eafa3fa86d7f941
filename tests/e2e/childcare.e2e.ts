/**
 * Childcare coupled to sessions, on the demo: the French workshops' Tuesdays are coupled with the
 * itinerant crèche in the same facility. A mother on her phone, in Arabic, with the keyboard,
 * signs up for a Tuesday class and reserves a place for her 2-year-old in the same step; the same
 * without JavaScript, where an age the crèche does not take comes back beside its field with
 * nothing saved; the organiser marks a session childcare-needed, sees the crèche proposed and
 * couples it; the commune sees Thursday's gap. Each test finds its own session and leaves the
 * demo as it found it where it changes shared state, so the order of files does not matter.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn } from './helpers';
import { MEMBER, WORKSHOPS, arabicResident, horizontalOverflow, workshopsPath } from './session-steps';

const MANAGER = 'gestionnaire@demo.quartiers-vivants.fr';
const CRECHE = 'Crèche itinérante Petits Pas';

/** The sessions coupled with childcare, in list order. */
const coupledCards = (page: Page) => page.locator('.session-list__item').filter({ has: page.getByTestId('childcare') });

/** The free places for 1–3 year olds a card shows ("…: 4"). */
async function toddlerPlaces(card: Locator, messages: typeof fr): Promise<number> {
	const text = (await card.getByTestId('childcare-free').textContent()) ?? '';
	const part = text.split(/[,،]\s*/).find((p) => p.includes(messages.childcare_band_12)) ?? '';
	return Number(/(\d+)\s*$/.exec(part.trim())?.[1] ?? NaN);
}

test('on a phone in Arabic, with the keyboard, a mother signs up for Tuesday’s class and reserves her 2-year-old’s place in one step', async ({
	page,
	browser
}) => {
	test.slow();
	const path = await workshopsPath(page);
	const mother = await arabicResident(browser, 'creche-maman');
	try {
		await goto(mother.page, `${path}/sessions`);
		await expect(mother.page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(mother.page.getByText(ar.childcare_help_resident)).toBeVisible();
		// The third coupled Tuesday: the sessions tests use the first two.
		const tuesday = coupledCards(mother.page).nth(2);
		await expect(tuesday.getByTestId('childcare')).toContainText(CRECHE);
		const before = await toddlerPlaces(tuesday, ar);
		expect(before).toBeGreaterThan(0);

		// From the top of the page, as a keyboard user: to her child's age, then to the button.
		const age = tuesday.getByRole('spinbutton', { name: fill(ar.childcare_age_label, { n: '1' }) });
		const signUp = tuesday.getByRole('button', { name: ar.sessions_sign_up });
		await mother.page.locator('body').press('Tab');
		for (let i = 0; i < 120 && !(await age.evaluate((e) => e === document.activeElement)); i++)
			await mother.page.keyboard.press('Tab');
		await expect(age).toBeFocused();
		await mother.page.keyboard.type('2');
		for (let i = 0; i < 10 && !(await signUp.evaluate((e) => e === document.activeElement)); i++)
			await mother.page.keyboard.press('Tab');
		await expect(signUp).toBeFocused();
		expect(await signUp.evaluate((b) => getComputedStyle(b).outlineStyle)).not.toBe('none');
		await mother.page.keyboard.press('Enter');

		await expect(mother.page.getByText(ar.sessions_signed_up)).toBeVisible();
		const mine = coupledCards(mother.page).nth(2);
		await expect(mine.getByText(ar.sessions_mine_confirmed)).toBeVisible();
		await expect(mine.getByTestId('childcare-mine')).toHaveText(fill(ar.childcare_mine_held, { age: '2' }));
		expect(await toddlerPlaces(mine, ar)).toBe(before - 1);
		expect(await horizontalOverflow(mother.page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(mother.page);

		// Cancelling gives both places back.
		await mine.getByRole('button', { name: ar.sessions_cancel }).click();
		await expect(mother.page.getByText(ar.sessions_cancelled)).toBeVisible();
		expect(await toddlerPlaces(coupledCards(mother.page).nth(2), ar)).toBe(before);

		// An age the crèche does not take, with scripts on: the refusal beside the field passes axe too.
		const card = coupledCards(mother.page).nth(2);
		await card.getByRole('spinbutton', { name: fill(ar.childcare_age_label, { n: '1' }) }).fill('9');
		await card.getByRole('button', { name: ar.sessions_sign_up }).click();
		await expect(card.getByText(ar.err_childcare_age_not_covered)).toBeVisible();
		await expect(card.getByText(ar.sessions_mine_confirmed)).toHaveCount(0);
		await expectNoAxeViolations(mother.page);
	} finally {
		await mother.close();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	// axe needs scripts in the page: the same refusal is checked with scripts on, above.
	test('an age the crèche does not take comes back beside its field, nothing saved and the form refilled', async ({
		page,
		browser
	}) => {
		test.slow();
		const path = await workshopsPath(page);
		const mother = await arabicResident(browser, 'creche-sans-js', false);
		try {
			await goto(mother.page, `${path}/sessions`);
			const tuesday = coupledCards(mother.page).nth(3);
			const age = tuesday.getByRole('spinbutton', { name: fill(ar.childcare_age_label, { n: '1' }) });
			await age.fill('9');
			await tuesday.getByRole('button', { name: ar.sessions_sign_up }).click();
			await ready(mother.page);

			const again = coupledCards(mother.page).nth(3);
			const field = again.getByRole('spinbutton', { name: fill(ar.childcare_age_label, { n: '1' }) });
			await expect(field).toHaveValue('9');
			await expect(field).toHaveAttribute('aria-invalid', 'true');
			const errorId = await field.getAttribute('aria-describedby');
			await expect(mother.page.locator(`[id="${errorId}"]`)).toHaveText(ar.err_childcare_age_not_covered);
			// Nothing saved: no place, the button is still there.
			await expect(again.getByText(ar.sessions_mine_confirmed)).toHaveCount(0);
			await expect(again.getByRole('button', { name: ar.sessions_sign_up })).toBeVisible();

			// Corrected, it goes through: her place and her child's, in one step.
			await field.fill('2');
			await again.getByRole('button', { name: ar.sessions_sign_up }).click();
			await expect(mother.page.getByText(ar.sessions_signed_up)).toBeVisible();
			const mine = coupledCards(mother.page).nth(3);
			await expect(mine.getByTestId('childcare-mine')).toHaveText(fill(ar.childcare_mine_held, { age: '2' }));
			await mine.getByRole('button', { name: ar.sessions_cancel }).click();
			await expect(mother.page.getByText(ar.sessions_cancelled)).toBeVisible();
		} finally {
			await mother.close();
		}
	});
});

test('the organiser marks a session childcare-needed, sees the crèche of the same facility proposed and couples it', async ({
	page
}) => {
	test.slow();
	await signIn(page, MEMBER, DEMO_PASSWORD);
	const path = await workshopsPath(page);
	await goto(page, `${path}/sessions`);
	// The demo leaves its last Tuesday of the series without childcare (the 2029 calendar demo aside).
	const target = page
		.locator('.session-list__item')
		.filter({ hasText: /mardi/i })
		.filter({ hasNotText: '2029' })
		.last();
	await target.getByRole('link', { name: fr.sessions_manage }).click();
	// With scripts on, the click navigates in the page: wait until the address is the session's.
	await page.waitForURL(/\/sessions\/[^/?]+$/);
	await ready(page);
	const session = page.url();
	const uncouple = page.getByRole('button', { name: fr.childcare_unlink_button });
	// A run stopped half-way may have left it coupled: start from the demo's state.
	if (await uncouple.isVisible()) {
		await uncouple.click();
		await ready(page);
	}
	await expect(page.getByText(fr.childcare_help_organiser)).toBeVisible();
	await expect(page.getByTestId('childcare-proposal')).toHaveCount(0);

	await page.getByRole('spinbutton', { name: fr.childcare_band_12 }).fill('2');
	await page.getByRole('button', { name: fr.childcare_need_save }).click();
	await ready(page);
	await expect(page.getByText(fr.childcare_need_saved)).toBeVisible();
	const proposal = page.getByTestId('childcare-proposal').filter({ hasText: CRECHE });
	await expect(proposal).toContainText(fr.childcare_same_facility);
	await expect(proposal).toContainText(fr.childcare_covers_all);
	await expectNoAxeViolations(page);

	await proposal.getByRole('button', { name: fill(fr.childcare_link_button, { title: CRECHE }) }).click();
	await ready(page);
	await expect(page.getByText(fr.childcare_linked_saved)).toBeVisible();
	await expect(page.getByTestId('childcare-linked')).toContainText(CRECHE);
	await expectNoAxeViolations(page);

	// The pair shows on the crèche's sessions page too.
	await goto(page, '/initiatives');
	await page.getByRole('link', { name: CRECHE }).first().click();
	await page.waitForURL(/\/initiatives\/[^/]+$/);
	await goto(page, `${new URL(page.url()).pathname}/sessions`);
	const coupled = page.locator('section', { has: page.getByRole('heading', { name: fr.childcare_coupled_heading }) });
	await expect(coupled.getByRole('link', { name: new RegExp(WORKSHOPS) }).first()).toBeVisible();
	await expectNoAxeViolations(page);

	// Back to the demo's state for whoever comes next.
	await page.goto(session);
	await ready(page);
	await page.getByRole('button', { name: fr.childcare_unlink_button }).click();
	await ready(page);
	await expect(page.getByText(fr.childcare_unlinked_saved)).toBeVisible();
	await page.getByRole('spinbutton', { name: fr.childcare_band_12 }).fill('');
	await page.getByRole('button', { name: fr.childcare_need_save }).click();
	await ready(page);
	await expect(page.getByTestId('childcare-need')).toHaveCount(0);
});

test('the commune sees the childcare missing on Thursdays in Tonkin', async ({ page }) => {
	await signIn(page, MANAGER, DEMO_PASSWORD);
	await goto(page, '/manage/facilities');
	await page.getByRole('link', { name: fr.childcare_gaps_link }).click();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: fr.childcare_gaps_title })).toBeVisible();
	const thursday = page.getByTestId('childcare-gap').filter({ hasText: fr.weekday_4 });
	await expect(thursday).toHaveCount(1);
	await expect(thursday.getByRole('cell')).toHaveText(['09:00–11:00', 'Tonkin', fr.childcare_band_12, '3', /\d+/]);
	await expectNoAxeViolations(page);
});
