/**
 * Shared helpers of the end-to-end suite: accounts, sign-in (with TOTP), axe checks,
 * and the interface text of each language (messages/*.json, French being the default).
 */
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { loadMessages as loadAllMessages } from '../support/messages.js';

// ---------------------------------------------------------------------------------------------
// Interface text
// ---------------------------------------------------------------------------------------------

/** The message keys, from the French source files (the base language). */
export type MessageKey = Exclude<
	| keyof typeof import('../../messages/fr.json')
	| keyof typeof import('../../messages/territory/fr.json')
	| keyof typeof import('../../messages/rooms/fr.json')
	| keyof typeof import('../../messages/organisations/fr.json')
	| keyof typeof import('../../messages/catalogue/fr.json')
	| keyof typeof import('../../messages/discover/fr.json')
	| keyof typeof import('../../messages/opendata/fr.json')
	| keyof typeof import('../../messages/initiatives/fr.json')
	| keyof typeof import('../../messages/circuits/fr.json')
	| keyof typeof import('../../messages/availability/fr.json')
	| keyof typeof import('../../messages/requests/fr.json')
	| keyof typeof import('../../messages/time/fr.json')
	| keyof typeof import('../../messages/decisions/fr.json')
	| keyof typeof import('../../messages/calendars/fr.json')
	| keyof typeof import('../../messages/needs/fr.json')
	| keyof typeof import('../../messages/conversation/fr.json')
	| keyof typeof import('../../messages/moderation/fr.json')
	| keyof typeof import('../../messages/consultations/fr.json')
	| keyof typeof import('../../messages/results/fr.json')
	| keyof typeof import('../../messages/voicenotify/fr.json')
	| keyof typeof import('../../messages/posters/fr.json')
	| keyof typeof import('../../messages/planner/fr.json')
	| keyof typeof import('../../messages/plannerrun/fr.json')
	| keyof typeof import('../../messages/plannerresults/fr.json')
	| keyof typeof import('../../messages/plannerapply/fr.json')
	| keyof typeof import('../../messages/observatory/fr.json')
	| keyof typeof import('../../messages/impact/fr.json')
	| keyof typeof import('../../messages/sessions/fr.json')
	| keyof typeof import('../../messages/rota/fr.json')
	| keyof typeof import('../../messages/childcare/fr.json'),
	'$schema'
>;
type Messages = Readonly<Record<MessageKey, string>>;

function loadMessages(locale: 'fr' | 'en' | 'ar'): Messages {
	const messages = loadAllMessages(locale) as Partial<Messages>;
	return new Proxy(messages as Messages, {
		get(target, key) {
			const text = target[key as MessageKey];
			if (typeof key === 'string' && typeof text !== 'string')
				throw new Error(`No message "${key}" in messages/**/${locale}.json`);
			return text;
		}
	});
}

/** The interface text, read from the same files the app is built from. */
export const fr = loadMessages('fr');
export const en = loadMessages('en');
export const ar = loadMessages('ar');

/** Fills the {placeholders} of a message. */
/** People's names and addresses are shown inside Unicode isolates (FSI … PDI), as the app writes them. */
export function isolated(text: string): string {
	return `\u2068${text}\u2069`;
}

export function fill(message: string, params: Record<string, string>): string {
	return message.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? `{${key}}`);
}

// ---------------------------------------------------------------------------------------------
// Demo data
// ---------------------------------------------------------------------------------------------

export const DEMO_PASSWORD = 'demo-quartiers-vivants';
export const ADMIN_EMAIL = 'admin@demo.quartiers-vivants.fr';
export const RESIDENT_EMAIL = 'habitante@demo.quartiers-vivants.fr';
export const RESIDENT_NAME = 'Samira (habitante)';

// ---------------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------------

/**
 * Waits until the page is usable as a person would use it: when its scripts run, until SvelteKit
 * has hydrated it (the route announcer is only added once the app is mounted).
 * Tests wait for it so that each step runs against one settled page (what is typed before
 * hydration is kept: progressive-enhancement.e2e.ts checks that separately).
 */
export async function ready(page: Page): Promise<void> {
	await page.waitForLoadState('domcontentloaded');
	const scriptsRun = await page.evaluate(() => Object.keys(window).some((key) => key.startsWith('__sveltekit')));
	if (scriptsRun) await page.locator('#svelte-announcer').waitFor({ state: 'attached' });
}

/** page.goto, then ready(). */
export async function goto(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await ready(page);
}

/** The <html> element's language and direction. */
export async function documentLanguage(page: Page): Promise<{ lang: string | null; dir: string | null }> {
	return page.evaluate(() => ({
		lang: document.documentElement.getAttribute('lang'),
		dir: document.documentElement.getAttribute('dir')
	}));
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

let counter = 0;
/** A fresh, unique account: tests never depend on one another. */
export function freshAccount(label = 'habitant') {
	const id = `${Date.now().toString(36)}${(counter++).toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
	return {
		name: `Nadia ${label} ${id}`,
		email: `${label}-${id}@e2e.quartiers-vivants.test`,
		password: `une phrase de passe ${id}`
	};
}
export type Account = ReturnType<typeof freshAccount>;

/** Creates the account through the sign-up form; the person is then signed in, on /account. */
export async function signUp(page: Page, account: Account = freshAccount()): Promise<Account> {
	await goto(page, '/sign-up');
	return submitSignUp(page, account);
}

/** Fills and sends the sign-up form already on screen, then checks the account page greets the person. */
export async function submitSignUp(page: Page, account: Account): Promise<Account> {
	await page.getByLabel('Nom ou prénom').fill(account.name);
	await page.getByLabel('Adresse électronique').fill(account.email);
	await page.getByLabel('Mot de passe').fill(account.password);
	await page.getByRole('button', { name: 'Créer mon compte' }).click();
	await expect(page).toHaveURL(/\/account\?welcome=1$/);
	await expect(
		page.getByText(fill(fr.account_signed_in_as, { name: isolated(account.name), email: isolated(account.email) }))
	).toBeVisible();
	return account;
}

/** Fills and sends the sign-in form (French interface); does not check where it lands. */
export async function submitSignIn(page: Page, email: string, password: string, path = '/sign-in'): Promise<void> {
	await goto(page, path);
	await page.getByLabel('Adresse électronique').fill(email);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Me connecter' }).click();
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
	await submitSignIn(page, email, password);
	await expect(page).toHaveURL(/\/account$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
	await ready(page);
}

/** The header's "Se déconnecter" button (inside the menu, which is open on wide screens). */
export async function signOut(page: Page, label = 'Se déconnecter'): Promise<void> {
	await page.getByRole('button', { name: label }).click();
	await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
	await ready(page);
}

// ---------------------------------------------------------------------------------------------
// Two-factor authentication (RFC 6238)
// ---------------------------------------------------------------------------------------------

function base32Decode(input: string): Buffer {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
	const clean = input.toUpperCase().replace(/[\s=]/g, '');
	let bits = 0;
	let value = 0;
	const out: number[] = [];
	for (const char of clean) {
		const index = alphabet.indexOf(char);
		if (index < 0) throw new Error(`Not a base32 character: ${char}`);
		value = (value << 5) | index;
		bits += 5;
		if (bits >= 8) {
			out.push((value >>> (bits - 8)) & 0xff);
			bits -= 8;
		}
	}
	return Buffer.from(out);
}

/** The 6-digit TOTP code of a base32 secret (HMAC-SHA1, 30-second steps), as an app shows it. */
export function totp(secretBase32: string, at = Date.now()): string {
	const step = Buffer.alloc(8);
	step.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
	const mac = createHmac('sha1', base32Decode(secretBase32)).update(step).digest();
	const offset = mac[mac.length - 1]! & 0x0f;
	const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
	return String(binary % 1_000_000).padStart(6, '0');
}

/**
 * Turns on two-factor authentication for the signed-in person from /account/security
 * and returns the base32 secret shown for typing by hand.
 * `beforeConfirm` receives the secret before the code is sent (to store it safely first).
 */
export async function enableTwoFactor(
	page: Page,
	password: string,
	beforeConfirm?: (secret: string) => void
): Promise<string> {
	if (!new URL(page.url()).pathname.startsWith('/account/security')) await page.goto('/account/security');
	await ready(page);
	await page.getByLabel('Mot de passe').fill(password);
	await page.getByRole('button', { name: 'Activer' }).click();
	await expect(page.getByTestId('totp-secret')).toBeVisible();
	await ready(page);
	const secret = (await page.getByTestId('totp-secret').textContent())?.trim() ?? '';
	expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
	beforeConfirm?.(secret);
	await page.getByLabel(fr.field_code_setup).fill(totp(secret));
	await page.getByRole('button', { name: "Confirmer l'activation" }).click();
	await expect(page).toHaveURL(/\/account\/security\?done=enabled$/);
	await expect(page.getByRole('status').filter({ hasText: fr.security_enabled })).toBeVisible();
	await ready(page);
	return secret;
}

/** The second step of signing in, on /sign-in/two-factor. */
export async function submitTwoFactorCode(page: Page, code: string): Promise<void> {
	await expect(page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeVisible();
	await ready(page);
	await page.getByLabel(fr.field_code).fill(code);
	await page.getByRole('button', { name: 'Vérifier' }).click();
}

/**
 * The demo administrator's TOTP secret is kept beside the run's fresh database, so that any
 * test (in any order, even in a restarted worker) can sign in as the administrator.
 */
function adminSecretFile(): string {
	const dataDir = process.env.E2E_DATA_DIR;
	if (!dataDir) throw new Error('E2E_DATA_DIR is not set: run the suite through playwright.config.ts');
	return join(dirname(dataDir), 'admin-totp-secret.txt');
}

/**
 * Signs in as admin@demo with its TOTP code. The first time in a run, the administrator has no
 * two-factor yet: the admin pages send them to /account/security?required=admin, where it is set up.
 */
export async function signInAsAdmin(page: Page): Promise<void> {
	const file = adminSecretFile();
	await submitSignIn(page, ADMIN_EMAIL, DEMO_PASSWORD, '/sign-in?redirectTo=%2Fadmin%2Fusers');
	if (existsSync(file)) {
		await expect(page).toHaveURL(/\/sign-in\/two-factor/);
		await submitTwoFactorCode(page, totp(readFileSync(file, 'utf8').trim()));
	} else {
		await expect(page).toHaveURL(/\/account\/security\?required=admin$/);
		await expect(page.getByText(fr.security_required_admin)).toBeVisible();
		await enableTwoFactor(page, DEMO_PASSWORD, (secret) => writeFileSync(file, secret));
		await page.goto('/admin/users');
	}
	await expect(page).toHaveURL(/\/admin\/users/);
	await expect(page.getByRole('heading', { level: 1, name: 'Comptes et rôles' })).toBeVisible();
	await ready(page);
}

// ---------------------------------------------------------------------------------------------
// Accessibility
// ---------------------------------------------------------------------------------------------

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page as it is and fails with a readable list of the violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`
	);
	expect(summary, `axe-core violations on ${page.url()}`).toEqual([]);
}

/** A person who signed up in a browser of their own (a separate context), as another resident would. */
export async function personElsewhere(browser: Browser, prefix: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const account = await signUp(page, freshAccount(prefix));
	return { account, page, close: () => context.close() };
}
