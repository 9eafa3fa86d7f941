import { test, expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, RESIDENT_EMAIL, ar, expectNoAxeViolations, fill, fr, goto, ready, signIn } from './helpers';

/**
 * A consultation from end to end: a planner prepares and publishes it, residents answer it with
 * and without JavaScript (one with the demographic block), the planner records an answer given in
 * person, and the page reads in Arabic on a phone. The tests run in order on one consultation.
 */
test.describe.configure({ mode: 'serial' });

const PLANNER_EMAIL = 'programmiste@demo.quartiers-vivants.fr';
const MEMBER_EMAIL = 'membre@demo.quartiers-vivants.fr';
const TITLE = `Place Mendès-France ${Date.now().toString(36)}`;
let consultationPath = '';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function submit(page: Page, name: string) {
	await page.getByRole('button', { name }).click();
	await ready(page);
}

async function addQuestion(page: Page, q: { kind: string; prompt: string; options?: string; required?: boolean }) {
	await page.getByRole('link', { name: fr.consultations_question_add }).click();
	await ready(page);
	await page.getByLabel(fr.consultations_question_kind).selectOption(q.kind);
	await page.getByLabel(fr.consultations_question_prompt, { exact: true }).fill(q.prompt);
	if (q.options) await page.getByLabel(fr.consultations_question_options).fill(q.options);
	if (q.required) await page.getByLabel(fr.consultations_question_required).check();
	await submit(page, fr.consultations_question_add_submit);
	await expect(page.getByText(fr.consultations_saved_question)).toBeVisible();
}

/** Answers the five questions of the consultation on the page, as a resident would. */
async function answer(page: Page, choice: { single: string; text: string }) {
	await page.getByRole('radio', { name: choice.single }).check();
	const moments = page.getByRole('group', { name: /Quand passez-vous/ });
	await moments.getByRole('checkbox', { name: 'Le matin' }).check();
	await moments.getByRole('checkbox', { name: 'Le soir' }).check();
	await page
		.getByRole('group', { name: /sentez-vous en sécurité/ })
		.getByRole('radio', { name: '4' })
		.check();
	await page.getByLabel(fill(fr.consultations_answer_rank, { rank: '1' })).selectOption({ label: 'Lumière' });
	await page.getByLabel(fill(fr.consultations_answer_rank, { rank: '2' })).selectOption({ label: 'Propreté' });
	await page.getByLabel(fill(fr.consultations_answer_rank, { rank: '3' })).selectOption({ label: 'Sécurité' });
	await page.getByLabel(/Autre chose/).fill(choice.text);
}

test('a planner prepares a consultation for Saint-Jean with five kinds of question and publishes it', async ({
	page
}) => {
	await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
	await goto(page, '/manage/consultations');
	await expect(page.getByRole('heading', { level: 1, name: fr.consultations_manage_title })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('link', { name: fr.consultations_manage_new }).click();
	await ready(page);
	await expectNoAxeViolations(page);

	// Closing before opening is refused, and the form comes back filled.
	await page.getByLabel(fr.consultations_field_title).fill(TITLE);
	await page.getByLabel(fr.consultations_field_description).fill('La commune veut **votre avis** sur la place.');
	await page.getByRole('checkbox', { name: 'Saint-Jean', exact: true }).check();
	await page.getByLabel(fr.consultations_field_opens_on).fill(day(-1));
	await page.getByLabel(fr.consultations_field_closes_on).fill(day(-3));
	await submit(page, fr.consultations_new_submit);
	await expect(page.locator('#field-closesOn-error')).toHaveText(fr.err_consultation_closes_before_opens);
	await expect(page.getByLabel(fr.consultations_field_title)).toHaveValue(TITLE);
	await page.getByLabel(fr.consultations_field_closes_on).fill(day(30));
	await submit(page, fr.consultations_new_submit);
	await expect(page).toHaveURL(/\/manage\/consultations\/[\w-]+\?saved=created$/);
	await expect(page.getByText(fr.consultations_saved_created)).toBeVisible();
	consultationPath = new URL(page.url()).pathname.replace('/manage', '');

	// A question on religion is refused, with the reason.
	await page.getByRole('link', { name: fr.consultations_question_add }).click();
	await ready(page);
	await expectNoAxeViolations(page);
	await page.getByLabel(fr.consultations_question_prompt, { exact: true }).fill('Quelle est votre religion ?');
	await page.getByLabel(fr.consultations_question_options).fill('Une\nAutre');
	await submit(page, fr.consultations_question_add_submit);
	await expect(page.locator('#field-prompt-error')).toHaveText(fr.err_consultation_forbidden_topic);
	await page.getByRole('link', { name: TITLE }).click();
	await ready(page);

	await addQuestion(page, {
		kind: 'single',
		prompt: 'Quel aménagement voulez-vous en premier ?',
		options: 'Des bancs\nDes arbres\nUne aire de jeux',
		required: true
	});
	await addQuestion(page, {
		kind: 'multiple',
		prompt: 'Quand passez-vous sur la place ?',
		options: 'Le matin\nLe midi\nLe soir'
	});
	await addQuestion(page, { kind: 'scale', prompt: 'Vous sentez-vous en sécurité sur la place ?' });
	await addQuestion(page, { kind: 'ranking', prompt: 'Classez vos priorités', options: 'Propreté\nLumière\nSécurité' });
	await addQuestion(page, { kind: 'text', prompt: 'Autre chose à dire ?' });
	await expect(page.getByRole('listitem').filter({ hasText: 'Classez vos priorités' })).toBeVisible();
	await expectNoAxeViolations(page);

	// The last question moves up one place, then back.
	await page.getByRole('button', { name: `${fr.consultations_question_up} : Autre chose à dire ?` }).click();
	await ready(page);
	await expect(page.getByText(fr.consultations_saved_questions)).toBeVisible();
	await page.getByRole('button', { name: `${fr.consultations_question_down} : Autre chose à dire ?` }).click();
	await ready(page);

	await submit(page, fr.consultations_publish_submit);
	await expect(page.getByText(fr.consultations_saved_published)).toBeVisible();
	await expect(page.getByRole('link', { name: fr.consultations_link_poster })).toHaveAttribute(
		'href',
		`/posters${consultationPath.replace('/consultations', '/consultation')}`
	);
	await goto(page, '/consultations');
	await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
	await expectNoAxeViolations(page);
});

test('a resident answers with the demographic block, then cannot answer twice', async ({ page }) => {
	await signIn(page, RESIDENT_EMAIL, DEMO_PASSWORD);
	await goto(page, consultationPath);
	await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
	await expect(page.getByText(fr.consultations_anonymous_explained)).toBeVisible();
	await expect(page.locator('.consultation-description strong')).toHaveText('votre avis');
	await expectNoAxeViolations(page);

	await answer(page, { single: 'Des arbres', text: 'Plus d’ombre pour les enfants.' });
	await expect(page.getByText(fr.consultations_demo_groups)).toBeVisible();
	await page
		.getByRole('group', { name: fr.consultations_demo_gender })
		.getByRole('radio', { name: fr.consultations_gender_woman })
		.check();
	await page.getByLabel(fr.consultations_demo_age_band).selectOption('25-34');
	// Answers about herself without the consent box: asked to tick it, nothing recorded yet.
	await submit(page, fr.consultations_answer_submit);
	await expect(page.locator('#field-demographicsConsent-error')).toHaveText(fr.err_consultation_demographics_consent);
	await expect(page.getByLabel(fr.consultations_demo_age_band)).toHaveValue('25-34');
	await page.getByLabel(fr.consultations_demo_consent).check();
	await submit(page, fr.consultations_answer_submit);
	await expect(page).toHaveURL(/\/thanks$/);
	await expect(page.getByText(fr.consultations_thanks_recorded)).toBeVisible();
	await expectNoAxeViolations(page);

	await goto(page, consultationPath);
	await expect(page.getByText(fr.err_consultation_already_answered)).toBeVisible();
	await expect(page.getByRole('button', { name: fr.consultations_answer_submit })).toHaveCount(0);

	// Counter mode and the staff pages are for staff only.
	expect((await page.goto(`${consultationPath}/counter`))?.status()).toBe(403);
	expect((await page.goto('/manage/consultations'))?.status()).toBe(403);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a member signs in from the consultation, is told what is missing, and answers', async ({ page }) => {
		await goto(page, consultationPath);
		await expect(page.getByText(fr.consultations_answer_sign_in_needed)).toBeVisible();
		await page.getByRole('link', { name: fr.consultations_answer_sign_in }).click();
		await page.getByLabel('Adresse électronique').fill(MEMBER_EMAIL);
		await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page).toHaveURL(new RegExp(`${consultationPath}$`));

		// The required first question left out: refused, what was typed is kept.
		await page
			.getByRole('group', { name: /Quand passez-vous/ })
			.getByRole('checkbox', { name: 'Le midi' })
			.check();
		await page.getByLabel(/Autre chose/).fill('Sans JavaScript');
		await submit(page, fr.consultations_answer_submit);
		await expect(page.getByRole('group', { name: /Quel aménagement/ })).toContainText(fr.err_required);
		await expect(page.getByLabel(/Autre chose/)).toHaveValue('Sans JavaScript');
		await expect(page.getByRole('checkbox', { name: 'Le midi' })).toBeChecked();

		await page.getByRole('radio', { name: 'Des bancs' }).check();
		await submit(page, fr.consultations_answer_submit);
		await expect(page).toHaveURL(/\/thanks$/);
		await expect(page.getByText(fr.consultations_thanks_recorded)).toBeVisible();
	});
});

test('the planner records an answer given at a counter, and gets a fresh form', async ({ page }) => {
	await signIn(page, PLANNER_EMAIL, DEMO_PASSWORD);
	await goto(page, `${consultationPath}/counter`);
	await expect(page.getByRole('heading', { level: 1, name: fr.consultations_counter_title })).toBeVisible();
	await expectNoAxeViolations(page);
	await answer(page, { single: 'Une aire de jeux', text: 'Dit au guichet du centre social.' });
	await page.getByLabel(fr.consultations_demo_consent_counter).check();
	await page
		.getByRole('group', { name: fr.consultations_demo_gender })
		.getByRole('radio', { name: fr.consultations_gender_man })
		.check();
	await submit(page, fr.consultations_counter_submit);
	await expect(page.getByText(fill(fr.consultations_counter_recorded, { count: '1' }))).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Une aire de jeux' })).not.toBeChecked();
	await expect(page.getByLabel(/Autre chose/)).toHaveValue('');

	await goto(page, '/manage/consultations');
	await expect(page.getByRole('row').filter({ hasText: TITLE }).getByRole('cell').nth(1)).toHaveText('3');
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });
	test('the consultation reads right to left, keeps its French text in French, and fits the screen', async ({
		page,
		baseURL
	}) => {
		await page.context().addCookies([{ name: 'qv_lang', value: 'ar', url: baseURL! }]);
		await goto(page, consultationPath);
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: TITLE })).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 2, name: ar.consultations_answer_title })).toBeVisible();
		await expect(page.getByText(ar.consultations_answer_sign_in_needed)).toBeVisible();
		await expect(page.getByText(ar.consultations_anonymous_explained)).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
		await goto(page, '/consultations');
		await expect(page.getByRole('heading', { level: 1, name: ar.consultations_area_title })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
