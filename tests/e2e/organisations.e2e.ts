import { test, expect, type Browser, type Page } from '@playwright/test';
import {
	ar,
	DEMO_PASSWORD,
	expectNoAxeViolations,
	fill,
	fr,
	freshAccount,
	goto,
	isolated,
	ready,
	signIn,
	signInAsAdmin
} from './helpers';

const ORG_ADMIN_EMAIL = 'structure@demo.quartiers-vivants.fr';
const ORG_MEMBER_EMAIL = 'membre@demo.quartiers-vivants.fr';
const MODERATOR_EMAIL = 'moderation@demo.quartiers-vivants.fr';
const SCOP = 'SCOP Petits Pas Itinérants';

const results = (page: Page) => page.getByRole('list', { name: fr.organisations_list_label });

/** The demo organisation admin, on her organisation's management page `section`. */
async function openManagement(page: Page, section: string): Promise<void> {
	await signIn(page, ORG_ADMIN_EMAIL, DEMO_PASSWORD);
	await goto(page, '/organisations?q=Petits');
	await results(page).getByRole('link', { name: SCOP }).click();
	await expect(page.getByRole('heading', { level: 1, name: SCOP })).toBeVisible();
	await ready(page);
	await page.getByRole('navigation', { name: fr.organisations_nav_label }).getByRole('link', { name: section }).click();
	await ready(page);
}

/** The body of the newest mail to `email`, read by an administrator in the outbox. */
async function mailBodyTo(browser: Browser, email: string): Promise<string> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signInAsAdmin(page);
	await page.goto('/admin/outbox');
	const mail = page.getByRole('listitem').filter({ hasText: email }).first();
	await expect(mail.getByRole('heading', { level: 2 })).toHaveText(
		fill(fr.organisations_mail_invitation_subject, { organisation: SCOP })
	);
	const body = (await mail.locator('pre').textContent()) ?? '';
	await context.close();
	return body;
}

test('the directory filters organisations by type, quartier, commune and name', async ({ page }) => {
	await goto(page, '/organisations');
	await expect(page.getByRole('heading', { level: 1, name: fr.organisations_title })).toBeVisible();
	await expect(
		page.getByRole('heading', { level: 2, name: fill(fr.organisations_count, { count: '7' }) })
	).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByLabel(fr.organisations_filter_type).selectOption({ label: fr.org_type_association });
	await page.getByRole('button', { name: fr.organisations_filter_submit }).click();
	await expect(page).toHaveURL(/type=association/);
	await expect(results(page).getByRole('heading', { level: 3 })).toHaveText(['Femmes en Mouvement Saint-Jean']);

	await goto(page, '/organisations');
	await page.getByLabel(fr.organisations_filter_quartier).selectOption({ label: 'Tonkin' });
	await page.getByLabel(fr.organisations_filter_commune).selectOption({ label: 'Villeurbanne' });
	await page.getByRole('button', { name: fr.organisations_filter_submit }).click();
	await expect(results(page).getByRole('heading', { level: 3 })).toHaveText([
		'Fondation Cités Solidaires',
		'Rhône Habitat Solidaire',
		'Ville de Villeurbanne'
	]);
	// The form keeps the filters chosen, and one link clears them.
	await expect(page.getByLabel(fr.organisations_filter_quartier)).toHaveValue(/.+/);
	await page.getByRole('link', { name: fr.organisations_filter_reset }).click();
	await expect(
		page.getByRole('heading', { level: 2, name: fill(fr.organisations_count, { count: '7' }) })
	).toBeVisible();

	await page.getByLabel(fr.organisations_filter_q).fill('zzz introuvable');
	await page.getByRole('button', { name: fr.organisations_filter_submit }).click();
	await expect(page.getByText(fr.organisations_none)).toBeVisible();

	// An organisation's public page: contact and quartiers, but not who its members are.
	await goto(page, '/organisations?q=petits');
	await results(page).getByRole('link', { name: SCOP }).click();
	await expect(page.getByRole('heading', { level: 1, name: SCOP })).toBeVisible();
	await expect(page.getByRole('link', { name: 'contact@petits-pas.example' })).toHaveAttribute(
		'href',
		'mailto:contact@petits-pas.example'
	);
	await expect(page.getByRole('link', { name: 'https://petits-pas.example/' })).toBeVisible();
	await expect(page.getByText('Saint-Jean', { exact: true })).toBeVisible();
	await expect(page.getByRole('heading', { name: fr.organisations_members_heading })).toHaveCount(0);
	await expect(page.getByRole('navigation', { name: fr.organisations_nav_label })).toHaveCount(0);
	await expectNoAxeViolations(page);
});

test('members see who is in their organisation; others do not get its management pages', async ({ page }) => {
	await signIn(page, ORG_MEMBER_EMAIL, DEMO_PASSWORD);
	await goto(page, '/organisations?type=association');
	await results(page).getByRole('link', { name: 'Femmes en Mouvement Saint-Jean' }).click();
	await expect(page.getByRole('heading', { level: 2, name: fr.organisations_members_heading })).toBeVisible();
	await expect(page.getByText('Fatou (membre d’association)')).toBeVisible();
	const orgUrl = page.url();
	const response = await page.goto(`${orgUrl}/members`);
	expect(response?.status()).toBe(403);
});

test('an organisation admin edits the page; bad input comes back with its message and nothing lost', async ({
	page
}) => {
	await openManagement(page, fr.organisations_nav_edit);
	await expect(page.getByRole('heading', { level: 1, name: new RegExp(fr.organisations_edit_title) })).toBeVisible();
	await expectNoAxeViolations(page);

	await page.getByLabel(fr.organisations_field_contact_phone).fill('appelez-nous');
	await page.getByLabel(fr.organisations_field_description).fill('Crèche itinérante : un camion, une salle prêtée.');
	await page.getByRole('checkbox', { name: 'Tonkin' }).check();
	await page.getByRole('button', { name: fr.organisations_edit_submit }).click();
	await expect(page.getByRole('alert')).toContainText(fr.err_organisation_phone_invalid);
	await expect(page.getByLabel(fr.organisations_field_description)).toHaveValue(
		'Crèche itinérante : un camion, une salle prêtée.'
	);
	await expect(page.getByRole('checkbox', { name: 'Tonkin' })).toBeChecked();
	await expectNoAxeViolations(page);

	await page.getByLabel(fr.organisations_field_contact_phone).fill('04 65 71 10 22');
	await page.getByRole('button', { name: fr.organisations_edit_submit }).click();
	await expect(page.getByRole('status')).toHaveText(fr.organisations_saved);
	await page.getByRole('link', { name: fr.organisations_nav_public }).click();
	await expect(page.getByRole('link', { name: '04 65 71 10 22' })).toBeVisible();
	await expect(page.getByText('Tonkin', { exact: true })).toBeVisible();
});

test('an organisation admin invites someone who signs up from the link and joins', async ({ page, browser }) => {
	await openManagement(page, fr.organisations_nav_members);
	await expect(page.getByRole('heading', { level: 1, name: new RegExp(fr.organisations_members_title) })).toBeVisible();
	await expectNoAxeViolations(page);
	const invitee = freshAccount('invitee');
	await page.getByLabel(fr.organisations_invite_email).fill(invitee.email);
	await page.getByRole('button', { name: fr.organisations_invite_submit }).click();
	await expect(page.getByRole('status')).toHaveText(fill(fr.organisations_invited, { email: isolated(invitee.email) }));
	await expect(
		page
			.getByRole('region', { name: fr.organisations_invitations_heading })
			.getByRole('listitem')
			.filter({ hasText: invitee.email })
	).toHaveCount(1);

	const body = await mailBodyTo(browser, invitee.email);
	const link = body.match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)?.[0];
	expect(link, `an invitation link in:\n${body}`).toBeTruthy();

	const context = await browser.newContext();
	const other = await context.newPage();
	await goto(other, link!);
	await expect(other.getByRole('heading', { level: 1, name: fr.organisations_invitation_title })).toBeVisible();
	await expect(
		other.getByText(fill(fr.organisations_invitation_need_account, { email: isolated(invitee.email) }))
	).toBeVisible();
	await expectNoAxeViolations(other);
	await other.getByRole('main').getByRole('link', { name: fr.organisations_invitation_sign_up }).click();
	await ready(other);
	await other.getByLabel(fr.field_name).fill(invitee.name);
	await other.getByLabel(fr.field_email).fill(invitee.email);
	await other.getByLabel(fr.field_password).fill(invitee.password);
	await other.getByRole('button', { name: fr.sign_up_submit }).click();
	// Back on the invitation, now signed in with the invited address.
	await expect(other).toHaveURL(/\/invitations\//);
	await ready(other);
	await other.getByRole('button', { name: fr.organisations_invitation_accept }).click();
	await expect(other.getByRole('heading', { level: 1, name: SCOP })).toBeVisible();
	await expect(other.getByRole('status')).toHaveText(fr.organisations_joined);
	await expect(other.getByText(invitee.name)).toBeVisible();

	// The link is used up.
	await goto(other, link!);
	await expect(other.getByText(fr.organisations_invitation_used_text)).toBeVisible();
	await context.close();

	// The admin sees the new member, and can remove her.
	await goto(page, page.url());
	const row = page.getByRole('row').filter({ hasText: invitee.email });
	await expect(row).toContainText(fr.organisations_role_member);
	await row.locator('details.revoke summary').click();
	await row.getByRole('button', { name: fr.organisations_remove }).click();
	await expect(page.getByRole('status')).toHaveText(fr.organisations_member_removed);
	await expect(page.getByRole('row').filter({ hasText: invitee.email })).toHaveCount(0);
});

test('a cancelled invitation link says it was cancelled', async ({ page, browser }) => {
	await openManagement(page, fr.organisations_nav_members);
	const invitee = freshAccount('annulee');
	await page.getByLabel(fr.organisations_invite_email).fill(invitee.email);
	await page.getByRole('button', { name: fr.organisations_invite_submit }).click();
	await expect(page.getByRole('status')).toBeVisible();
	const link = (await mailBodyTo(browser, invitee.email)).match(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/)![0];
	const item = page.getByRole('listitem').filter({ hasText: invitee.email });
	await item.locator('details.revoke summary').click();
	await item.getByRole('button', { name: fr.organisations_invitation_revoke }).click();
	await expect(page.getByRole('status')).toHaveText(fr.organisations_invitation_revoked);
	await goto(page, link);
	await expect(page.getByText(fr.organisations_invitation_revoked_text)).toBeVisible();
	await expect(page.getByRole('button', { name: fr.organisations_invitation_accept })).toHaveCount(0);
	await goto(page, '/invitations/not-a-real-invitation-token');
	await expect(page.getByText(fr.organisations_invitation_invalid_text)).toBeVisible();
});

test('an API token is shown once, listed by its prefix, and revoked', async ({ page }) => {
	await openManagement(page, fr.organisations_nav_tokens);
	await expect(page.getByRole('heading', { level: 1, name: new RegExp(fr.organisations_tokens_title) })).toBeVisible();
	await expectNoAxeViolations(page);
	const name = `Site ${Date.now().toString(36)}`;
	await page.getByLabel(fr.organisations_token_name).fill(name);
	await page.getByRole('button', { name: fr.organisations_token_create }).click();
	await expect(page.getByText(fill(fr.organisations_token_created, { name: isolated(name) }))).toBeVisible();
	const token = await page.getByTestId('new-token').inputValue();
	expect(token).toMatch(/^qv_[A-Za-z0-9_-]{43}$/);
	await expectNoAxeViolations(page);

	// Once only: the page loaded again shows its prefix, never the token.
	await goto(page, new URL(page.url()).pathname);
	await expect(page.getByTestId('new-token')).toHaveCount(0);
	expect(await page.content()).not.toContain(token);
	const row = page.getByRole('row').filter({ hasText: name });
	await expect(row).toContainText(`${token.slice(0, 10)}…`);
	await expect(row).toContainText(fr.organisations_token_never_used);
	await row.locator('details.revoke summary').click();
	await row.getByRole('button', { name: fr.organisations_token_revoke }).click();
	await expect(page.getByRole('status')).toHaveText(fr.organisations_token_revoked);
	await expect(page.getByRole('row').filter({ hasText: name })).toContainText(
		fr.organisations_token_revoked_on.split('{')[0]!.trim()
	);
});

test('a moderator lists a new organisation and its first admin is invited', async ({ page }) => {
	await signIn(page, MODERATOR_EMAIL, DEMO_PASSWORD);
	await goto(page, '/organisations');
	await page.getByRole('link', { name: fr.organisations_new_link }).click();
	await expect(page.getByRole('heading', { level: 1, name: fr.organisations_new_title })).toBeVisible();
	await ready(page);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: fr.organisations_new_submit }).click();
	await expect(page.getByRole('alert')).toContainText(fr.err_organisation_type_invalid);
	await expectNoAxeViolations(page);

	const name = `Repair café ${Date.now().toString(36)}`;
	await page.getByLabel(fr.organisations_field_name).fill(name);
	await page.getByLabel(fr.organisations_field_type).selectOption({ label: fr.org_type_association });
	await page.getByLabel(fr.organisations_field_commune).selectOption({ label: 'Villeurbanne' });
	await page.getByLabel(fr.organisations_field_admin_email).fill(freshAccount('fondatrice').email);
	await page.getByRole('button', { name: fr.organisations_new_submit }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	await expect(page.getByRole('status')).toHaveText(fr.organisations_created);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the directory filters and an admin’s edits and tokens all work as plain forms', async ({ page }) => {
		await page.goto('/organisations');
		await page.getByLabel(fr.organisations_filter_type).selectOption({ label: fr.org_type_company });
		await page.getByRole('button', { name: fr.organisations_filter_submit }).click();
		await expect(results(page).getByRole('heading', { level: 3 })).toHaveText(['Traiteur La Table des Buers']);

		await page.goto('/sign-in');
		await page.getByLabel(fr.field_email).fill(ORG_ADMIN_EMAIL);
		await page.getByLabel(fr.field_password).fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: fr.sign_in_submit }).click();
		await expect(page).toHaveURL(/\/account$/);
		await page.goto('/organisations?q=Petits');
		await results(page).getByRole('link', { name: SCOP }).click();
		await page.getByRole('link', { name: fr.organisations_nav_edit }).click();
		await page.getByLabel(fr.organisations_field_website).fill('pas une adresse');
		await page.getByRole('button', { name: fr.organisations_edit_submit }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_organisation_website_invalid);
		await expect(page.getByLabel(fr.organisations_field_website)).toHaveValue('pas une adresse');
		await page.getByLabel(fr.organisations_field_website).fill('petits-pas.example/creche');
		await page.getByRole('button', { name: fr.organisations_edit_submit }).click();
		await expect(page.getByRole('status')).toHaveText(fr.organisations_saved);
		await expect(page.getByLabel(fr.organisations_field_website)).toHaveValue('https://petits-pas.example/creche');

		await page.getByRole('link', { name: fr.organisations_nav_tokens }).click();
		await page.getByLabel(fr.organisations_token_name).fill('Tableur sans JS');
		await page.getByRole('button', { name: fr.organisations_token_create }).click();
		await expect(page.getByTestId('new-token')).toHaveValue(/^qv_/);
	});
});

test.describe('a 360 px wide phone in Arabic', () => {
	test.use({ viewport: { width: 360, height: 740 }, locale: 'ar', isMobile: true, hasTouch: true });

	test('the directory reads right to left, filters, and fits the screen', async ({ page }) => {
		await goto(page, '/organisations');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: ar.organisations_title })).toBeVisible();
		expect(
			await page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
		await page.getByLabel(ar.organisations_filter_quartier).selectOption({ label: 'Les Buers' });
		await page.getByRole('button', { name: ar.organisations_filter_submit }).click();
		await expect(
			page.getByRole('heading', { level: 2, name: fill(ar.organisations_count, { count: '5' }) })
		).toBeVisible();
		await page.getByRole('link', { name: 'Traiteur La Table des Buers' }).click();
		await expect(page.getByRole('heading', { level: 2, name: ar.organisations_contact_heading })).toBeVisible();
		expect(
			await page.evaluate(() => document.scrollingElement!.scrollWidth - document.documentElement.clientWidth)
		).toBeLessThanOrEqual(0);
		await expectNoAxeViolations(page);
	});
});
