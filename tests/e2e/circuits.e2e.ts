/**
 * The itinerant crèche's journey: the SCOP requests a circuit over two quartiers (Tonkin on
 * Monday–Tuesday, Les Buers on Thursday–Friday), a second identical request is refused whole,
 * the commune's manager confirms the circuit as one unit, and residents see when the crèche
 * comes to their quartier — without JavaScript, and in Arabic on a 360 px phone.
 *
 * Dates: a week of a year no other test books (2031–2032), picked per run.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ar, DEMO_PASSWORD, expectNoAxeViolations, fill, fr, goto, signIn } from './helpers';

const STRUCTURE = 'structure@demo.quartiers-vivants.fr';
const MANAGER = 'gestionnaire@demo.quartiers-vivants.fr';
const RESIDENT = 'habitante@demo.quartiers-vivants.fr';

/**
 * A Monday of January to mid-March 2031 or 2032, different from one run to the next: two weeks
 * from it hold no public holiday, so each leg has exactly four dates.
 */
function mondayFarAhead(): string {
	const seconds = Math.floor(Date.now() / 1000);
	const base = seconds % 2 === 0 ? Date.UTC(2031, 0, 13) : Date.UTC(2032, 0, 12); // Mondays
	const week = Math.floor(seconds / 2) % 9;
	return new Date(base + week * 7 * 86_400_000).toISOString().slice(0, 10);
}
const plusDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const leg = (page: Page, n: number): Locator =>
	page.getByRole('group', { name: fill(fr.circuits_leg_legend, { number: String(n) }), exact: true });

async function fillCircuit(page: Page, title: string, from: string) {
	await page.getByLabel(fr.circuits_field_title).fill(title);
	await page.getByLabel(fr.circuits_field_from).fill(from);
	await page.getByLabel(fr.circuits_field_until).fill(plusDays(from, 11));
	const first = leg(page, 1);
	await first.getByLabel(fr.circuits_field_room).selectOption({ label: 'Salle du rez-de-jardin — Amabla Coworking' });
	await first.getByRole('checkbox', { name: fr.weekday_1 }).check();
	await first.getByRole('checkbox', { name: fr.weekday_2 }).check();
	await first.getByLabel(fr.circuits_field_start).fill('08:00');
	await first.getByLabel(fr.circuits_field_end).fill('19:00');
	const second = leg(page, 2);
	await second.getByLabel(fr.circuits_field_room).selectOption({ label: 'Salle petite enfance — La Paillasse Saône' });
	await second.getByRole('checkbox', { name: fr.weekday_4 }).check();
	await second.getByRole('checkbox', { name: fr.weekday_5 }).check();
	await second.getByLabel(fr.circuits_field_start).fill('08:00');
	await second.getByLabel(fr.circuits_field_end).fill('18:00');
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a circuit over two quartiers is requested whole, refused whole when taken, and confirmed as one unit', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const from = mondayFarAhead();
		const title = `Tournée Petits Pas ${Date.now()}`;

		await signIn(page, STRUCTURE, DEMO_PASSWORD);
		await goto(page, '/circuits');
		await page.getByRole('link', { name: fr.circuits_new_link }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.circuits_new_title);
		await expect(page.getByRole('heading', { name: fr.circuits_help_heading })).toBeVisible();
		// Only rooms a van can reach are offered.
		await expect(leg(page, 1).getByRole('option', { name: /Salle de réunion/ })).toHaveCount(0);
		await fillCircuit(page, title, from);

		// One weekday in two legs: said beside the second leg's days, and what was typed stays.
		await leg(page, 2).getByRole('checkbox', { name: fr.weekday_2 }).check();
		await page.getByRole('button', { name: fr.circuits_preview_submit }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_circuits_weekday_twice);
		await expect(page.locator('#field-leg1_weekdays-error')).toHaveText(fr.err_circuits_weekday_twice);
		await expect(page.getByLabel(fr.circuits_field_title)).toHaveValue(title);
		await expect(leg(page, 1).getByRole('checkbox', { name: fr.weekday_1 })).toBeChecked();
		await leg(page, 2).getByRole('checkbox', { name: fr.weekday_2 }).uncheck();

		// The preview books nothing and says there is no conflict.
		await page.getByRole('button', { name: fr.circuits_preview_submit }).click();
		await expect(page.getByText(fr.circuits_preview_ok)).toBeVisible();
		await expect(
			page.getByText(
				fill(fr.circuits_leg_summary, { room: 'Salle du rez-de-jardin', facility: 'Amabla Coworking', count: '4' })
			)
		).toBeVisible();

		await page.getByRole('button', { name: fr.circuits_request_submit }).click();
		await expect(page).toHaveURL(/\/circuits\/[0-9a-f-]{36}\?requested=pending$/);
		await expect(page.getByText(fr.circuits_requested)).toBeVisible();
		await expect(page.locator('.circuit-status')).toHaveText(fr.circuits_status_pending);
		const rows = page.getByRole('table', { name: fr.circuits_legs_caption }).locator('tbody tr');
		await expect(rows).toHaveCount(2);
		await expect(rows.first()).toContainText(
			fill(fr.circuits_counts, { confirmed: '0', pending: '4', refused: '0', cancelled: '0' })
		);
		const circuitUrl = new URL(page.url()).pathname;

		// The same circuit again: every date of the first leg is taken, nothing is created.
		await goto(page, '/circuits/new');
		await fillCircuit(page, `${title} bis`, from);
		await page.getByRole('button', { name: fr.circuits_request_submit }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_circuits_conflict);
		await expect(page.getByText(fill(fr.circuits_leg_conflicts, { count: '4' })).first()).toBeVisible();
		await goto(page, '/circuits');
		await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(1);
		await expect(page.getByRole('link', { name: `${title} bis` })).toHaveCount(0);

		// The commune's manager decides the whole circuit at once.
		await page.context().clearCookies();
		await signIn(page, MANAGER, DEMO_PASSWORD);
		await goto(page, '/circuits');
		const toDecide = page.getByRole('region', { name: fr.circuits_to_decide_heading });
		await toDecide.getByRole('link', { name: title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText(fr.circuits_decide_title);
		await expect(page.getByText(fr.circuits_decide_help_all)).toBeVisible();

		await page.getByRole('radio', { name: fr.circuits_decision_refuse }).check();
		await page.getByRole('button', { name: fr.circuits_decide_submit }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_circuits_reason_required);
		await expect(page.locator('#field-reason-error')).toHaveText(fr.err_circuits_reason_required);

		await page.getByRole('radio', { name: fr.circuits_decision_confirm }).check();
		await page.getByRole('button', { name: fr.circuits_decide_submit }).click();
		await expect(page.getByText(fill(fr.circuits_decided, { status: fr.circuits_status_confirmed }))).toBeVisible();
		await expect(page.getByText(fr.circuits_nothing_to_decide)).toBeVisible();

		// The requester reads the decision.
		await page.context().clearCookies();
		await signIn(page, STRUCTURE, DEMO_PASSWORD);
		await goto(page, circuitUrl);
		await expect(page.locator('.circuit-status')).toHaveText(fr.circuits_status_confirmed);
		await expect(rows.nth(1)).toContainText(
			fill(fr.circuits_counts, { confirmed: '4', pending: '0', refused: '0', cancelled: '0' })
		);
	});

	test('a visitor sees when the crèche comes to Tonkin, on the quartier page and the visits page', async ({ page }) => {
		await goto(page, '/quartiers/QN06922M');
		const visits = page.getByRole('region', { name: fr.circuits_visits_heading });
		await expect(visits.getByRole('listitem').first()).toContainText('Salle du rez-de-jardin');
		await expect(visits.getByRole('listitem').first()).toContainText('08:00–19:00');
		await visits.getByRole('link', { name: fr.circuits_visits_more }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Tonkin');
		// Six weeks of Mondays and Tuesdays (public holidays left out).
		expect(
			await page.getByRole('listitem').filter({ hasText: 'Salle du rez-de-jardin' }).count()
		).toBeGreaterThanOrEqual(10);
	});

	test('a resident may not request a circuit', async ({ page }) => {
		await signIn(page, RESIDENT, DEMO_PASSWORD);
		const response = await page.goto('/circuits/new');
		expect(response?.status()).toBe(403);
	});
});

test('with JavaScript, every circuit page is axe clean: form, circuit, decision, visits', async ({ page }) => {
	test.setTimeout(180_000);
	const from = plusDays(mondayFarAhead(), 728);
	const title = `Tournée accessible ${Date.now()}`;
	await signIn(page, STRUCTURE, DEMO_PASSWORD);
	await goto(page, '/circuits/new');
	await expectNoAxeViolations(page);
	await fillCircuit(page, title, from);
	await leg(page, 2).getByRole('checkbox', { name: fr.weekday_1 }).check();
	await page.getByRole('button', { name: fr.circuits_preview_submit }).click();
	await expect(page.getByRole('alert')).toContainText(fr.err_circuits_weekday_twice);
	await expectNoAxeViolations(page);
	await leg(page, 2).getByRole('checkbox', { name: fr.weekday_1 }).uncheck();
	await page.getByRole('button', { name: fr.circuits_preview_submit }).click();
	await expect(page.getByText(fr.circuits_preview_ok)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: fr.circuits_request_submit }).click();
	await expect(page.getByText(fr.circuits_requested)).toBeVisible();
	await expectNoAxeViolations(page);
	const circuitPath = new URL(page.url()).pathname;
	await goto(page, '/circuits');
	await expectNoAxeViolations(page);

	await page.context().clearCookies();
	await signIn(page, MANAGER, DEMO_PASSWORD);
	await goto(page, `/manage${circuitPath}`);
	await expect(page.getByText(fr.circuits_decide_help_all)).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('radio', { name: fr.circuits_decision_refuse }).check();
	await page.getByLabel(fr.circuits_field_reason).fill('Salle réservée aux élections');
	await page.getByRole('button', { name: fr.circuits_decide_submit }).click();
	await expect(page.getByText(fill(fr.circuits_decided, { status: fr.circuits_status_refused }))).toBeVisible();
	await expect(
		page.getByText(fill(fr.circuits_reason, { reason: 'Salle réservée aux élections' })).first()
	).toBeVisible();
	await expectNoAxeViolations(page);

	await page.context().clearCookies();
	await goto(page, '/quartiers/QN06922M');
	await expectNoAxeViolations(page);
	await goto(page, '/quartiers/QN06922M/visits');
	await expectNoAxeViolations(page);
});

test.describe('in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the visits of the crèche read right to left, without sideways scrolling', async ({ page }) => {
		await goto(page, '/');
		await page.getByRole('button', { name: 'العربية' }).click();
		await goto(page, '/quartiers/QN06921M/visits');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { name: ar.circuits_visits_heading })).toBeVisible();
		const first = page.getByRole('listitem').filter({ hasText: 'Salle petite enfance' }).first();
		await expect(first).toBeVisible();
		await expect(first).toContainText('08:00–18:00');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);

		await goto(page, '/quartiers/QN06921M');
		await expect(page.getByRole('heading', { name: ar.circuits_visits_heading })).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
