/**
 * The issue's acceptance journey for the residents' voice, across its parts, as new users try it:
 * a visitor without JavaScript reads the needs of her quartier in Arabic; a resident posts a need,
 * another supports and comments on it; a newcomer's first post is refused by the moderator with a
 * reason that its author reads on its page and in her notifications; the need's poster prints
 * with a QR code that a phone decodes back to the need. (Answering consultations with and
 * without JavaScript, and results by gender with a suppressed cell, are in consultations.e2e.ts
 * and results.e2e.ts, on the same demo.)
 */
import { test, expect, type Browser, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { DEMO_PASSWORD, RESIDENT_EMAIL, ar, expectNoAxeViolations, fr, goto, ready, signIn, signUp } from './helpers';

const MEMBER_EMAIL = 'membre@demo.quartiers-vivants.fr';
const MODERATOR_EMAIL = 'moderation@demo.quartiers-vivants.fr';
const stamp = Date.now().toString(36);

async function person(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR', ...options });
	return context.newPage();
}

/** Posts a need for Saint-Jean from /needs/new; returns the address of its page. */
async function postNeed(page: Page, title: string, body: string): Promise<string> {
	await goto(page, '/needs/new');
	await page.getByLabel(fr.needs_field_kind_need, { exact: true }).check();
	await page.getByLabel(fr.needs_field_quartier, { exact: true }).selectOption({ label: 'Saint-Jean' });
	await page.getByLabel(fr.needs_field_theme, { exact: true }).selectOption('EDU');
	await page.getByLabel(fr.needs_field_title, { exact: true }).fill(title);
	await page.getByLabel(fr.needs_field_body, { exact: true }).fill(body);
	await page.getByRole('button', { name: fr.needs_submit }).click();
	await page.waitForURL(/\/needs\/[0-9a-f-]{36}\?posted=\w+$/);
	await ready(page);
	return new URL(page.url()).pathname;
}

test('a visitor without JavaScript reads the needs of her quartier in Arabic', async ({ browser }) => {
	const page = await person(browser, { javaScriptEnabled: false });
	await goto(page, '/');
	await page.getByRole('button', { name: 'العربية' }).click();
	await ready(page);
	await goto(page, '/quartiers/QN06920M');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	await expect(page.getByRole('heading', { level: 2, name: ar.needs_quartier_title })).toBeVisible();
	await page.getByRole('link', { name: ar.needs_quartier_all }).click();
	await ready(page);
	await expect(page).toHaveURL(/\/needs\?quartier=[\w-]+&sort=supported$/);
	await expect(page.getByRole('heading', { level: 1, name: ar.needs_title })).toBeVisible();
	// Saint-Jean's needs only, each in the language it was written in.
	const arabic = page.getByRole('link', { name: 'مكان للنساء للالتقاء والحديث' });
	await expect(arabic).toHaveAttribute('lang', 'ar');
	await expect(
		page.getByRole('link', { name: 'Une garde pour les petits pendant les cours de français' })
	).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('link', { name: 'A changing table in the library toilets' })).toHaveCount(0);
	await arabic.click();
	await ready(page);
	await expect(page.getByRole('heading', { level: 1, name: 'مكان للنساء للالتقاء والحديث' })).toBeVisible();
	await page.context().close();
});

test('a resident posts a need, another supports and comments on it, and its poster’s QR code leads back to it', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const title = `Des cours de français le soir ${stamp}`;
	const author = await person(browser);
	await signIn(author, RESIDENT_EMAIL, DEMO_PASSWORD);
	// The demo resident has published before: her need is public at once.
	const needPath = await postNeed(author, title, 'Après le travail, pour celles qui ne peuvent pas venir le matin.');
	await expect(author.getByTestId('need-status')).toHaveText(fr.needs_status_published);

	const neighbour = await person(browser);
	await signIn(neighbour, MEMBER_EMAIL, DEMO_PASSWORD);
	await goto(neighbour, '/needs');
	await neighbour.getByRole('link', { name: title }).click();
	await ready(neighbour);
	await expect(neighbour).toHaveURL(new RegExp(`${needPath}$`));
	await neighbour.getByRole('button', { name: fr.conversation_support }).click();
	await ready(neighbour);
	await expect(neighbour.getByRole('button', { name: fr.conversation_withdraw })).toBeVisible();
	const comment = 'Oui ! Le mardi soir ce serait parfait pour moi aussi.';
	await neighbour.getByLabel(fr.conversation_comment_label, { exact: true }).fill(comment);
	await neighbour.getByRole('button', { name: fr.conversation_comment_submit }).click();
	await ready(neighbour);
	await expect(neighbour.getByText(comment)).toBeVisible();
	await expectNoAxeViolations(neighbour);

	// The author sees the support and the comment on her need.
	await goto(author, needPath);
	await expect(author.getByText(comment)).toBeVisible();
	await expect(author.getByTestId('support-count')).toHaveText('1');
	await expect(author.getByTestId('comment-count')).toHaveText('1');

	// The poster, printed: its QR code, read by a phone's camera (jsQR on a screenshot), is the
	// short address, and that address opens the need.
	await author.getByRole('link', { name: fr.posters_link }).click();
	await ready(author);
	await author.emulateMedia({ media: 'print' });
	const shot = await author.locator('.poster__qr svg').screenshot();
	const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
	expect(decoded?.data).toMatch(/^http:\/\/localhost:\d+\/b\/[2-9A-HJKMNP-TV-Z]{7}$/);
	await author.emulateMedia({ media: 'screen' });
	await goto(author, new URL(decoded!.data).pathname);
	await expect(author).toHaveURL(new RegExp(`${needPath}$`));
	await author.context().close();
	await neighbour.context().close();
});

test('a newcomer’s first post waits for moderation; the moderator refuses it with a reason its author reads', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const title = `Vends canapé ${stamp}`;
	const newcomer = await person(browser);
	await signUp(newcomer);
	const needPath = await postNeed(newcomer, title, 'Canapé trois places, très bon état, à venir chercher.');
	await expect(newcomer.getByTestId('need-status')).toHaveText(fr.needs_status_submitted);
	// Not public: the list does not show it, and another person gets a 404.
	await goto(newcomer, '/needs');
	await expect(newcomer.getByRole('link', { name: title })).toHaveCount(0);
	const stranger = await person(browser);
	expect((await stranger.goto(needPath))?.status()).toBe(404);
	await stranger.context().close();

	const moderator = await person(browser);
	await signIn(moderator, MODERATOR_EMAIL, DEMO_PASSWORD);
	await goto(moderator, '/moderation');
	const card = moderator
		.getByRole('listitem')
		.filter({ has: moderator.getByRole('heading', { level: 3, name: title }) });
	await card.getByLabel(fr.moderation_reason_label).selectOption('off_topic');
	await card.getByRole('button', { name: fr.moderation_refuse }).click();
	await ready(moderator);
	await expect(moderator.getByRole('status')).toBeVisible();
	await expect(card).toHaveCount(0);
	await moderator.context().close();

	// Its author reads why, on the need's page and in her notifications.
	await goto(newcomer, needPath);
	await expect(newcomer.getByTestId('need-status')).toHaveText(fr.needs_status_refused);
	await expect(newcomer.getByText(fr.moderation_refusal_text_off_topic).first()).toBeVisible();
	await expectNoAxeViolations(newcomer);
	await expect
		.poll(
			async () => {
				await goto(newcomer, '/notifications');
				return newcomer.locator('main').innerText();
			},
			{ timeout: 30_000, intervals: [1000] }
		)
		.toContain(title);
	await newcomer.context().close();
});
