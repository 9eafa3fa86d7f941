/**
 * Calendars, feeds and occupancy as people use them. The demo seeds the Atelier textile with
 * bookings in the weeks of 19 and 26 March 2029 (around the daylight-saving change): a public
 * confirmed workshop on Tuesdays, a private meeting on Friday 23, a pending debate on Thursday 29.
 */
import { test, expect, type Page } from '@playwright/test';
import { ar, DEMO_PASSWORD, expectNoAxeViolations, fill, fr, goto, isolated, signIn } from './helpers';

const MANAGER_EMAIL = 'gestionnaire@demo.quartiers-vivants.fr';
const ROOM = 'Atelier textile';
const WEEK = '2029-03-19';

/** The room's id, from its public page. */
async function roomPath(page: Page): Promise<string> {
	await goto(page, '/rooms');
	await page.getByRole('link', { name: ROOM, exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: ROOM })).toBeVisible();
	return new URL(page.url()).pathname;
}

const horizontalOverflow = (page: Page) =>
	page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

test.describe('a visitor without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('browses a room’s week and month, sees public titles, “booked” and pending requests', async ({ page }) => {
		const room = await roomPath(page);
		await page.getByRole('link', { name: fr.calendars_see_calendar }).click();
		await expect(page).toHaveURL(new RegExp(`${room}/calendar$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			fill(fr.calendars_room_title, { name: isolated(ROOM) })
		);

		await goto(page, `${room}/calendar?view=week&date=2029-03-20`);
		const grid = page.getByRole('table');
		await expect(grid.locator('caption')).toContainText('19 mars 2029');
		await expect(grid).toContainText('Atelier couture du mardi');
		await expect(grid).toContainText('14:00–17:00');
		await expect(grid).toContainText(fr.calendars_busy);
		// A private booking's title is never sent to a visitor.
		await expect(page.locator('body')).not.toContainText('Réunion d’équipe');

		// Next week: after the change to summer time, the workshop is still at 14:00.
		await page.getByRole('link', { name: fr.calendars_next_week }).click();
		await expect(page).toHaveURL(/view=week&date=2029-03-26/);
		await expect(page.getByRole('table')).toContainText('14:00–17:00');
		await expect(page.getByRole('table')).toContainText('18:00–20:00');
		await expect(page.getByRole('table')).toContainText('Débat : les femmes et la ville');
		await expect(page.getByRole('table').locator('.cal-entry--pending')).toContainText(fr.calendars_status_pending);

		await page.getByRole('link', { name: fr.calendars_view_month }).click();
		await expect(page).toHaveURL(/view=month&date=2029-03-26/);
		const month = page.getByRole('table');
		await expect(month.locator('caption')).toHaveText('mars 2029');
		await expect(month.getByRole('columnheader')).toHaveCount(7);
		await expect(month.locator('.cal-entry')).toHaveCount(4);

		await page.getByRole('link', { name: fr.calendars_next_month }).click();
		await expect(page).toHaveURL(/view=month&date=2029-04-01/);
		await expect(page.getByRole('table').locator('caption')).toHaveText('avril 2029');
		// Easter Monday 2029 is 2 April.
		await expect(page.getByRole('table')).toContainText(fr.calendars_holiday_easter_monday);

		// The same content as a list, on request.
		await page.getByRole('link', { name: fr.calendars_layout_list }).click();
		await expect(page.getByRole('table')).toBeHidden();
		await expect(page.getByRole('heading', { level: 3, name: /2 avril 2029/ })).toBeVisible();
	});

	test('reads the occupancy of the room, its facility and its quartier', async ({ page }) => {
		const room = await roomPath(page);
		await page.getByRole('link', { name: fr.calendars_see_occupancy }).click();
		await goto(page, `${room}/occupancy?from=${WEEK}`);
		const table = page.getByRole('table');
		await expect(table.locator('caption')).toContainText('8');
		const firstWeek = table.getByRole('row').nth(1);
		// Open Monday–Friday 9–12 and four afternoons 13:30–18:00: 33 h; booked 3 h + 2 h (the pending debate does not count).
		await expect(firstWeek.getByRole('rowheader')).toContainText('19 mars 2029');
		await expect(firstWeek).toContainText('33 h');
		await expect(firstWeek).toContainText('5 h');
		await expect(firstWeek).toContainText('15 %');
		await expect(firstWeek.getByRole('cell').nth(3)).toContainText('2');

		await goto(page, room);
		const facilityLink = page.locator('a[href^="/facilities/"]').first();
		const facilityPath = await facilityLink.getAttribute('href');
		for (const path of [`${facilityPath}/calendar?view=week&date=${WEEK}`, `${facilityPath}/occupancy?from=${WEEK}`]) {
			await goto(page, path);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		}
	});
});

test('every calendar and occupancy page passes axe', async ({ page }) => {
	test.setTimeout(240_000);
	const room = await roomPath(page);
	const facilityPath = await page.locator('main a[href^="/facilities/"]').first().getAttribute('href');
	const pages = [
		`${room}/calendar`,
		`${room}/calendar?view=week&date=${WEEK}`,
		`${room}/calendar?view=month&date=${WEEK}`,
		`${room}/calendar?view=month&date=${WEEK}&layout=list`,
		`${room}/occupancy?from=${WEEK}`,
		`${facilityPath}/calendar?view=week&date=${WEEK}`,
		`${facilityPath}/occupancy?from=${WEEK}`,
		`/quartiers/QN06920M/calendar?view=month&date=${WEEK}`,
		`/quartiers/QN06920M/occupancy?from=${WEEK}`
	];
	for (const path of pages) {
		await goto(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoAxeViolations(page);
	}

	await goto(page, '/quartiers/QN06920M');
	await page.getByRole('link', { name: fr.calendars_see_calendar }).click();
	await expect(page).toHaveURL(/\/quartiers\/QN06920M\/calendar$/);

	await goto(page, '/organisations');
	await page.getByRole('link', { name: 'Femmes en Mouvement Saint-Jean' }).first().click();
	await expect(page.getByRole('heading', { level: 1, name: 'Femmes en Mouvement Saint-Jean' })).toBeVisible();
	await page.getByRole('link', { name: fr.calendars_see_calendar }).click();
	await expect(page).toHaveURL(/\/organisations\/[^/]+\/calendar$/);
	await goto(page, `${new URL(page.url()).pathname}?view=week&date=${WEEK}`);
	// The organisation's own calendar: its public bookings, not the others' in the same room.
	await expect(page.getByRole('table')).toContainText('Atelier couture du mardi');
	await expect(page.getByRole('table')).not.toContainText(fr.calendars_busy);
	await expectNoAxeViolations(page);
});

test('the keyboard moves from week to week', async ({ page }) => {
	const room = await roomPath(page);
	await goto(page, `${room}/calendar?view=week&date=${WEEK}`);
	const next = page.getByRole('link', { name: fr.calendars_next_week });
	for (let i = 0; i < 40 && !(await next.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(next).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/date=2029-03-26/);
	// The grid's region can be scrolled with the keyboard too.
	await expect(page.getByRole('region', { name: /26 mars 2029/ })).toHaveAttribute('tabindex', '0');
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	test('shows the week as a list of days, right to left, without sideways scrolling', async ({ page }) => {
		const room = await roomPath(page);
		await goto(page, `${room}/calendar?view=week&date=${WEEK}`);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			fill(ar.calendars_room_title, { name: isolated(ROOM) })
		);
		// On a phone the grid gives way to the list.
		await expect(page.getByRole('table')).toBeHidden();
		const days = page.locator('.cal-days > li');
		await expect(days).toHaveCount(7);
		await expect(days.nth(1)).toContainText('Atelier couture du mardi');
		await expect(days.nth(4)).toContainText(ar.calendars_busy);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: ar.calendars_view_month }).click();
		await expect(page.locator('.cal-days > li').first()).toBeVisible();
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});

test('a facility manager makes a secret feed with every detail, then revokes it', async ({ page }) => {
	const room = await roomPath(page);
	const roomId = room.split('/').pop()!;
	// The public feed: the private meeting is only "booked".
	const publicFeed = await page.request.get(`/calendars/rooms/${roomId}.ics`);
	expect(publicFeed.status()).toBe(200);
	expect(publicFeed.headers()['content-type']).toContain('text/calendar');
	const publicText = await publicFeed.text();
	expect(publicText).toContain('SUMMARY:Atelier couture du mardi');
	expect(publicText).toContain(`SUMMARY:${fr.calendars_busy}`);
	expect(publicText).not.toContain('Réunion d’équipe');
	expect(publicText).toContain('STATUS:TENTATIVE');
	const etag = publicFeed.headers()['etag']!;
	expect(
		(await page.request.get(`/calendars/rooms/${roomId}.ics`, { headers: { 'If-None-Match': etag } })).status()
	).toBe(304);

	await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
	await goto(page, '/calendars/feeds');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.calendars_feeds_title);
	await expectNoAxeViolations(page);
	// Nothing chosen: the form says so beside the field.
	await page.getByRole('button', { name: fr.calendars_feed_create }).click();
	await expect(page.locator('.field__error')).toHaveText(fr.err_calendars_scope_required);
	const option = page.locator('#feed-scope option', { hasText: ROOM }).first();
	await page.getByLabel(fr.calendars_feed_scope).selectOption((await option.getAttribute('value'))!);
	await page.getByRole('button', { name: fr.calendars_feed_create }).click();
	const address = await page.getByTestId('new-feed').inputValue();
	expect(address).toMatch(new RegExp(`/calendars/rooms/${roomId}\\.ics\\?token=qvcal_`));
	await expectNoAxeViolations(page);

	const secret = await page.request.get(new URL(address).pathname + new URL(address).search);
	expect(secret.status()).toBe(200);
	expect(await secret.text()).toContain('SUMMARY:Réunion d’équipe');

	const row = page.getByRole('row').filter({ hasText: ROOM }).first();
	await row.getByRole('button', { name: new RegExp(fr.calendars_feed_revoke) }).click();
	await expect(page.getByText(fr.calendars_feed_revoked)).toBeVisible();
	const refused = await page.request.get(new URL(address).pathname + new URL(address).search);
	expect(refused.status()).toBe(403);
});
