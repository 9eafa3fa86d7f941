import * as m from '#lib/paraglide/messages.js';
import { THEME_CODES } from '#lib/domain/themes.js';
import themeMessages from './messages-by-name/themes.js';

/**
 * The label of a theme code of the Carrefour des innovations sociales in the reader's language,
 * read by name (`catalogue_theme_INS`) so that the 40 codes need no 40-line switch.
 * An unknown code is shown as it is rather than hidden.
 */
export function themeLabel(code: string): string {
	if (!(THEME_CODES as readonly string[]).includes(code)) return code;
	const message = themeMessages[`catalogue_theme_${code}`];
	return message ? (message as () => string)() : code;
}

/**
 * A cost range in whole euros, in the reader's number format: "80 000 € – 150 000 €",
 * "from 500 €", "up to 3 000 €", or "not given".
 */
export function costRange(min: number | null, max: number | null, locale: string): string {
	const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
	if (min !== null && max !== null)
		return min === max ? euros.format(min) : m.catalogue_cost_range({ min: euros.format(min), max: euros.format(max) });
	if (min !== null) return m.catalogue_cost_from({ amount: euros.format(min) });
	if (max !== null) return m.catalogue_cost_up_to({ amount: euros.format(max) });
	return m.catalogue_cost_unknown();
}
