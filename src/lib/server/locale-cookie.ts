import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '#lib/domain/locale.js';

/**
 * The cookie Paraglide reads first (see paraglide.config.js), kept a year. Not HttpOnly: the browser's
 * copy of Paraglide must read it too, or pages would switch back to the browser's language once
 * their scripts run. It holds nothing but fr, en or ar.
 */
export const LOCALE_COOKIE = 'qv_lang';

export function rememberLocale(cookies: Cookies, locale: Locale, url: URL): void {
	cookies.set(LOCALE_COOKIE, locale, {
		path: '/',
		maxAge: 60 * 60 * 24 * 365,
		httpOnly: false,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
