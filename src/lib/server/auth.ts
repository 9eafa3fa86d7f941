import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { sveltekitCookies } from 'better-auth/svelte-kit';
import type { RequestEvent } from '@sveltejs/kit';
import type { Database } from './db/client.js';
import * as schema from './db/schema.js';
import type { Mailer } from './mail.js';
import { resetPasswordMail } from './mail-templates.js';
import { isLocale, type Locale } from '#lib/domain/locale.js';
import { PASSWORD_MIN, PASSWORD_MAX } from '#lib/domain/account-forms.js';

export interface AuthOptions {
	db: Database;
	mailer: Mailer;
	secret: string;
	origin: string;
	/** SvelteKit's getRequestEvent, so that sign-in sets its cookies on the current response. */
	getRequestEvent?: () => RequestEvent | undefined;
}

export function createAuth(options: AuthOptions) {
	const secure = options.origin.startsWith('https://');
	return betterAuth({
		appName: 'Quartiers Vivants',
		baseURL: options.origin,
		secret: options.secret,
		database: drizzleAdapter(options.db, {
			provider: 'pg',
			schema: { ...schema, twoFactor: schema.twoFactor }
		}),
		emailAndPassword: {
			enabled: true,
			minPasswordLength: PASSWORD_MIN,
			maxPasswordLength: PASSWORD_MAX,
			revokeSessionsOnPasswordReset: true,
			resetPasswordTokenExpiresIn: 60 * 60,
			async sendResetPassword({ user, token }) {
				const locale = (user as { locale?: string }).locale;
				const link = `${options.origin}/reset-password?token=${encodeURIComponent(token)}`;
				await options.mailer.send({
					to: user.email,
					...resetPasswordMail(isLocale(locale) ? locale : 'fr', { name: user.name, link })
				});
			}
		},
		user: {
			additionalFields: {
				locale: { type: 'string', required: false, defaultValue: 'fr', input: true }
			}
		},
		session: {
			expiresIn: 60 * 60 * 24 * 30,
			updateAge: 60 * 60 * 24
		},
		// Our own database-backed limiter guards every form; Better Auth's HTTP router is not exposed.
		rateLimit: { enabled: false },
		logger: { level: 'error' },
		advanced: {
			cookiePrefix: 'qv',
			useSecureCookies: secure,
			defaultCookieAttributes: { httpOnly: true, sameSite: 'lax', secure }
		},
		plugins: [
			twoFactor({ issuer: 'Quartiers Vivants', skipVerificationOnEnable: false }),
			// Must stay last: it copies Better Auth's Set-Cookie headers onto SvelteKit's response.
			sveltekitCookies((options.getRequestEvent ?? (() => undefined)) as () => RequestEvent)
		]
	});
}

export type Auth = ReturnType<typeof createAuth>;
export type { Locale };
