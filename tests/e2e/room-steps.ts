/** Steps a facility manager takes to describe a room, shared by the rooms and fit journeys. */
import { expect, type Page } from '@playwright/test';
import { fill, fr, goto, isolated, ready } from './helpers';

/** From "my facilities" to the new-room form of the demo's CCO. */
export async function openNewRoomForm(page: Page): Promise<void> {
	await goto(page, '/manage/facilities');
	await page.getByRole('link', { name: 'CCO', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'CCO' })).toBeVisible();
	await ready(page);
	await page.getByRole('link', { name: fr.rooms_room_add }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		fill(fr.rooms_room_add_in, { facility: isolated('CCO') })
	);
	await ready(page);
}

export const day = (page: Page, weekday: string) => page.getByRole('group', { name: weekday, exact: true });

/** The room: 32 m², a reheating kitchen, open Monday morning and Wednesday afternoon. */
export async function describeRoom32(page: Page, name: string): Promise<void> {
	await page.getByLabel(fr.rooms_room_name).fill(name);
	await page.getByLabel(fr.rooms_description).fill('Salle au rez-de-chaussée, avec un office.');
	await page.getByLabel(fr.equipment_area).fill('32');
	await page.getByLabel(fr.equipment_capacity).fill('20');
	await page.getByRole('radio', { name: fr.kitchen_reheating }).check();
	await page.getByRole('checkbox', { name: fr.equipment_toilets, exact: true }).check();
	await page.getByRole('checkbox', { name: fr.equipment_step_free }).check();
	await day(page, fr.weekday_1)
		.getByLabel(fill(fr.rooms_hours_start, { n: '1' }))
		.fill('9h');
	await day(page, fr.weekday_1)
		.getByLabel(fill(fr.rooms_hours_end, { n: '1' }))
		.fill('12h');
	await day(page, fr.weekday_3)
		.getByLabel(fill(fr.rooms_hours_start, { n: '1' }))
		.fill('14:00');
	await day(page, fr.weekday_3)
		.getByLabel(fill(fr.rooms_hours_end, { n: '1' }))
		.fill('18:00');
}
