import { test, expect, type Page } from '@playwright/test';
import sharp from 'sharp';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, isolated, ready, signIn } from './helpers';
import { day, describeRoom32, openNewRoomForm } from './room-steps';

const MANAGER_EMAIL = 'gestionnaire@demo.quartiers-vivants.fr';

let counter = 0;
/** A room name of its own for each test, so that tests never depend on one another. */
const roomName = (label: string) => `Salle ${label} ${Date.now().toString(36)}${counter++}`;

const horizontalOverflow = (page: Page) =>
	page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

/** The public page shows what the manager described, in words. */
async function expectPublicRoom32(page: Page, name: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	const equipment = page.getByRole('region', { name: fr.rooms_equipment_heading });
	await expect(equipment.getByRole('definition').first()).toHaveText(fill(fr.rooms_area, { area: '32' }));
	await expect(equipment).toContainText(fr.kitchen_reheating);
	const hours = page.getByRole('region', { name: fr.rooms_hours_heading });
	await expect(hours.getByRole('row', { name: fr.weekday_1 })).toContainText(
		fill(fr.rooms_hours_period, { start: '09:00', end: '12:00' })
	);
	await expect(hours.getByRole('row', { name: fr.weekday_3 })).toContainText(
		fill(fr.rooms_hours_period, { start: '14:00', end: '18:00' })
	);
	await expect(hours.getByRole('row', { name: fr.weekday_2 })).toContainText(fr.rooms_hours_closed);
	const policy = page.getByRole('region', { name: fr.rooms_policy_heading });
	await expect(policy).toContainText(fr.rooms_policy_approval);
	await expect(policy).toContainText(fill(fr.rooms_policy_notice, { notice: fr.rooms_days.replace('{count}', '2') }));
	await expect(page.getByRole('region', { name: fr.rooms_ask_heading })).toBeVisible();
}

test.describe('a facility manager describes a room', () => {
	test('a 32 m² room with a reheating kitchen and opening hours, seen on the public page and in the list', async ({
		page
	}) => {
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		await goto(page, '/rooms');
		await page.getByRole('link', { name: fr.rooms_manage_link }).click();
		await expect(page.getByRole('heading', { level: 1, name: fr.rooms_manage_title })).toBeVisible();
		await ready(page);
		await openNewRoomForm(page);

		const name = roomName('des Buers');
		await describeRoom32(page, name);
		await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();
		await expect(page).toHaveURL(/\/manage\/rooms\/[\w-]+\?saved=created$/);
		await expect(page.getByRole('status')).toHaveText(fr.rooms_room_created);
		await ready(page);

		await page.getByRole('link', { name: fr.rooms_see_public_room }).click();
		await ready(page);
		await expectPublicRoom32(page, name);
		await expectNoAxeViolations(page);

		// The list finds it with the filters a project holder would use.
		await goto(page, '/rooms');
		await page.getByLabel(fr.rooms_filter_min_area).fill('30');
		await page.getByLabel(fr.rooms_filter_kitchen).selectOption('reheating');
		await page.getByRole('button', { name: fr.rooms_filter_submit }).click();
		await expect(page).toHaveURL(/minArea=30/);
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
		await page.getByLabel(fr.rooms_filter_kitchen).selectOption('full');
		await page.getByRole('button', { name: fr.rooms_filter_submit }).click();
		await expect(page).toHaveURL(/kitchen=full/);
		await expect(page.getByRole('link', { name, exact: true })).toHaveCount(0);
	});

	test('mistakes are shown beside their fields and nothing typed is lost', async ({ page }) => {
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		await openNewRoomForm(page);
		const name = roomName('erreurs');
		await describeRoom32(page, name);
		await page.getByLabel(fr.equipment_area).fill('32,5');
		await day(page, fr.weekday_3)
			.getByLabel(fill(fr.rooms_hours_end, { n: '1' }))
			.fill('13h');
		await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();

		await expect(page.getByRole('alert')).toContainText(fr.err_room_area_range);
		await expect(page.getByRole('alert')).toContainText(fr.err_hours_start_after_end);
		await expect(page.getByLabel(fr.equipment_area)).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel(fr.rooms_room_name)).toHaveValue(name);
		await expect(page.getByRole('radio', { name: fr.kitchen_reheating })).toBeChecked();
		await expect(day(page, fr.weekday_1).getByLabel(fill(fr.rooms_hours_start, { n: '1' }))).toHaveValue('9h');
		await expectNoAxeViolations(page);

		await page.getByLabel(fr.equipment_area).fill('32');
		await day(page, fr.weekday_3)
			.getByLabel(fill(fr.rooms_hours_end, { n: '1' }))
			.fill('18h');
		await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();
		await expect(page).toHaveURL(/\?saved=created$/);
	});

	test('photos: uploaded with a description, served re-encoded with cache headers, then deleted', async ({ page }) => {
		test.slow();
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		await openNewRoomForm(page);
		const name = roomName('photo');
		await describeRoom32(page, name);
		await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();
		await expect(page).toHaveURL(/\?saved=created$/);
		await ready(page);

		const jpeg = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: '#5aa58f' } })
			.jpeg()
			.withExif({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 46/1 0/1' } })
			.toBuffer();
		// Without a description, the photo is refused and the reason given.
		await page
			.getByLabel(fr.rooms_photo_file, { exact: true })
			.setInputFiles({ name: 'salle.jpg', mimeType: 'image/jpeg', buffer: jpeg });
		await page.getByRole('button', { name: fr.rooms_photo_submit }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_photo_alt_required);
		await ready(page);

		await page
			.getByLabel(fr.rooms_photo_file, { exact: true })
			.setInputFiles({ name: 'salle.jpg', mimeType: 'image/jpeg', buffer: jpeg });
		await page.getByLabel(fr.rooms_photo_alt).fill('La salle vue depuis l’entrée');
		await page.getByRole('button', { name: fr.rooms_photo_submit }).click();
		await expect(page.getByRole('status')).toHaveText(fr.rooms_photo_added);
		await ready(page);
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: fr.rooms_see_public_room }).click();
		await ready(page);
		const photo = page.getByRole('img', { name: 'La salle vue depuis l’entrée' });
		await expect(photo).toBeVisible();
		const src = (await photo.getAttribute('src'))!;
		const response = await page.request.get(src.replace(/thumbnail$/, 'large'));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/jpeg');
		expect(response.headers()['cache-control']).toContain('immutable');
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
		const served = await sharp(await response.body()).metadata();
		expect(served.width).toBe(1600);
		expect(served.exif).toBeUndefined();
		const again = await page.request.get(src.replace(/thumbnail$/, 'large'), {
			headers: { 'If-None-Match': response.headers()['etag']! }
		});
		expect(again.status()).toBe(304);

		await page.getByRole('link', { name: fr.rooms_edit_this_room }).click();
		await ready(page);
		await page.getByText(fr.rooms_photo_delete, { exact: true }).click();
		await page.getByRole('button', { name: fr.rooms_photo_delete_submit }).click();
		await expect(page.getByRole('status')).toHaveText(fr.rooms_photo_deleted);
		expect((await page.request.get(src)).status()).toBe(404);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a manager creates the 32 m² room, fixes a mistake, sees it in public, then deletes it after confirming', async ({
		page
	}) => {
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		await openNewRoomForm(page);
		const name = roomName('sans JS');
		await describeRoom32(page, name);
		await day(page, fr.weekday_1)
			.getByLabel(fill(fr.rooms_hours_start, { n: '2' }))
			.fill('11h');
		await day(page, fr.weekday_1)
			.getByLabel(fill(fr.rooms_hours_end, { n: '2' }))
			.fill('13h');
		await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_hours_overlap);
		await expect(page.getByLabel(fr.equipment_area)).toHaveValue('32');

		await day(page, fr.weekday_1)
			.getByLabel(fill(fr.rooms_hours_start, { n: '2' }))
			.fill('14h');
		await day(page, fr.weekday_1)
			.getByLabel(fill(fr.rooms_hours_end, { n: '2' }))
			.fill('17h');
		await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();
		await expect(page).toHaveURL(/\/manage\/rooms\/[\w-]+\?saved=created$/);
		const manageUrl = new URL(page.url()).pathname;

		await page.getByRole('link', { name: fr.rooms_see_public_room }).click();
		await expectPublicRoom32(page, name);
		await expect(
			page.getByRole('region', { name: fr.rooms_hours_heading }).getByRole('row', { name: fr.weekday_1 })
		).toContainText(
			`${fill(fr.rooms_hours_period, { start: '09:00', end: '12:00' })}, ${fill(fr.rooms_hours_period, { start: '14:00', end: '17:00' })}`
		);

		// Deleting asks for confirmation first.
		await page.goto(manageUrl);
		await page.getByRole('link', { name: fr.rooms_room_delete }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			fill(fr.rooms_room_delete_title, { room: isolated(name) })
		);
		await page.getByRole('button', { name: fr.rooms_room_delete_submit }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_confirm_required);
		await page.getByLabel(fr.rooms_room_delete_confirm).check();
		await page.getByRole('button', { name: fr.rooms_room_delete_submit }).click();
		await expect(page.getByRole('status')).toHaveText(fr.rooms_room_deleted);
		const gone = await page.goto(manageUrl.replace('/manage/rooms/', '/rooms/'));
		expect(gone?.status()).toBe(404);
	});

	test('the public list filters with a plain GET form', async ({ page }) => {
		await page.goto('/rooms');
		await page.getByRole('checkbox', { name: fr.equipment_child_toilets }).check();
		await page.getByRole('button', { name: fr.rooms_filter_submit }).click();
		await expect(page).toHaveURL(/childToilets=on/);
		await expect(page.getByRole('link', { name: 'Salle petite enfance' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Grande salle' })).toHaveCount(0);
	});
});

test.describe('in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	test('the room list and a room page read right to left without sideways scrolling', async ({ page }) => {
		await goto(page, '/rooms');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.rooms_title);
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'Salle petite enfance' }).click();
		await ready(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Salle petite enfance' })).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 2, name: ar.rooms_equipment_heading })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: ar.rooms_hours_heading })).toBeVisible();
		await expect(page.getByRole('region', { name: ar.rooms_hours_heading })).toContainText(ar.weekday_1);
		await expect(page.getByRole('region', { name: ar.rooms_policy_heading })).toContainText(ar.rooms_policy_approval);
		await expect(page.getByRole('region', { name: ar.rooms_ask_heading })).toBeVisible();
		expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});

test('the room form can be filled and sent with the keyboard alone', async ({ page }) => {
	await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
	await openNewRoomForm(page);
	const name = roomName('clavier');
	const nameField = page.getByLabel(fr.rooms_room_name);
	for (let i = 0; i < 40 && !(await nameField.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(nameField).toBeFocused();
	await page.keyboard.type(name);
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(fr.rooms_description)).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(fr.equipment_area)).toBeFocused();
	await page.keyboard.type('32');
	await page.keyboard.press('Tab');
	await page.keyboard.type('20');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	// Into the kitchen choices (on "none", the default), then the arrow picks the next level.
	await expect(page.getByRole('radio', { name: fr.kitchen_none })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: fr.kitchen_reheating })).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('checkbox', { name: fr.equipment_toilets, exact: true })).toBeFocused();
	await page.keyboard.press('Space');
	for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(day(page, fr.weekday_1).getByLabel(fill(fr.rooms_hours_start, { n: '1' }))).toBeFocused();
	await page.keyboard.type('9h');
	await page.keyboard.press('Tab');
	await page.keyboard.type('12h');

	const submit = page.getByRole('button', { name: fr.rooms_room_create_submit });
	for (let i = 0; i < 40 && !(await submit.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(submit).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\?saved=created$/);
	await ready(page);
	await page.getByRole('link', { name: fr.rooms_see_public_room }).click();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	await expect(page.getByRole('region', { name: fr.rooms_equipment_heading })).toContainText(fr.kitchen_reheating);
});

test.describe('every new page passes axe', () => {
	test('the room list, a room page and a facility page', async ({ page }) => {
		await goto(page, '/rooms');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Grande salle' }).click();
		await ready(page);
		await expectNoAxeViolations(page);
		await page.getByRole('navigation', { name: fr.rooms_breadcrumb }).getByRole('link', { name: 'CCO' }).click();
		await ready(page);
		await expect(page.getByRole('heading', { level: 1, name: 'CCO' })).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('my facilities, adding a facility (its quartier found from its coordinates) and its management page', async ({
		page
	}) => {
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		await goto(page, '/manage/facilities');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: fr.rooms_facility_add }).click();
		await ready(page);
		await expectNoAxeViolations(page);
		const facilityName = `Maison de quartier ${Date.now().toString(36)}`;
		await page.getByLabel(fr.rooms_facility_name).fill(facilityName);
		await page.getByLabel(fr.rooms_address).fill('17 rue Louis Braille, 69100 Villeurbanne');
		await page.getByLabel(fr.rooms_latitude).fill('45,7721');
		await page.getByLabel(fr.rooms_longitude).fill('4,8969');
		await page.getByRole('button', { name: fr.rooms_facility_create_submit }).click();
		await expect(page.getByRole('status')).toHaveText(fr.rooms_facility_created);
		await ready(page);
		await expect(page.getByLabel(fr.rooms_quartier)).not.toHaveValue('');
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: fr.rooms_see_public_facility }).click();
		await ready(page);
		await expect(page.getByRole('heading', { level: 1, name: facilityName })).toBeVisible();
		await expect(page.getByText(fr.rooms_facility_no_rooms)).toBeVisible();
	});

	test('the room form, a room’s management page and the delete confirmation', async ({ page }) => {
		test.slow();
		await signIn(page, MANAGER_EMAIL, DEMO_PASSWORD);
		await openNewRoomForm(page);
		await expectNoAxeViolations(page);
		await page.getByLabel(fr.rooms_room_name).fill(roomName('polyvalente'));
		await page.getByLabel(fr.equipment_area).fill('48');
		await page.getByLabel(fr.equipment_capacity).fill('30');
		await page.getByRole('button', { name: fr.rooms_room_create_submit }).click();
		await expect(page).toHaveURL(/\?saved=created$/);
		await ready(page);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: fr.rooms_room_delete }).click();
		await ready(page);
		await expectNoAxeViolations(page);
		// No hours given: the public page says the room opens on request.
		await page.goto(page.url().replace(/\/manage\/rooms\/([\w-]+)\/delete$/, '/rooms/$1'));
		await ready(page);
		await expect(page.getByRole('region', { name: fr.rooms_hours_heading })).toContainText(fr.rooms_hours_on_request);
	});
});

test('a resident cannot open the management pages', async ({ page }) => {
	await signIn(page, 'habitante@demo.quartiers-vivants.fr', DEMO_PASSWORD);
	const response = await page.goto('/manage/facilities');
	expect(response?.status()).toBe(403);
	await goto(page, '/rooms');
	await expect(page.getByRole('link', { name: fr.rooms_manage_link })).toHaveCount(0);
});
