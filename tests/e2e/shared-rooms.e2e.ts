/**
 * The acceptance journey for shared rooms, across the slices: an administrator loads the
 * school calendar, the women's restaurant asks for the shared kitchen on Tuesdays and Thursdays
 * 12:00–14:00 in school periods only, across the October daylight-saving change; the holidays are
 * skipped, the manager approves the series, and the room's iCalendar feed, read by a real parser,
 * holds the very same dates at noon, Paris time, on both sides of the change.
 *
 * The school calendar is a fixture with invented 2029-2030 dates for zone A (see
 * tests/fixtures/school-holidays/README.md): the real one is not published yet.
 */
import { fileURLToPath } from 'node:url';
import { test, expect, type Browser, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { DEMO_PASSWORD, expectNoAxeViolations, fill, fr, goto, ready, signIn, signInAsAdmin } from './helpers.js';

const CALENDAR = fileURLToPath(new URL('../fixtures/school-holidays/e2e-zone-a-2029-2030.ics', import.meta.url));
const RESTAURANT = 'traiteur@demo.quartiers-vivants.fr';
const MANAGER = 'gestionnaire@demo.quartiers-vivants.fr';
const KITCHEN = 'Espace cuisine partagée';
const TITLE = 'Service du midi — acceptation';

/** School weeks of October–November 2029 around the Toussaint holidays (20 Oct – 4 Nov). */
const BEFORE = ['2029-10-09', '2029-10-11', '2029-10-16', '2029-10-18'];
const AFTER = ['2029-11-06', '2029-11-08', '2029-11-13', '2029-11-15'];

/** A person in a browser of their own. */
async function person(browser: Browser): Promise<Page> {
	const context = await browser.newContext();
	return context.newPage();
}

async function openKitchenBooking(page: Page): Promise<string> {
	await goto(page, '/rooms');
	await page.getByRole('link', { name: KITCHEN }).first().click();
	// Wait for the room's own address: read too early, the URL is still the list's.
	await page.waitForURL(/\/rooms\/[\w-]+$/);
	await ready(page);
	const roomUrl = new URL(page.url());
	await page.getByRole('link', { name: fr.requests_book_link }).click();
	await page.waitForURL(/\/book$/);
	return roomUrl.pathname.split('/').pop()!;
}

test('the restaurant’s weekly series skips the school holidays, keeps 12:00–14:00 across the October change, and the feed holds the same dates', async ({
	browser
}) => {
	test.setTimeout(240_000);

	// 1. The administrator loads zone A's 2029-2030 school calendar.
	const admin = await person(browser);
	await signInAsAdmin(admin);
	await goto(admin, '/admin/school-holidays');
	await admin.getByLabel(fr.time_school_file_label).setInputFiles(CALENDAR);
	await admin.getByRole('button', { name: fr.time_school_submit }).click();
	await ready(admin);
	await expect(
		admin
			.getByRole('table', { name: fill(fr.time_school_zone_caption, { zone: 'A' }) })
			.getByRole('row', { name: '2029-2030' })
	).toContainText(fr.time_school_state_complete);
	await admin.context().close();

	// 2. The restaurant asks for the shared kitchen, Tuesdays and Thursdays, school periods only.
	const restaurant = await person(browser);
	await signIn(restaurant, RESTAURANT, DEMO_PASSWORD);
	const roomId = await openKitchenBooking(restaurant);
	await restaurant.getByLabel(fr.requests_field_title, { exact: true }).fill(TITLE);
	await restaurant.getByLabel(fr.requests_field_public, { exact: true }).check();
	await restaurant.getByLabel(fr.requests_field_date, { exact: true }).fill(BEFORE[0]!);
	await restaurant.getByLabel(fr.requests_field_start, { exact: true }).fill('12:00');
	await restaurant.getByLabel(fr.requests_field_end, { exact: true }).fill('14:00');
	await restaurant.getByLabel(fr.requests_field_repeat, { exact: true }).selectOption('weekly');
	await restaurant.getByRole('checkbox', { name: 'mardi' }).check();
	await restaurant.getByRole('checkbox', { name: 'jeudi' }).check();
	await restaurant.getByLabel(fr.requests_field_until, { exact: true }).fill(AFTER.at(-1)!);
	await restaurant
		.getByLabel(fr.requests_field_calendar, { exact: true })
		.selectOption({ label: fr.requests_calendar_school_periods });
	await restaurant.getByRole('button', { name: fr.requests_check }).click();
	await ready(restaurant);

	// Eight school-period dates, all free, all 12:00–14:00; the four holiday dates are skipped.
	const dates = restaurant.getByRole('table', { name: fr.requests_occurrences_caption });
	await expect(dates.getByRole('row')).toHaveCount(1 + BEFORE.length + AFTER.length);
	await expect(dates.getByRole('row').filter({ hasText: '12:00–14:00' })).toHaveCount(BEFORE.length + AFTER.length);
	await expect(restaurant.getByText(fr.requests_preview_ok)).toBeVisible();
	const skipped = restaurant
		.getByRole('heading', { name: fr.requests_skipped_heading })
		.locator('xpath=following-sibling::ul[1]');
	await expect(skipped.getByRole('listitem')).toHaveCount(4);
	await expect(skipped.getByRole('listitem').filter({ hasText: fr.requests_skip_school_holiday })).not.toHaveCount(0);
	await expectNoAxeViolations(restaurant);
	await restaurant.getByRole('button', { name: fr.requests_send }).click();
	await expect(
		restaurant.getByText(fill(fr.requests_sent_pending, { count: String(BEFORE.length + AFTER.length) }))
	).toBeVisible();
	await restaurant.context().close();

	// 3. The facility manager approves the whole series.
	const manager = await person(browser);
	await signIn(manager, MANAGER, DEMO_PASSWORD);
	await goto(manager, '/manage/bookings');
	const request = manager.getByRole('article', { name: new RegExp(TITLE) });
	await expect(request).toBeVisible();
	await request.getByRole('button', { name: fr.decisions_confirm_submit }).click();
	await ready(manager);
	await expect(manager.getByRole('article', { name: new RegExp(TITLE) })).toHaveCount(0);
	await manager.context().close();

	// 4. The room's public feed, read by ical.js: the same eight dates, confirmed, at noon in Paris —
	// 10:00 UTC in summer time before the change (28 October 2029), 11:00 UTC after it.
	const page = await person(browser);
	const feed = await page.request.get(`/calendars/rooms/${roomId}.ics`);
	expect(feed.status()).toBe(200);
	const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
	const ours = calendar
		.getAllSubcomponents('vevent')
		.map((v) => new ICAL.Event(v))
		.filter((e) => e.summary.includes(TITLE))
		.map((e) => ({
			start: e.startDate.toJSDate().toISOString(),
			end: e.endDate.toJSDate().toISOString(),
			status: e.component.getFirstPropertyValue('status')
		}))
		.sort((a, b) => a.start.localeCompare(b.start));
	expect(ours).toEqual([
		...BEFORE.map((d) => ({ start: `${d}T10:00:00.000Z`, end: `${d}T12:00:00.000Z`, status: 'CONFIRMED' })),
		...AFTER.map((d) => ({ start: `${d}T11:00:00.000Z`, end: `${d}T13:00:00.000Z`, status: 'CONFIRMED' }))
	]);
	await page.context().close();
});
