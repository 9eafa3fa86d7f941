/**
 * A facility manager decides on the demo's pending requests (seeded in 2029 by
 * booking-requests-demo.ts): refuses one date of a series with a reason and confirms the others;
 * the requester reads the reason in her notifications. Then without JavaScript, and in Arabic
 * on a 360 px phone.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ar, DEMO_PASSWORD, expectNoAxeViolations, fill, fr, goto, signIn } from './helpers.js';

const MANAGER = 'gestionnaire@demo.quartiers-vivants.fr';
const MEMBER = 'membre@demo.quartiers-vivants.fr';

async function as(browser: Browser, email: string, options: { javaScriptEnabled?: boolean; arabic?: boolean } = {}) {
	const context = await browser.newContext({
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		...(options.arabic ? { viewport: { width: 360, height: 740 } } : {})
	});
	const page = await context.newPage();
	await signIn(page, email, DEMO_PASSWORD);
	// Read in Arabic through the cookie only: the demo accounts' saved language stays French.
	if (options.arabic) await context.addCookies([{ name: 'qv_lang', value: 'ar', url: new URL(page.url()).origin }]);
	return { page, close: () => context.close() };
}

const request = (page: Page, title: string) =>
	page.getByRole('article').filter({ has: page.getByRole('heading', { level: 3, name: title }) });

/** The workers poll every two seconds: reload until the notification is there. */
async function unreadCount(page: Page, messages: typeof fr): Promise<number> {
	const link = page.getByRole('link', {
		name: new RegExp(fill(messages.decisions_header_unread, { count: '(\\d+)' }))
	});
	const name = (await link.getAttribute('aria-label')) ?? '';
	return Number(/\d+/.exec(name)?.[0] ?? 'NaN');
}

test('a manager refuses one date of a series with a reason and confirms the rest; the requester reads why', async ({
	browser
}) => {
	// Two people, three decisions and the workers' round trip: longer than the default minute on a busy machine.
	test.setTimeout(180_000);
	const manager = await as(browser, MANAGER);
	const page = manager.page;
	await goto(page, '/manage/facilities');
	await page.getByRole('link', { name: fr.decisions_manage_link }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.decisions_manage_title);
	const series = request(page, 'Atelier couture du mardi');
	await expect(series.getByRole('checkbox')).toHaveCount(3);
	await expectNoAxeViolations(page);

	// Only 16 January: untick the two others, refuse without a reason first.
	await series.getByRole('checkbox', { name: /9 janvier 2029/ }).uncheck();
	await series.getByRole('checkbox', { name: /23 janvier 2029/ }).uncheck();
	await series.getByRole('button', { name: fr.decisions_refuse_submit }).click();
	await expect(page.getByRole('alert')).toContainText(fr.err_decisions_reason_required);
	await expect(series.getByRole('checkbox', { name: /16 janvier 2029/ })).toBeChecked();
	await expect(series.getByRole('checkbox', { name: /9 janvier 2029/ })).not.toBeChecked();
	await expectNoAxeViolations(page);

	const reason = `Salle prise par le conseil de quartier ${Date.now()}`;
	await series.getByLabel(fr.decisions_reason_label).fill(reason);
	await series.getByRole('button', { name: fr.decisions_refuse_submit }).click();
	await expect(page.getByRole('status')).toContainText(fill(fr.decisions_done_refused, { count: '1' }));
	await expect(series.getByRole('checkbox')).toHaveCount(2);
	await series.getByRole('button', { name: fr.decisions_confirm_submit }).click();
	await expect(page.getByRole('status')).toContainText(fill(fr.decisions_done_confirmed, { count: '2' }));
	await expect(request(page, 'Atelier couture du mardi')).toHaveCount(0);
	const history = page.getByRole('table');
	await expect(history.getByRole('row').filter({ hasText: reason })).toContainText(fr.decisions_status_refused);
	await expect(history.getByRole('row').filter({ hasText: '23 janvier 2029' })).toContainText(
		fr.decisions_status_confirmed
	);

	// Then the room is needed after all on 23 January: the manager cancels that date, with a reason.
	await history
		.getByRole('row')
		.filter({ hasText: '23 janvier 2029' })
		.getByRole('link', { name: /Annuler/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.decisions_cancel_title);
	await page.getByRole('button', { name: fr.decisions_cancel_submit }).click();
	await expect(page.getByRole('alert')).toContainText(fr.err_decisions_reason_required);
	await expectNoAxeViolations(page);
	await page.getByLabel(fr.decisions_reason_label).fill('Dégât des eaux');
	await page.getByRole('button', { name: fr.decisions_cancel_submit }).click();
	await expect(page.getByRole('status')).toContainText(fr.decisions_cancel_done);
	await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Dégât des eaux' })).toContainText(
		fr.decisions_status_cancelled
	);
	await manager.close();

	// The requester: a notification with the reason, in her language (French).
	const member = await as(browser, MEMBER);
	const mp = member.page;
	await expect
		.poll(
			async () => {
				await goto(mp, '/account');
				return unreadCount(mp, fr);
			},
			{ timeout: 20_000 }
		)
		.toBeGreaterThanOrEqual(2);
	await mp.getByRole('link', { name: /notifications non lues/ }).click();
	await expect(mp.getByRole('heading', { level: 1 })).toHaveText(fr.decisions_notifications_title);
	await expect(mp.getByText(fill(fr.decisions_notif_reason, { reason }))).toBeVisible();
	await expectNoAxeViolations(mp);
	await mp.getByRole('button', { name: fr.decisions_notifications_mark_all }).click();
	await expect(mp.getByRole('status')).toContainText(fr.decisions_notifications_all_marked);
	await expect(mp.getByRole('link', { name: fill(fr.decisions_header_unread, { count: '0' }) })).toBeVisible();

	// Someone who manages no room cannot open the queue.
	const response = await mp.goto('/manage/bookings');
	expect(response?.status()).toBe(403);
	await member.close();
});

test.describe('without JavaScript', () => {
	test('a manager refuses a one-off request and the requester marks the notice read', async ({ browser }) => {
		const manager = await as(browser, MANAGER, { javaScriptEnabled: false });
		const page = manager.page;
		await goto(page, '/manage/bookings');
		const meeting = request(page, 'Réunion des parents');
		const reason = `Fermeture exceptionnelle ${Date.now()}`;
		await meeting.getByLabel(fr.decisions_reason_label).fill(reason);
		await meeting.getByRole('button', { name: fr.decisions_refuse_submit }).click();
		await expect(page.getByRole('status')).toContainText(fill(fr.decisions_done_refused, { count: '1' }));
		await expect(request(page, 'Réunion des parents')).toHaveCount(0);
		await manager.close();

		const member = await as(browser, MEMBER, { javaScriptEnabled: false });
		const mp = member.page;
		const item = mp.getByRole('listitem').filter({ hasText: reason });
		await expect
			.poll(
				async () => {
					await goto(mp, '/notifications');
					return item.count();
				},
				{ timeout: 20_000 }
			)
			.toBe(1);
		await item.getByRole('button', { name: fr.decisions_notifications_mark_read }).click();
		await expect(mp.getByRole('status')).toContainText(fr.decisions_notifications_one_marked);
		await expect(
			mp
				.getByRole('listitem')
				.filter({ hasText: reason })
				.getByRole('button', { name: fr.decisions_notifications_mark_read })
		).toHaveCount(0);
		await member.close();
	});
});

test.describe('in Arabic on a 360 px phone', () => {
	test('a manager confirms a request, right to left, with nothing wider than the screen', async ({ browser }) => {
		const manager = await as(browser, MANAGER, { arabic: true });
		const page = manager.page;
		await goto(page, '/manage/bookings');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.decisions_manage_title);
		const lesson = request(page, 'Cours de français');
		await expect(lesson).toBeVisible();
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
		await lesson.getByRole('button', { name: ar.decisions_confirm_submit }).click();
		await expect(page.getByRole('status')).toContainText(fill(ar.decisions_done_confirmed, { count: '1' }));
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);

		await goto(page, '/notifications');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.decisions_notifications_title);
		expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
		await manager.close();
	});
});
