import QRCode from 'qrcode';
import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { codeForm, parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { z } from 'zod';
import type { RequestMeta } from './request-meta.js';

export interface TwoFactorSetup {
	/** otpauth:// URI, shown as a QR code. */
	totpUri: string;
	/** The same secret in base32, for typing by hand. */
	secret: string;
	qrSvg: string;
	backupCodes: string[];
}

const passwordForm = z.object({ password: z.string({ error: 'FIELD.REQUIRED' }).min(1, 'FIELD.REQUIRED') });

export type StartResult = { ok: true; setup: TwoFactorSetup } | { ok: false; fieldErrors: FieldErrors };

/** First step: the password is checked and a new secret is made, not yet active. */
export async function startTwoFactor(
	ctx: Pick<AppContext, 'auth'>,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<StartResult> {
	const form = parseForm(passwordForm, values);
	if (!form.ok) return form;
	try {
		const res = await ctx.auth.api.enableTwoFactor({ body: { password: form.data.password }, headers: meta.headers });
		// Only TOTP is offered (no codes by mail or SMS): Better Auth answers with its URI.
		if (!('totpURI' in res)) throw new Error('two-factor: TOTP was not enabled');
		const secret = new URL(res.totpURI).searchParams.get('secret') ?? '';
		const qrSvg = await QRCode.toString(res.totpURI, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
		return { ok: true, setup: { totpUri: res.totpURI, secret, qrSvg, backupCodes: res.backupCodes } };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { password: 'PASSWORD.WRONG' } };
		throw error;
	}
}

export type ConfirmResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** Second step: a code from the app proves it holds the secret; only then is 2FA switched on. */
export async function confirmTwoFactor(
	ctx: Pick<AppContext, 'auth' | 'rateLimiter'>,
	userId: string,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<ConfirmResult> {
	const form = parseForm(codeForm, values);
	if (!form.ok) return form;
	const limit = await ctx.rateLimiter.hit('twoFactorAccount', userId);
	if (limit.limited)
		return { ok: false, fieldErrors: { code: 'RATE.LIMITED' }, retryAfterSeconds: limit.retryAfterSeconds };
	try {
		await ctx.auth.api.verifyTOTP({ body: { code: form.data.code }, headers: meta.headers });
		return { ok: true };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { code: 'CODE.INVALID' } };
		throw error;
	}
}

export type DisableResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

export async function disableTwoFactor(
	ctx: Pick<AppContext, 'auth'>,
	values: Record<string, unknown>,
	meta: RequestMeta
): Promise<DisableResult> {
	const form = parseForm(passwordForm, values);
	if (!form.ok) return form;
	try {
		await ctx.auth.api.disableTwoFactor({ body: { password: form.data.password }, headers: meta.headers });
		return { ok: true };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { password: 'PASSWORD.WRONG' } };
		throw error;
	}
}
