/**
 * The acceptance journey: a facility manager describes a 32 m² room with a reheating
 * kitchen; an association looking at the itinerant crèche (Soli'mômes) sees that room listed as
 * "fits with upgrades: +8 m², child toilets".
 */
import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, isolated, ready, signIn, signOut } from './helpers';
import { describeRoom32, openNewRoomForm } from './room-steps';

const MANAGER_EMAIL = 'gestionnaire@demo.quartiers-vivants.fr';
const MEMBER_EMAIL = 'membre@demo.quartiers-vivants.fr';

async function describeTheRoom(page: Page): Promise<string> {
	await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
	await openNewRoomForm(page);
	const name = `Salle d'activités ${Date.now().toString(36)}`;
	await describeRoom32(page, name);
	await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();
	await expect(page.getByRole('status')).toHaveText(fr.rooms_room_created);
	await signOut(page);
	return name;
}

test('an association sees the 32 m² room as "fits with upgrades: +8 m², child toilets" for the itinerant crèche', async ({
	page
}) => {
	const name = await describeTheRoom(page);

	await signIn(page, MEMBER_EMAIL, DEMO_PASSWORD);
	await goto(page, '/practices');
	await page
		.getByRole('link', { name: /crèche itinérante/i })
		.first()
		.click();
	await ready(page);
	await page.getByRole('link', { name: fr.fit_see_rooms }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(fr.fit_rooms_title.split('«')[0]!.trim());
	await ready(page);

	const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) });
	await expect(card).toContainText(fr.fit_verdict_fits_with_upgrades);
	await expect(card).toContainText(`${fill(fr.fit_gap_area, { m2: '8' })}, ${fr.fit_gap_child_toilets}`);
	await expectNoAxeViolations(page);

	// Near a quartier: the distance is shown, and the page still lists the room.
	await page.getByLabel(fr.fit_filter_quartier).selectOption({ index: 1 });
	await page.getByRole('button', { name: fr.fit_filter_submit }).click();
	await expect(page).toHaveURL(/quartier=/);
	await expect(card).toContainText(fr.fit_verdict_fits_with_upgrades);

	// From the room, the practices it can host include the crèche, with the same gaps.
	await card.getByRole('link', { name, exact: true }).click();
	await page.getByRole('link', { name: fr.fit_see_practices }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		fill(fr.fit_practices_title, { room: isolated(name) })
	);
	const creche = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: /crèche itinérante/i }) });
	await expect(creche.first()).toContainText(`${fill(fr.fit_gap_area, { m2: '8' })}, ${fr.fit_gap_child_toilets}`);
	await expectNoAxeViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	// A shared garden needs 150 m² outdoors: most rooms cannot be given that by works on the room.
	test('the rooms that do not fit are hidden until asked for, with their reasons', async ({ page }) => {
		await goto(page, '/practices/jardin-partage/rooms');
		const shown = await page.locator('.fit-list > li').count();
		await page.getByLabel(fr.fit_filter_show_all).check();
		await page.getByRole('button', { name: fr.fit_filter_submit }).click();
		await expect(page).toHaveURL(/all=1/);
		expect(await page.locator('.fit-list > li').count()).toBeGreaterThan(shown);
		await expect(page.getByText(fr.fit_verdict_does_not_fit).first()).toBeVisible();
		await expect(page.getByText(fill(fr.fit_blocking_outdoor, { m2: '150' })).first()).toBeVisible();
	});
});

test.describe('in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the comparison reads right to left, with the verdicts in Arabic', async ({ page }) => {
		await goto(page, '/');
		await page.getByRole('button', { name: 'العربية' }).click();
		await goto(page, '/practices/jardin-partage/rooms?all=1');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 2, name: ar.fit_results_heading })).toBeVisible();
		await expect(page.getByText(ar.fit_verdict_does_not_fit).first()).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
