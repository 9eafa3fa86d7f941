/**
 * Finding a free room: a visitor asks for a room for French lessons in Tonkin, Tuesdays
 * 9:00–12:00, and gets the rooms ranked with their fit and how many dates are taken, each with a
 * link to the booking form prefilled. Dates in autumn 2028, which no other test books.
 */
import { test, expect } from '@playwright/test';
import { ar, expectNoAxeViolations, fill, fr, goto, ready } from './helpers';

const FROM = '2028-09-05';
const UNTIL = '2028-10-24'; // eight Tuesdays, no public holiday among them

test('a visitor finds a free room for Tuesday mornings, ranked with its fit and its free dates', async ({ page }) => {
	await goto(page, '/rooms');
	await page.getByRole('link', { name: fr.availability_link }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.availability_title);
	await ready(page);
	await expectNoAxeViolations(page);

	await page.locator('#field-practice').selectOption('ateliers-sociolinguistiques');
	await page.locator('#field-quartier').selectOption({ label: 'Tonkin' });
	await page.getByLabel(fr.weekday_2, { exact: true }).check();
	await page.locator('#field-start').fill('9h');
	await page.locator('#field-end').fill('12h');
	await page.locator('#field-from').fill(FROM);
	await page.locator('#field-until').fill(UNTIL);
	await page.getByRole('button', { name: fr.availability_submit }).click();
	await expect(page).toHaveURL(/weekdays=TU/);

	const status = page.getByRole('status');
	await expect(status).toContainText(
		fill(fr.availability_summary, { count: '8', from: '5 septembre 2028', until: '24 octobre 2028' })
	);
	const cards = page.locator('.availability-list > li');
	await expect(cards.first()).toBeVisible();
	// The best first: a room that fits as it is (or with upgrades), free on all eight dates.
	await expect(cards.first()).toContainText(fill(fr.availability_all_free, { total: '8' }));
	await expect(cards.first().locator('.fit__verdict')).toHaveText(
		new RegExp(`^(${fr.fit_verdict_fits}|${fr.fit_verdict_fits_with_upgrades})$`)
	);
	const book = cards.first().getByRole('link', { name: new RegExp(`^${fr.availability_book}`) });
	const href = await book.getAttribute('href');
	expect(href).toMatch(/^\/rooms\/[^/]+\/book\?/);
	expect(new URL(href!, 'http://x').searchParams.toString()).toBe(
		`date=${FROM}&start=09%3A00&end=12%3A00&byday=TU&until=${UNTIL}&filter=all`
	);
	await expectNoAxeViolations(page);

	// School periods only: the school calendar of 2028-2029 is not loaded, and the page says so.
	await page.locator('#field-filter').selectOption('school_periods');
	await page.getByRole('button', { name: fr.availability_submit }).click();
	await expect(page).toHaveURL(/filter=school_periods/);
	await expect(page.getByRole('status')).toContainText(fr.availability_no_dates);
	await expect(page.getByRole('status')).toContainText(fill(fr.availability_skipped_calendar_unknown, { count: '8' }));
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a search without a day comes back filled in, with the problem next to the field', async ({ page }) => {
		await goto(page, '/rooms/availability');
		await page.locator('#field-start').fill('14h');
		await page.locator('#field-end').fill('13h');
		await page.getByRole('button', { name: fr.availability_submit }).click();
		await expect(page.locator('#field-weekdays-error')).toHaveText(fr.err_availability_weekdays_required);
		await expect(page.locator('#field-start')).toHaveValue('14h');
		await expect(page.getByRole('alert')).toContainText(fr.err_availability_weekdays_required);

		await page.getByLabel(fr.weekday_4, { exact: true }).check();
		await page.getByRole('button', { name: fr.availability_submit }).click();
		await expect(page.locator('#field-end-error')).toHaveText(fr.err_availability_end_before_start);
		await expect(page.getByLabel(fr.weekday_4, { exact: true })).toBeChecked();

		await page.locator('#field-end').fill('16h');
		await page.locator('#field-from').fill(FROM);
		await page.locator('#field-until').fill(UNTIL);
		await page.getByRole('button', { name: fr.availability_submit }).click();
		// Seven Thursdays between the two dates.
		await expect(page.getByRole('status')).toContainText(
			fill(fr.availability_summary, { count: '7', from: '5 septembre 2028', until: '24 octobre 2028' })
		);
		await expect(page.locator('.availability-list > li').first()).toContainText(
			fill(fr.availability_all_free, { total: '7' })
		);
		const book = page
			.locator('.availability-list > li')
			.first()
			.getByRole('link', { name: new RegExp(`^${fr.availability_book}`) });
		expect(await book.getAttribute('href')).toContain(`date=2028-09-07&start=14%3A00&end=16%3A00&byday=TH`);
	});
});

test.describe('in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the search and its results read right to left', async ({ page }) => {
		await goto(page, '/');
		await page.getByRole('button', { name: 'العربية' }).click();
		await goto(page, `/rooms/availability?weekdays=TU&start=09:00&end=12:00&from=${FROM}&until=${UNTIL}`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.availability_title);
		await expect(page.getByRole('heading', { level: 2, name: ar.availability_results_heading })).toBeVisible();
		await expect(page.locator('.availability-list > li').first()).toContainText(
			fill(ar.availability_all_free, { total: '8' })
		);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
