import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { rowsOf } from '#lib/server/db/client.js';
import { forEachEngine, meta, signedInCookie, uniqueEmail, cookieFrom } from './engines.js';
import { mailOutbox, roleGrant, user } from '#lib/server/db/schema.js';
import { signUp } from '#lib/server/use-cases/sign-up.js';
import { signIn } from '#lib/server/use-cases/sign-in.js';
import { requestPasswordReset } from '#lib/server/use-cases/request-password-reset.js';
import { resetPassword } from '#lib/server/use-cases/reset-password.js';
import { checkResetLink } from '#lib/server/use-cases/check-reset-link.js';
import { changePassword } from '#lib/server/use-cases/change-password.js';
import { changeLanguage } from '#lib/server/use-cases/change-language.js';
import { deleteAccount } from '#lib/server/use-cases/delete-account.js';
import { exportMyData } from '#lib/server/use-cases/export-my-data.js';
import { startTwoFactor } from '#lib/server/use-cases/start-two-factor.js';
import { confirmTwoFactor } from '#lib/server/use-cases/confirm-two-factor.js';
import { completeTwoFactorSignIn } from '#lib/server/use-cases/complete-two-factor-sign-in.js';
import { totp } from '../support/totp.js';

const PASSWORD = 'une phrase facile à retenir';

forEachEngine('accounts', (use) => {
	async function newAccount(locale: 'fr' | 'en' | 'ar' = 'fr') {
		const email = uniqueEmail();
		const r = await signUp(use(), { name: 'Samira', email, password: PASSWORD }, { ...meta(), locale });
		if (!r.ok) throw new Error(JSON.stringify(r));
		return { email, userId: r.userId, cookie: await signedInCookie(use(), email, PASSWORD) };
	}

	it('signs a resident up, with her language, and refuses a second account on the same address', async () => {
		const email = uniqueEmail();
		const r = await signUp(
			use(),
			{ name: 'Samira', email: email.toUpperCase(), password: PASSWORD },
			{ ...meta(), locale: 'ar' }
		);
		expect(r.ok).toBe(true);
		const [row] = await use().db.select().from(user).where(eq(user.email, email));
		expect(row?.locale).toBe('ar');
		const again = await signUp(use(), { name: 'Autre', email, password: PASSWORD }, { ...meta(), locale: 'fr' });
		expect(again).toEqual({ ok: false, fieldErrors: { email: 'EMAIL.TAKEN' } });
	});

	it('returns field errors and saves nothing for bad input', async () => {
		const before = await use()
			.db.select({ n: sql<number>`count(*)::int` })
			.from(user);
		const r = await signUp(use(), { name: '', email: 'nope', password: 'court' }, { ...meta(), locale: 'fr' });
		expect(r.ok).toBe(false);
		const after = await use()
			.db.select({ n: sql<number>`count(*)::int` })
			.from(user);
		expect(after[0]!.n).toBe(before[0]!.n);
	});

	it('signs in with the right password only', async () => {
		const { email } = await newAccount();
		expect(await signIn(use(), { email, password: 'mauvais mot de passe' }, meta())).toEqual({
			ok: false,
			fieldErrors: { form: 'AUTH.CREDENTIALS' }
		});
		expect(await signIn(use(), { email, password: PASSWORD }, meta())).toMatchObject({
			ok: true,
			twoFactorRequired: false
		});
	});

	it('resets a forgotten password through a mailed link, in the account holder’s language', async () => {
		const { email } = await newAccount('en');
		expect(await requestPasswordReset(use(), { email }, meta())).toEqual({ ok: true });
		const [mail] = await use().db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
		expect(mail?.subject).toMatch(/new password/i);
		const link = mail!.body.match(/http\S+/)![0];
		expect(link).toContain('http://localhost:4999/reset-password?token=');
		const token = new URL(link).searchParams.get('token')!;

		expect(await checkResetLink(use(), token)).toBe(true);
		expect(await checkResetLink(use(), 'faux-jeton')).toBe(false);
		expect(await resetPassword(use(), { token: 'faux-jeton', password: 'nouveau mot de passe' })).toEqual({
			ok: false,
			fieldErrors: { form: 'TOKEN.INVALID' }
		});
		expect(await resetPassword(use(), { token, password: 'nouveau mot de passe' })).toEqual({ ok: true });
		expect((await signIn(use(), { email, password: PASSWORD }, meta())).ok).toBe(false);
		expect((await signIn(use(), { email, password: 'nouveau mot de passe' }, meta())).ok).toBe(true);
		// A link works once, and the page can tell before anyone types.
		expect(await checkResetLink(use(), token)).toBe(false);
		expect((await resetPassword(use(), { token, password: 'encore un autre mot' })).ok).toBe(false);
	});

	it('answers the same for an unknown address, and sends nothing', async () => {
		const email = uniqueEmail('inconnue');
		expect(await requestPasswordReset(use(), { email }, meta())).toEqual({ ok: true });
		expect(await use().db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email))).toEqual([]);
	});

	it('changes the password only with the current one', async () => {
		const { userId, cookie, email } = await newAccount();
		expect(
			await changePassword(
				use(),
				userId,
				{ currentPassword: 'pas le bon', newPassword: 'tout nouveau mot' },
				meta(cookie)
			)
		).toEqual({
			ok: false,
			fieldErrors: { currentPassword: 'PASSWORD.WRONG' }
		});
		expect(
			await changePassword(use(), userId, { currentPassword: PASSWORD, newPassword: 'tout nouveau mot' }, meta(cookie))
		).toEqual({ ok: true });
		expect((await signIn(use(), { email, password: 'tout nouveau mot' }, meta())).ok).toBe(true);
	});

	it('remembers the language on the account', async () => {
		const { userId } = await newAccount();
		expect(await changeLanguage(use(), userId, { locale: 'xx' })).toMatchObject({ ok: false });
		expect(await changeLanguage(use(), userId, { locale: 'en' })).toEqual({ ok: true, locale: 'en' });
		const [row] = await use().db.select().from(user).where(eq(user.id, userId));
		expect(row?.locale).toBe('en');
	});

	it('exports everything about the person, without secrets', async () => {
		const { userId, email } = await newAccount();
		const data = await exportMyData(use(), userId);
		expect(data?.profile.email).toBe(email);
		expect(data?.sessions.length).toBeGreaterThan(0);
		const text = JSON.stringify(data);
		expect(text).not.toMatch(/password|secret|token/i);
	});

	it('deletes an account for good, but only with its password and the confirmation', async () => {
		const { userId, cookie, email } = await newAccount();
		expect(await deleteAccount(use(), userId, { password: PASSWORD }, meta(cookie))).toMatchObject({
			ok: false,
			fieldErrors: { confirm: 'CONFIRM.REQUIRED' }
		});
		expect(await deleteAccount(use(), userId, { password: 'faux', confirm: 'on' }, meta(cookie))).toMatchObject({
			ok: false,
			fieldErrors: { password: 'PASSWORD.WRONG' }
		});
		expect(await deleteAccount(use(), userId, { password: PASSWORD, confirm: 'on' }, meta(cookie))).toEqual({
			ok: true
		});
		const left = rowsOf<{ n: number }>(
			await use().db.execute(
				sql`SELECT (SELECT count(*) FROM session WHERE user_id = ${userId}) + (SELECT count(*) FROM account WHERE user_id = ${userId}) + (SELECT count(*) FROM "user" WHERE id = ${userId}) AS n`
			)
		);
		expect(Number(left[0]!.n)).toBe(0);
		expect((await signIn(use(), { email, password: PASSWORD }, meta())).ok).toBe(false);
	});

	it('keeps the last administrator from deleting their account', async () => {
		const { userId, cookie } = await newAccount();
		await use()
			.db.insert(roleGrant)
			.values({ id: `g-${userId}`, userId, role: 'administrator' });
		const admins = await use().db.select().from(roleGrant).where(eq(roleGrant.role, 'administrator'));
		expect(admins).toHaveLength(1);
		expect(await deleteAccount(use(), userId, { password: PASSWORD, confirm: 'on' }, meta(cookie))).toMatchObject({
			ok: false,
			fieldErrors: { form: 'ROLE.LAST_ADMIN' }
		});
		await use().db.delete(roleGrant).where(eq(roleGrant.userId, userId));
	});

	it('sets up two-factor authentication, then asks for a code at sign-in', async () => {
		const { userId, cookie, email } = await newAccount();
		expect(await startTwoFactor(use(), { password: 'faux' }, meta(cookie))).toMatchObject({ ok: false });
		const started = await startTwoFactor(use(), { password: PASSWORD }, meta(cookie));
		if (!started.ok) throw new Error('could not start 2FA');
		expect(started.setup.qrSvg).toContain('<svg');
		expect(started.setup.backupCodes.length).toBeGreaterThan(5);
		expect(await confirmTwoFactor(use(), userId, { code: '000000' }, meta(cookie))).toMatchObject({ ok: false });
		expect(await confirmTwoFactor(use(), userId, { code: totp(started.setup.secret) }, meta(cookie))).toEqual({
			ok: true
		});
		const [row] = await use().db.select().from(user).where(eq(user.id, userId));
		expect(row?.twoFactorEnabled).toBe(true);

		// Sign-in now stops half-way: no session until the code is given.
		const first = await use().auth.api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
		expect((first.response as { twoFactorRedirect?: boolean }).twoFactorRedirect).toBe(true);
		const pending = cookieFrom(first.headers);
		expect(await use().auth.api.getSession({ headers: new Headers({ cookie: pending }) })).toBeNull();
		expect(await completeTwoFactorSignIn(use(), { code: '123456' }, meta(pending))).toMatchObject({ ok: false });
		expect(await completeTwoFactorSignIn(use(), { code: totp(started.setup.secret) }, meta(pending))).toEqual({
			ok: true
		});
	});
});
