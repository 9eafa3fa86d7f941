import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '#lib/domain/locale.js';

/** The cookie Paraglide reads first (see vite.config.ts): a year, readable only by the server. */
export const LOCALE_COOKIE = 'qv_lang';

export function rememberLocale(cookies: Cookies, locale: Locale, url: URL): void {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
