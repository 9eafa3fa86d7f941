import { paraglideVitePlugin } from '@inlang/paraglide-js';

/**
 * Paraglide for the app and for Vitest alike. The language is remembered in a cookie, first
 * guessed from Accept-Language; no locale in the URL, so links stay short and shareable.
 */
export const paraglide = () =>
	paraglideVitePlugin({
		project: './project.inlang',
		outdir: './src/lib/paraglide',
		strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
		cookieName: 'qv_lang'
	});
