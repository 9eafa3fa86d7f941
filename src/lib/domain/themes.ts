/**
 * The 40 thematic codes of the Carrefour des innovations sociales (shared/data/social-innovation-taxonomy,
 * MIT), used to file practices. Labels in each language are the messages `catalogue_theme_<CODE>`.
 */
export const THEME_CODES = [
	'AGR',
	'AME',
	'AUT',
	'BIO',
	'CIT',
	'CLI',
	'COH',
	'COM',
	'COO',
	'COP',
	'COR',
	'CUL',
	'DEC',
	'DRO',
	'EAU',
	'ECO',
	'EDU',
	'EMP',
	'ENE',
	'EVA',
	'FIN',
	'FOR',
	'GOU',
	'HAB',
	'HAN',
	'INS',
	'JEU',
	'LOI',
	'MEC',
	'MED',
	'MOB',
	'NUM',
	'PAR',
	'REC',
	'SAN',
	'SEN',
	'SER',
	'SPO',
	'TOU',
	'URB'
] as const;
export type ThemeCode = (typeof THEME_CODES)[number];

export function isThemeCode(value: unknown): value is ThemeCode {
	return typeof value === 'string' && (THEME_CODES as readonly string[]).includes(value);
}
