import { test, expect } from '@playwright/test';
import {
	ADMIN_EMAIL,
	DEMO_PASSWORD,
	ar,
	expectNoAxeViolations,
	fr,
	goto,
	ready,
	signInAsAdmin,
	signOut,
	signUp,
	submitSignIn,
	fill,
	isolated
} from './helpers';

// axe-core, WCAG 2.0/2.1 A and AA and WCAG 2.2 AA, on every page, as it is once its scripts have run.

test.describe('in French', () => {
	const publicPages: [string, string][] = [
		['/', 'Quartiers Vivants'],
		['/sign-in', 'Se connecter'],
		['/sign-up', 'Créer un compte'],
		['/forgot-password', 'Mot de passe oublié'],
		['/reset-password?token=x', 'Choisir un nouveau mot de passe'], // an invalid link: the explanation
		['/reset-password', 'Choisir un nouveau mot de passe'],
		['/sources', 'Données et sources'],
		['/legal', 'Mentions légales'],
		['/accessibility', "Déclaration d'accessibilité"],
		['/privacy', 'Données personnelles']
	];
	for (const [path, heading] of publicPages) {
		test(`${path} has no violations`, async ({ page }) => {
			await goto(page, path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expectNoAxeViolations(page);
		});
	}

	test('the 404 page has no violations', async ({ page }) => {
		const response = await page.goto('/cette-page-n-existe-pas');
		expect(response?.status()).toBe(404);
		await ready(page);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.error_not_found_title);
		await expect(page.getByText(fr.error_not_found)).toBeVisible();
		await expect(page.getByRole('link', { name: fr.error_back_home })).toHaveAttribute('href', '/');
		await expectNoAxeViolations(page);
	});

	test('the sign-in page with errors displayed has no violations', async ({ page }) => {
		await goto(page, '/sign-in');
		await page.getByLabel('Adresse électronique').fill('pas-une-adresse');
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_email_invalid);
		await ready(page);
		await expectNoAxeViolations(page);

		await goto(page, '/sign-in');
		await page.getByLabel('Adresse électronique').fill('personne@exemple.fr');
		await page.getByLabel('Mot de passe').fill('un mot de passe faux');
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_credentials);
		await ready(page);
		await expectNoAxeViolations(page);
	});

	test('the sign-up page with errors displayed has no violations', async ({ page }) => {
		await goto(page, '/sign-up');
		await page.getByRole('button', { name: 'Créer mon compte' }).click();
		await expect(page.getByLabel('Nom ou prénom')).toHaveAttribute('aria-invalid', 'true');
		await ready(page);
		await expectNoAxeViolations(page);
	});

	test('the “link sent” page of a forgotten password has no violations', async ({ page }) => {
		await goto(page, '/forgot-password');
		await page.getByLabel('Adresse électronique').fill('personne@exemple.fr');
		await page.getByRole('button', { name: 'Recevoir le lien' }).click();
		await expect(page.getByRole('status')).toHaveText(fr.forgot_sent);
		await ready(page);
		await expectNoAxeViolations(page);
	});

	test('the account pages have no violations, two-factor set-up included', async ({ page }) => {
		const account = await signUp(page);
		await expectNoAxeViolations(page);

		await goto(page, '/account/security');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vérification en deux étapes');
		await expectNoAxeViolations(page);

		// The set-up step, with its QR code and the key to type by hand.
		await page.getByLabel('Mot de passe').fill(account.password);
		await page.getByRole('button', { name: 'Activer' }).click();
		await expect(page.getByRole('img', { name: fr.security_qr_alt })).toBeVisible();
		await ready(page);
		await expectNoAxeViolations(page);

		// A wrong code: the error, the QR code and the key are all shown again.
		await page.getByLabel(fr.field_code_setup).fill('000000');
		await page.getByRole('button', { name: "Confirmer l'activation" }).click();
		await expect(page.getByRole('alert')).toContainText(fr.err_code_invalid);
		await expect(page.getByTestId('totp-secret')).toBeVisible();
		await ready(page);
		await expectNoAxeViolations(page);
	});

	test('the administration pages have no violations', async ({ page }) => {
		await signInAsAdmin(page);
		await expectNoAxeViolations(page);
		// With a grant form unfolded.
		await page
			.getByRole('row')
			.filter({ hasText: ADMIN_EMAIL })
			.getByText(fill(fr.admin_grant_heading, { name: isolated('Admin démo') }))
			.click();
		await expect(page.getByRole('button', { name: 'Donner le rôle' })).toBeVisible();
		await expectNoAxeViolations(page);

		await goto(page, '/admin/outbox');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.admin_outbox_title);
		await expectNoAxeViolations(page);
	});

	test('the two-factor step of signing in has no violations', async ({ page }) => {
		await signInAsAdmin(page);
		await signOut(page);
		await submitSignIn(page, ADMIN_EMAIL, DEMO_PASSWORD);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.two_factor_title);
		await ready(page);
		await expectNoAxeViolations(page);
	});
});

test.describe('in Arabic', () => {
	test.use({ locale: 'ar' });

	test('the home page has no violations', async ({ page }) => {
		await goto(page, '/');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expectNoAxeViolations(page);
	});

	test('the sign-in page has no violations, with and without errors', async ({ page }) => {
		await goto(page, '/sign-in');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.sign_in_title);
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: ar.sign_in_submit }).click();
		await expect(page.getByRole('alert')).toContainText(ar.err_required);
		await ready(page);
		await expectNoAxeViolations(page);
	});

	test('the home page on a 360 px phone, menu open, has no violations', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await goto(page, '/');
		await page.locator('summary').click();
		await expect(
			page.getByRole('navigation', { name: ar.nav_label }).getByRole('link', { name: ar.nav_sign_in })
		).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

// The Content-Security-Policy forbids inline scripts and styles: a page that trips it loses
// behaviour or styling silently, so any violation the browser reports fails the test.
test('no page breaks the Content-Security-Policy', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	for (const path of ['/', '/sign-in', '/sign-up', '/sources', '/accessibility']) {
		await goto(page, path);
		// Follow a link too: client-side navigation updates the route announcer's styled element.
		await page.getByRole('link', { name: fr.nav_sources }).first().click();
		await ready(page);
	}
	expect(violations).toEqual([]);
});
