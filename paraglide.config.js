// Paraglide's one configuration, for Vite, Vitest and `npm run messages` (type-checking needs
// the compiled messages before any build has run).
import { compile, paraglideVitePlugin } from '@inlang/paraglide-js';

/**
 * The language is remembered in a cookie, first guessed from Accept-Language; no locale in URLs.
 * @type {import('@inlang/paraglide-js').CompilerOptions}
 */
export const paraglideOptions = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
	cookieName: 'qv_lang'
};

export const paraglide = () => paraglideVitePlugin(paraglideOptions);

// `node paraglide.config.js` compiles the messages.
if (import.meta.url === `file://${process.argv[1]}`) await compile(paraglideOptions);
