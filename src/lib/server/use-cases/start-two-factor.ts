import QRCode from 'qrcode';
import type { AppContext } from '../context.js';
import { isAuthApiError } from '../auth-errors.js';
import { parseForm, passwordForm, type FieldErrors } from '#lib/domain/account-forms.js';
import type { RequestMeta } from './request-meta.js';

export interface TwoFactorSetup {
	/** otpauth:// URI, shown as a QR code. */
	totpUri: string;
	/** The same secret in base32, for typing by hand. */
	secret: string;
	qrSvg: string;
	backupCodes: string[];
}

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
		const setup = await describeSetup(res.totpURI, res.backupCodes);
		if (!setup) throw new Error('two-factor: unexpected TOTP URI');
		return { ok: true, setup };
	} catch (error) {
		if (isAuthApiError(error)) return { ok: false, fieldErrors: { password: 'PASSWORD.WRONG' } };
		throw error;
	}
}

/**
 * What the page shows to set up an authenticator app: the QR code of the otpauth URI and the
 * secret to type by hand. Also used to show the same code again after a mistyped confirmation.
 */
export async function describeSetup(totpUri: string, backupCodes: string[] = []): Promise<TwoFactorSetup | null> {
	if (!totpUri.startsWith('otpauth://totp/')) return null;
	const secret = new URL(totpUri).searchParams.get('secret') ?? '';
	const qrSvg = await QRCode.toString(totpUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return { totpUri, secret, qrSvg, backupCodes };
}
