/**
 * The catalogue's filters, read from a GET query string that people may edit by hand:
 * a value that is not in its list is ignored rather than answered with an error page.
 */
import { KITCHEN_LEVELS, PUBLICS, isOneOf, type KitchenLevel, type Public } from './vocabulary.js';
import { isThemeCode, type ThemeCode } from './themes.js';

export interface CatalogueFilters {
	theme?: ThemeCode;
	public?: Public;
	/** The area of the room one has: practices needing more are left out. */
	maxArea?: number;
	/** The kitchen one has: practices needing a better one are left out. */
	kitchen?: KitchenLevel;
	/** Words to look for (French full-text search). */
	q?: string;
}

export function parseCatalogueFilters(params: { get(name: string): string | null }): CatalogueFilters {
	const filters: CatalogueFilters = {};
	const theme = params.get('theme');
	if (isThemeCode(theme)) filters.theme = theme;
	const pub = params.get('public');
	if (isOneOf(PUBLICS, pub)) filters.public = pub;
	const area = Number((params.get('maxArea') ?? '').trim());
	if ((params.get('maxArea') ?? '').trim() !== '' && Number.isSafeInteger(area) && area >= 0) filters.maxArea = area;
	const kitchen = params.get('kitchen');
	if (isOneOf(KITCHEN_LEVELS, kitchen)) filters.kitchen = kitchen;
	const q = (params.get('q') ?? '').trim().slice(0, 200);
	if (q) filters.q = q;
	return filters;
}

/** The kitchen levels a room with `available` can serve: its own and those below it. */
export function kitchenLevelsServedBy(available: KitchenLevel): KitchenLevel[] {
	return KITCHEN_LEVELS.slice(0, KITCHEN_LEVELS.indexOf(available) + 1);
}
