/**
 * Moderation as people do it, on the demo: the moderator publishes the idea posted without an
 * account (after trying to refuse it without a reason); a resident reports it without JavaScript
 * and the moderator dismisses the report, without JavaScript too; a visitor reports it in Arabic on
 * a phone and the moderator upholds that report, which hides the idea with a reason for its author.
 * One demo idea goes through all of it, so the other demo needs stay as other suites expect them.
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import {
	DEMO_PASSWORD,
	RESIDENT_EMAIL,
	ar,
	expectNoAxeViolations,
	fill,
	fr,
	goto,
	isolated,
	ready,
	signIn
} from './helpers';

const MODERATOR_EMAIL = 'moderation@demo.quartiers-vivants.fr';
const IDEA = 'Une fête des cuisines du monde au printemps';

/** The demo idea's id, read from the queue in the first test. */
let ideaId = '';

const needCard = (page: Page, title: string) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: title }) });
const reportCard = (page: Page) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: IDEA }) });

async function asModerator(browser: Browser, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled, locale: 'fr-FR' });
	const page = await context.newPage();
	await signIn(page, MODERATOR_EMAIL, DEMO_PASSWORD);
	return { page, close: () => context.close() };
}

test.describe.serial('moderating the demo idea posted without an account', () => {
	test('the moderator finds it in the queue, cannot refuse it without a reason, and publishes it', async ({ page }) => {
		await signIn(page, MODERATOR_EMAIL, DEMO_PASSWORD);
		await page.getByRole('link', { name: fr.moderation_area_title, exact: true }).click();
		await ready(page);
		await expect(page).toHaveURL(/\/moderation$/);
		await expect(page.getByRole('heading', { level: 1, name: fr.moderation_queue_title })).toBeVisible();
		await expect(page.getByRole('link', { name: fr.moderation_practices_link })).toHaveAttribute(
			'href',
			'/moderation/practices'
		);
		const needsHeading = page.getByRole('heading', { level: 2, name: /^Besoins et idées à relire/ });
		const before = Number(/\((\d+)\)/.exec((await needsHeading.textContent()) ?? '')?.[1]);
		expect(before).toBeGreaterThanOrEqual(1);

		const card = needCard(page, IDEA);
		await expect(card).toContainText(
			fill(fr.moderation_posted_by, {
				name: fill(fr.moderation_named_without_account, { name: isolated('Malika') })
			})
		);
		await expect(card).toContainText('Saint-Jean');
		await expect(card.getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'fr');
		ideaId = (await card.getByRole('heading', { level: 3 }).getAttribute('id'))!.replace(/^need-|-title$/g, '');
		expect(ideaId).toMatch(/^[\w-]{10,}$/);
		// The menu, one link longer for moderators, wraps rather than pushing the page sideways.
		const width = page.viewportSize()!.width;
		expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
		await expectNoAxeViolations(page);

		// Refusing without a reason: said beside the reason, the note kept, nothing decided.
		await card.getByLabel(fr.moderation_note_label).fill('Merci Malika !');
		await card.getByRole('button', { name: fr.moderation_refuse }).click();
		await ready(page);
		await expect(page.locator(`#need-${ideaId}-reason-error`)).toHaveText(fr.err_moderation_reason_required);
		await expect(needCard(page, IDEA).getByLabel(fr.moderation_note_label)).toHaveValue('Merci Malika !');
		await expectNoAxeViolations(page);

		await needCard(page, IDEA).getByRole('button', { name: fr.moderation_publish }).click();
		await ready(page);
		await expect(page.getByRole('status')).toContainText(fr.moderation_done_need_published);
		await expect(needCard(page, IDEA)).toHaveCount(0);
		await expect(needsHeading).toHaveText(fill(fr.moderation_needs_heading, { count: String(before - 1) }));
	});

	test('a resident reports it without JavaScript, once; the moderator dismisses it without JavaScript', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
		const page = await context.newPage();
		await signIn(page, RESIDENT_EMAIL, DEMO_PASSWORD);
		// A resident has no moderation link, and the queue is not hers.
		await expect(page.getByRole('link', { name: fr.moderation_area_title, exact: true })).toHaveCount(0);
		const forbidden = await page.goto('/moderation');
		expect(forbidden?.status()).toBe(403);

		await goto(page, `/report/need/${ideaId}`);
		await expect(page.getByRole('heading', { level: 1, name: fr.moderation_report_title })).toBeVisible();
		await expect(page.getByRole('blockquote')).toContainText(IDEA);
		await page.getByLabel(fr.moderation_report_details_label).fill('Ce n’est pas une annonce du quartier');
		await page.getByRole('button', { name: fr.moderation_report_submit }).click();
		await ready(page);
		await expect(page.locator('#field-reason-error')).toHaveText(fr.err_moderation_report_reason_required);
		await expect(page.getByLabel(fr.moderation_report_details_label)).toHaveValue(
			'Ce n’est pas une annonce du quartier'
		);
		await page.getByLabel(fr.moderation_report_reason_off_topic).check();
		await page.getByRole('button', { name: fr.moderation_report_submit }).click();
		// Back to the need, whose page thanks her (the need page is another part's).
		await expect(page).toHaveURL(new RegExp(`/needs/${ideaId}\\?reported=1$`));

		await goto(page, `/report/need/${ideaId}`);
		await page.getByLabel(fr.moderation_report_reason_spam).check();
		await page.getByRole('button', { name: fr.moderation_report_submit }).click();
		await ready(page);
		await expect(page.getByRole('alert')).toContainText(fr.err_moderation_already_reported);
		await context.close();

		const moderator = await asModerator(browser, false);
		await goto(moderator.page, '/moderation');
		const card = reportCard(moderator.page);
		await expect(card).toContainText(
			fill(fr.moderation_report_reason_count, { reason: fr.moderation_report_reason_off_topic, count: '1' })
		);
		await expect(card).toContainText('Ce n’est pas une annonce du quartier');
		await card.getByRole('button', { name: fr.moderation_dismiss }).click();
		await ready(moderator.page);
		await expect(moderator.page.getByRole('status')).toContainText(fr.moderation_done_report_dismissed);
		await expect(reportCard(moderator.page)).toHaveCount(0);
		await moderator.close();
	});

	test.describe('a 360 px wide phone in Arabic', () => {
		test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
		test('a visitor without an account reports it; the moderator hides it with a reason', async ({
			page,
			baseURL,
			browser
		}) => {
			await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
			await goto(page, `/report/need/${ideaId}`);
			await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
			await expect(page.getByRole('heading', { level: 1, name: ar.moderation_report_title })).toBeVisible();
			// The reported text keeps its own language inside the Arabic page.
			await expect(page.getByRole('blockquote')).toHaveAttribute('lang', 'fr');
			await page.getByRole('button', { name: ar.moderation_report_submit }).click();
			await ready(page);
			await expect(page.locator('#field-reason-error')).toHaveText(ar.err_moderation_report_reason_required);
			expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(360);
			await expectNoAxeViolations(page);
			await page.getByLabel(ar.moderation_report_reason_insult).check();
			await page.getByRole('button', { name: ar.moderation_report_submit }).click();
			await expect(page).toHaveURL(new RegExp(`/needs/${ideaId}\\?reported=1$`));

			const moderator = await asModerator(browser);
			// A second tab (as a second moderator would) has the same report open.
			const other = await moderator.page.context().newPage();
			await goto(other, '/moderation');
			await goto(moderator.page, '/moderation');
			const card = reportCard(moderator.page);
			await expect(card).toContainText(
				fill(fr.moderation_report_reason_count, { reason: fr.moderation_report_reason_insult, count: '1' })
			);
			// The reason that matches what was reported is offered first.
			await expect(card.getByLabel(fr.moderation_reason_uphold_label)).toHaveValue('insult');
			await card.getByLabel(fr.moderation_note_label).fill('Reformulez sans viser personne.');
			await card.getByRole('button', { name: fr.moderation_uphold }).click();
			await ready(moderator.page);
			await expect(moderator.page.getByRole('status')).toContainText(fr.moderation_done_report_upheld);
			await expect(reportCard(moderator.page)).toHaveCount(0);
			await expectNoAxeViolations(moderator.page);

			// The second tab decides too late: told so, and nothing changes.
			await reportCard(other).getByRole('button', { name: fr.moderation_dismiss }).click();
			await ready(other);
			await expect(other.getByRole('alert')).toHaveText(fr.err_moderation_already_decided);
			await expect(reportCard(other)).toHaveCount(0);
			await expectNoAxeViolations(other);
			await moderator.close();

			// Hidden now: it can no longer be reported.
			const gone = await page.goto(`/report/need/${ideaId}`);
			expect(gone?.status()).toBe(404);
		});
	});
	test('over plain HTTP, a visitor cannot decide and cannot report what is hidden', async ({ page, baseURL }) => {
		const post = (path: string, data: string) =>
			page.request.post(path, {
				headers: { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
				data,
				maxRedirects: 0
			});
		const decision = await post('/moderation?/need', `id=${ideaId}&decision=publish`);
		expect(decision.status()).toBe(303);
		expect(decision.headers()['location']).toMatch(/^\/sign-in\?redirectTo=/);
		expect((await post(`/report/need/${ideaId}`, 'reason=spam')).status()).toBe(404);
		expect((await post('/report/room/anything', 'reason=spam')).status()).toBe(404);
	});
});
