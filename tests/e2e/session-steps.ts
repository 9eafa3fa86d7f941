/**
 * Steps shared by the end-to-end tests of sessions and of the childcare coupled with them: the
 * demo's French workshops found as a person finds them, a resident on her phone in Arabic with a
 * fresh account, and one session's card in the list.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { ar, freshAccount, goto, ready } from './helpers';

export const MEMBER = 'membre@demo.quartiers-vivants.fr';
export const WORKSHOPS = 'Ateliers de français du mardi et du jeudi';

export const horizontalOverflow = (page: Page) =>
	page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

/** The workshops' page, found as a person finds it: from the list of initiatives. */
export async function workshopsPath(page: Page): Promise<string> {
	await goto(page, '/initiatives');
	await page.getByRole('link', { name: WORKSHOPS }).first().click();
	// With scripts on, the click navigates in the page: wait until the address is the initiative's.
	await page.waitForURL(/\/initiatives\/[^/]+$/);
	await ready(page);
	return new URL(page.url()).pathname;
}

/** A resident on her own phone, in Arabic, with a fresh account. */
export async function arabicResident(browser: Browser, label: string, javaScriptEnabled = true) {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		locale: 'ar',
		isMobile: true,
		hasTouch: true,
		javaScriptEnabled
	});
	const page = await context.newPage();
	const account = freshAccount(label);
	await goto(page, '/sign-up');
	await page.getByLabel(ar.field_name).fill(account.name);
	await page.getByLabel(ar.field_email).fill(account.email);
	await page.getByLabel(ar.field_password).fill(account.password);
	await page.getByRole('button', { name: ar.sign_up_submit }).click();
	await expect(page).toHaveURL(/\/account\?welcome=1$/);
	return { page, close: () => context.close() };
}

export const card = (page: Page, index: number) => page.locator('.session-list__item').nth(index);
