/**
 * An association requests a room: a weekly series meets a date already taken, the page shows
 * the conflict and alternatives, the date is left out and the series sent; one date is then
 * cancelled. Also without JavaScript, in Arabic on a phone, with the keyboard, and axe-clean.
 * Each run picks its own year far ahead, so runs never meet each other's bookings.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, signIn } from './helpers.js';

const MEMBER = 'membre@demo.quartiers-vivants.fr';
const ROOM = 'Salle de réunion';

/** The first Tuesday of March of a year, and the Tuesdays after it. */
function tuesdays(year: number, count: number): string[] {
	const d = new Date(Date.UTC(year, 2, 1));
	while (d.getUTCDay() !== 2) d.setUTCDate(d.getUTCDate() + 1);
	return Array.from({ length: count }, (_, i) => new Date(d.getTime() + i * 7 * 86_400_000).toISOString().slice(0, 10));
}
const someYear = () => 2031 + Math.floor(Math.random() * 60);

/** The request went through: pending, or confirmed at once when the room needs no approval. */
async function expectSent(page: Page, count: number): Promise<void> {
	const pending = fill(fr.requests_sent_pending, { count: String(count) });
	const confirmed = fill(fr.requests_sent_confirmed, { count: String(count) });
	await expect(
		page.getByRole('status').filter({ hasText: new RegExp(`${escape(pending)}|${escape(confirmed)}`) })
	).toHaveCount(1);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openBookingForm(page: Page): Promise<string> {
	await goto(page, '/rooms');
	await page.getByRole('link', { name: ROOM }).first().click();
	await page.getByRole('link', { name: fr.requests_book_link }).click();
	await page.waitForURL(/\/book$/);
	await expect(
		page.getByRole('heading', { level: 1, name: fill(fr.requests_book_title, { room: ROOM }) })
	).toBeVisible();
	return page.url();
}

test('the association requests a weekly series, sees the conflict and alternatives, sends it and cancels one date', async ({
	page
}) => {
	const [first, second, third, fourth] = tuesdays(someYear(), 4) as [string, string, string, string];
	await signIn(page, MEMBER, DEMO_PASSWORD);
	const bookUrl = await openBookingForm(page);

	// A date already held: a one-off on the second Tuesday.
	await page.getByLabel(fr.requests_field_title, { exact: true }).fill('Permanence e2e');
	await page.getByLabel(fr.requests_field_date, { exact: true }).fill(second);
	await page.getByLabel(fr.requests_field_start, { exact: true }).fill('10:00');
	await page.getByLabel(fr.requests_field_end, { exact: true }).fill('12:00');
	await page.getByRole('button', { name: fr.requests_send }).click();
	await expectSent(page, 1);

	// The weekly series over four Tuesdays meets it.
	await goto(page, bookUrl);
	await page.getByLabel(fr.requests_field_title, { exact: true }).fill('Atelier couture e2e');
	await page.getByLabel(fr.requests_field_date, { exact: true }).fill(first);
	await page.getByLabel(fr.requests_field_start, { exact: true }).fill('9h30');
	await page.getByLabel(fr.requests_field_end, { exact: true }).fill('11:00');
	await page.getByLabel(fr.requests_field_repeat, { exact: true }).selectOption('weekly');
	await page.getByRole('checkbox', { name: 'mardi' }).check();
	await page.getByLabel(fr.requests_field_until, { exact: true }).fill(fourth);
	await page.getByRole('button', { name: fr.requests_check }).click();

	const table = page.getByRole('table', { name: fr.requests_occurrences_caption });
	await expect(table.getByRole('row')).toHaveCount(5);
	const taken = table.getByRole('row').filter({ hasText: fill(fr.requests_taken_by, { who: 'Permanence e2e' }) });
	await expect(taken).toHaveCount(1);
	await expect(page.getByRole('heading', { name: fr.requests_alternatives_heading })).toBeVisible();
	await expect(page.getByText(fr.requests_preview_blocked)).toBeVisible();
	await expectNoAxeViolations(page);

	// Sending anyway books nothing and says why.
	await page.getByRole('button', { name: fr.requests_send }).click();
	await expect(page.getByRole('alert')).toContainText(fr.err_requests_conflict);

	// Leave the taken date out, check again, send.
	await page.getByLabel(fr.requests_field_excluded, { exact: true }).fill(second);
	await page.getByRole('button', { name: fr.requests_check }).click();
	await expect(page.getByText(fr.requests_preview_ok)).toBeVisible();
	await expect(page.getByText(fr.requests_skip_excluded).first()).toBeVisible();
	await page.getByRole('button', { name: fr.requests_send }).click();
	await expectSent(page, 3);
	await expectNoAxeViolations(page);

	// Cancel this date only: the others stay pending.
	const cancel = page.locator('form').filter({ has: page.getByRole('button', { name: fr.requests_cancel_submit }) });
	await cancel.getByLabel(fr.requests_scope_this, { exact: true }).check();
	await cancel.getByLabel(fr.requests_cancel_reason, { exact: true }).fill('Sortie au musée');
	await cancel.getByRole('button', { name: fr.requests_cancel_submit }).click();
	await expect(page.getByText(fill(fr.requests_changed, { count: '1' }))).toBeVisible();
	const dates = page.getByRole('table', {
		name: fill(fr.requests_list_caption, { title: 'Atelier couture e2e', room: ROOM })
	});
	await expect(dates.getByRole('row').filter({ hasText: fr.requests_status_cancelled })).toHaveCount(1);
	await expect(dates.getByRole('row')).toHaveCount(4);

	// My bookings list the series with its statuses.
	await goto(page, '/bookings');
	const group = page.getByRole('region', {
		name: fill(fr.requests_list_caption, { title: 'Atelier couture e2e', room: ROOM })
	});
	await expect(group.getByRole('row')).toHaveCount(4);
	await expect(group.getByText(fill(fr.requests_reason, { reason: 'Sortie au musée' }))).toBeVisible();
	await expectNoAxeViolations(page);
	void third;
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('checks availability and sends a one-off request with plain forms', async ({ page }) => {
		const [date] = tuesdays(someYear(), 1) as [string];
		await signIn(page, MEMBER, DEMO_PASSWORD);
		await openBookingForm(page);
		await page.getByLabel(fr.requests_field_title, { exact: true }).fill('Réunion sans script');
		await page.getByLabel(fr.requests_field_date, { exact: true }).fill(date);
		await page.getByLabel(fr.requests_field_start, { exact: true }).fill('14:00');
		await page.getByLabel(fr.requests_field_end, { exact: true }).fill('13:00');
		await page.getByRole('button', { name: fr.requests_check }).click();
		// The form comes back filled, with the problem next to its field.
		await expect(page.getByText(fr.err_requests_end_before_start).first()).toBeVisible();
		await expect(page.getByLabel(fr.requests_field_title, { exact: true })).toHaveValue('Réunion sans script');
		await page.getByLabel(fr.requests_field_end, { exact: true }).fill('15:30');
		await page.getByRole('button', { name: fr.requests_check }).click();
		await expect(page.getByText(fr.requests_preview_ok)).toBeVisible();
		await page.getByRole('button', { name: fr.requests_send }).click();
		await expectSent(page, 1);
	});
});

test.describe('in Arabic on a phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the form and the preview read right to left and fit the screen, with the keyboard', async ({
		page,
		context,
		baseURL
	}) => {
		const [date] = tuesdays(someYear(), 1) as [string];
		await signIn(page, MEMBER, DEMO_PASSWORD);
		// The language of this browser only: the member's saved language stays French.
		await context.addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, '/rooms');
		await page.getByRole('link', { name: ROOM }).first().click();
		await page.getByRole('link', { name: ar.requests_book_link }).click();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

		// Keyboard only: each field in turn, then "Check availability" with Enter.
		await page.getByLabel(ar.requests_field_title, { exact: true }).focus();
		await page.keyboard.type('ورشة الخياطة');
		await page.getByLabel(ar.requests_field_date, { exact: true }).fill(date);
		await page.getByLabel(ar.requests_field_start, { exact: true }).focus();
		await page.keyboard.type('10:00');
		await page.keyboard.press('Tab');
		await page.keyboard.type('11:00');
		await page.keyboard.press('Enter');
		await expect(page.getByText(ar.requests_preview_ok)).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
