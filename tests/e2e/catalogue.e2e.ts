import { test, expect, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn, signUp } from './helpers';

const MODERATOR_EMAIL = 'moderation@demo.quartiers-vivants.fr';
const MEMBER_EMAIL = 'membre@demo.quartiers-vivants.fr';

/** A signed-in person in a browser of their own. */
async function as(browser: Browser, email: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await signIn(page, email, DEMO_PASSWORD);
	return { page, close: () => context.close() };
}

/** Fills the practice form with a short, valid proposal. */
async function fillProposal(page: Page, title: string) {
	await page.getByLabel(fr.catalogue_field_title, { exact: true }).fill(title);
	await page.getByLabel(fr.catalogue_field_summary, { exact: true }).fill('Des voisines cousent et réparent ensemble.');
	await page
		.getByLabel(fr.catalogue_field_description, { exact: true })
		.fill('## Déroulé\n\nDeux séances par semaine. <script>alert(1)</script> [lien](javascript:alert(1))');
	await page.getByRole('checkbox', { name: 'Culture', exact: true }).check();
	await page.getByRole('checkbox', { name: 'Cohésion sociale', exact: true }).check();
	await page.getByRole('checkbox', { name: fr.public_women, exact: true }).check();
	await page.getByLabel(fr.catalogue_field_min_area).fill('35');
	await page.getByLabel(fr.catalogue_field_sessions).fill('2');
	await page.getByLabel(fr.catalogue_field_minutes).fill('120');
	await page.getByRole('checkbox', { name: fr.window_school_hours, exact: true }).check();
	await page.getByLabel(fr.catalogue_field_setup_min).fill('2 000');
	await page.getByLabel(fr.catalogue_field_setup_max).fill('6000');
	await page.getByLabel(`${fr.catalogue_field_title} (العربية)`).fill('ورشة خياطة تضامنية');
	await page.getByLabel(`${fr.catalogue_field_summary} (العربية)`).fill('جارات يخطن ويصلحن معاً.');
}

const unique = () => Date.now().toString(36) + Math.floor(Math.random() * 1e4).toString(36);

test.describe('the catalogue of practices', () => {
	test('browse and filter the catalogue, then open the itinerant crèche', async ({ page }) => {
		await goto(page, '/practices');
		await expect(page.getByRole('heading', { level: 1, name: fr.catalogue_title })).toBeVisible();
		await expect(page.getByText(fr.catalogue_help_title)).toBeVisible();
		await expectNoAxeViolations(page);
		const total = Number(
			(await page.getByRole('heading', { level: 2, name: /Fiches trouvées/ }).textContent())?.match(/\d+/)?.[0]
		);
		expect(total).toBeGreaterThanOrEqual(15);

		// Pages of 12: the rest is on the next page.
		await page.getByRole('link', { name: fr.pagination_next }).click();
		await expect(page).toHaveURL(/[?&]page=2/);
		await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(
			total - 12
		);

		await goto(page, '/practices');
		await page.getByLabel(fr.catalogue_filter_public).selectOption({ label: fr.public_children_0_3 });
		await page.getByLabel(fr.catalogue_filter_area).fill('40');
		await page.getByLabel(fr.catalogue_filter_kitchen).selectOption({ label: fr.kitchen_reheating });
		await page.getByRole('button', { name: fr.catalogue_filter_submit }).click();
		await expect(page).toHaveURL(/public=children_0_3/);
		await expect(page).toHaveURL(/maxArea=40/);
		const titles = page.getByRole('heading', { level: 3 });
		await expect(titles.filter({ hasText: 'Crèche itinérante' })).toHaveCount(1);
		// Needs a full kitchen or another public: filtered out.
		await expect(titles.filter({ hasText: 'Restaurant d’insertion' })).toHaveCount(0);
		await expect(titles.filter({ hasText: 'Ludothèque' })).toHaveCount(0);
		// The filters stay filled in.
		await expect(page.getByLabel(fr.catalogue_filter_area)).toHaveValue('40');

		await page.getByLabel(fr.catalogue_filter_area).fill('32');
		await page.getByRole('button', { name: fr.catalogue_filter_submit }).click();
		await expect(page).toHaveURL(/maxArea=32/);
		await expect(titles.filter({ hasText: 'Crèche itinérante' })).toHaveCount(0);

		await goto(page, '/practices?theme=JEU');
		await page.getByRole('link', { name: 'Crèche itinérante' }).click();
		await expect(page).toHaveURL(/\/practices\/creche-itinerante$/);
		await ready(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Crèche itinérante' })).toBeVisible();
		const requirements = page.getByTestId('requirements');
		await expect(requirements.getByRole('listitem')).toHaveText([
			fill(fr.catalogue_req_area, { area: '40' }),
			fill(fr.catalogue_req_kitchen, { kitchen: fr.kitchen_reheating }),
			fr.equipment_child_toilets
		]);
		await expect(page.getByText('Soli’mômes (SCOP E2S)')).toBeVisible();
		await expect(page.getByText(/novembre 2013/).first()).toBeVisible();
		await expect(page.getByText(fr.catalogue_costs_note)).toBeVisible();
		await expect(page.getByRole('link', { name: fr.catalogue_edit_link })).toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test('a moderator edits a practice; a resident cannot', async ({ page, browser }) => {
		await signUp(page);
		const forbidden = await page.goto('/practices/ludotheque/edit');
		expect(forbidden?.status()).toBe(403);

		const moderator = await as(browser, MODERATOR_EMAIL);
		const m = moderator.page;
		await goto(m, '/practices/ludotheque');
		await m.getByRole('link', { name: fr.catalogue_edit_link }).click();
		await expect(m).toHaveURL(/\/practices\/ludotheque\/edit$/);
		await ready(m);
		await expectNoAxeViolations(m);
		await expect(m.getByLabel(fr.catalogue_field_title, { exact: true })).toHaveValue('Ludothèque');

		await m.getByLabel(fr.catalogue_field_min_area).fill('70');
		await m.getByLabel(`${fr.catalogue_field_title} (العربية)`).fill('مكتبة ألعاب الحي');
		await m.getByLabel(fr.catalogue_field_setup_min).fill('90000');
		await m.getByRole('button', { name: fr.catalogue_edit_submit }).click();
		// Refused: the message is next to the field and what was typed is still there.
		await expect(m.getByRole('alert')).toContainText(fr.err_practice_cost_order);
		await expect(m.getByLabel(fr.catalogue_field_min_area)).toHaveValue('70');
		await expect(m.getByLabel(`${fr.catalogue_field_title} (العربية)`)).toHaveValue('مكتبة ألعاب الحي');

		await m.getByLabel(fr.catalogue_field_setup_min).fill('9000');
		await m.getByRole('button', { name: fr.catalogue_edit_submit }).click();
		await expect(m).toHaveURL(/\/practices\/ludotheque\?saved=1$/);
		await expect(m.getByText(fr.catalogue_saved)).toBeVisible();
		await expect(m.getByTestId('requirements')).toContainText(fill(fr.catalogue_req_area, { area: '70' }));
		await moderator.close();
	});

	test('an organisation member proposes a practice and a moderator approves it', async ({ page, browser }) => {
		const title = `Atelier couture solidaire ${unique()}`;
		const member = await as(browser, MEMBER_EMAIL);
		const p = member.page;
		await goto(p, '/practices');
		await p.getByRole('link', { name: fr.catalogue_propose_link }).click();
		await expect(p).toHaveURL(/\/practices\/new$/);
		await ready(p);
		await expectNoAxeViolations(p);
		// A member of one organisation proposes for it.
		await expect(p.getByLabel(fr.catalogue_field_organisation)).toHaveValue(/.+/);

		await fillProposal(p, title);
		await p.getByLabel(fr.catalogue_field_setup_max).fill('1000');
		await p.getByRole('button', { name: fr.catalogue_new_submit }).click();
		await expect(p.getByRole('alert')).toContainText(fr.err_practice_cost_order);
		await expect(p.getByRole('checkbox', { name: 'Culture', exact: true })).toBeChecked();
		await p.getByLabel(fr.catalogue_field_setup_max).fill('6000');
		await p.getByRole('button', { name: fr.catalogue_new_submit }).click();

		await expect(p).toHaveURL(/\/practices\/proposals\?sent=/);
		await expect(p.getByText(fr.catalogue_proposals_sent)).toBeVisible();
		const row = p.getByRole('row').filter({ hasText: title });
		await expect(row).toContainText(fr.practice_status_proposed);
		await expectNoAxeViolations(p);
		const href = await row.getByRole('link', { name: title }).getAttribute('href');

		// Not public while it waits.
		expect((await page.goto(href!))?.status()).toBe(404);

		const moderator = await as(browser, MODERATOR_EMAIL);
		const m = moderator.page;
		await goto(m, '/practices');
		await m.getByRole('link', { name: fr.catalogue_review_link }).click();
		await expect(m).toHaveURL(/\/moderation\/practices$/);
		await ready(m);
		await expectNoAxeViolations(m);
		const card = m.getByRole('listitem').filter({ has: m.getByRole('heading', { name: title }) });
		await card.getByRole('button', { name: fr.catalogue_review_approve }).click();
		await expect(m.getByText(fr.catalogue_review_done_published)).toBeVisible();
		await expect(m.getByRole('heading', { name: title })).toHaveCount(0);
		await moderator.close();

		await goto(page, href!);
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		// The Markdown came out safe: the script is text, the javascript: link is not a link.
		await expect(page.locator('main script')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'lien' })).toHaveCount(0);
		await expect(page.getByText('<script>alert(1)</script>')).toBeVisible();

		await goto(p, '/practices/proposals');
		await expect(p.getByRole('row').filter({ hasText: title })).toContainText(fr.practice_status_published);
		await member.close();
	});
});

test.describe('the catalogue without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('filtering, proposing and rejecting with a note all work as plain forms', async ({ page, browser }) => {
		await page.goto('/practices?theme=DEC');
		await expect(page.getByLabel(fr.catalogue_filter_theme, { exact: true })).toHaveValue('DEC');
		await expect(page.getByRole('heading', { level: 3 })).toHaveText([
			'Atelier vélo participatif et solidaire',
			'Repair café',
			'Vestiaire solidaire'
		]);
		await page.getByLabel(fr.catalogue_filter_q).fill('reparer velo');
		await page.getByRole('button', { name: fr.catalogue_filter_submit }).click();
		await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('Atelier vélo participatif et solidaire');

		const title = `Troc de graines ${unique()}`;
		const member = await as(browser, MEMBER_EMAIL, false);
		await member.page.goto('/practices/new');
		await fillProposal(member.page, title);
		await member.page.getByRole('button', { name: fr.catalogue_new_submit }).click();
		await expect(member.page).toHaveURL(/\/practices\/proposals\?sent=/);

		const moderator = await as(browser, MODERATOR_EMAIL, false);
		await moderator.page.goto('/moderation/practices');
		const card = () =>
			moderator.page.getByRole('listitem').filter({ has: moderator.page.getByRole('heading', { name: title }) });
		await card().getByRole('button', { name: fr.catalogue_review_reject }).click();
		await expect(card().getByText(fr.err_practice_note_required)).toBeVisible();
		await card().getByLabel(fr.catalogue_review_note).fill('Déjà couvert par la fiche « Jardin partagé ».');
		await card().getByRole('button', { name: fr.catalogue_review_reject }).click();
		await expect(moderator.page.getByText(fr.catalogue_review_done_rejected)).toBeVisible();
		await moderator.close();

		await member.page.goto('/practices/proposals');
		const row = member.page.getByRole('row').filter({ hasText: title });
		await expect(row).toContainText(fr.practice_status_rejected);
		await expect(row).toContainText('Déjà couvert par la fiche « Jardin partagé ».');
		const href = await row.getByRole('link', { name: title }).getAttribute('href');
		await member.close();
		// A rejected proposal is not public.
		expect((await page.goto(href!))?.status()).toBe(404);
	});
});

test.describe('the catalogue in Arabic on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	const overflow = (page: Page) =>
		page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth);

	test('the catalogue and a practice show Arabic titles, right to left, without horizontal scroll', async ({
		page
	}) => {
		await goto(page, '/practices');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: ar.catalogue_title })).toBeVisible();
		await expect(page.getByRole('link', { name: 'حضانة متنقلة' })).toBeVisible();
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);

		await page.getByRole('link', { name: 'حضانة متنقلة' }).click();
		await expect(page).toHaveURL(/\/practices\/creche-itinerante$/);
		await ready(page);
		await expect(page.getByRole('heading', { level: 1, name: 'حضانة متنقلة' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: ar.catalogue_requirements_heading })).toBeVisible();
		// The description has no Arabic translation: it is shown in French, marked as such.
		await expect(page.locator('.practice-description > div')).toHaveAttribute('lang', 'fr');
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
