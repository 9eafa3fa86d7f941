import * as m from '#lib/paraglide/messages.js';
import { THEME_CODES } from '#lib/domain/themes.js';

/**
 * The label of a theme code of the Carrefour des innovations sociales in the reader's language,
 * read by name (`catalogue_theme_INS`) so that the 40 codes need no 40-line switch.
 * An unknown code is shown as it is rather than hidden.
 */
export function themeLabel(code: string): string {
	if (!(THEME_CODES as readonly string[]).includes(code)) return code;
	const message = (m as unknown as Record<string, unknown>)[`catalogue_theme_${code}`];
	return typeof message === 'function' ? (message as () => string)() : code;
}
