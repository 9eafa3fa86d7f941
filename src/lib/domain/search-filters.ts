/**
 * The search page's filters, read from a query string that people may have typed, shortened or
 * bookmarked long ago. Parsing is tolerant: a value that makes no sense is dropped and reported,
 * the rest of the search still runs — a search never fails because of its URL.
 */
import { z } from 'zod';
import { KITCHEN_LEVELS, PUBLICS, type KitchenLevel, type Public } from './vocabulary.js';
import { THEME_CODES, type ThemeCode } from './themes.js';

/** What can be searched for, in the order "all" lists them when nothing ranks them. */
export const SEARCH_KINDS = ['practices', 'rooms', 'organisations', 'initiatives'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

// The theme codes are the catalogue's (themes.ts); re-exported for the search page.
export { THEME_CODES, type ThemeCode } from './themes.js';

/** Longer queries are cut: nobody types more, and websearch_to_tsquery's cost grows with length. */
export const QUERY_MAX = 200;
export const AREA_MAX = 10_000;

export interface SearchFilters {
	q: string;
	kind: SearchKind | 'all';
	theme: ThemeCode | null;
	public: Public | null;
	quartier: string | null;
	/** Room equipment, "at least": */
	minArea: number | null;
	kitchen: Exclude<KitchenLevel, 'none'> | null;
	childToilets: boolean;
	stepFree: boolean;
	vanAccess: boolean;
	outdoor: boolean;
}

export type SearchField = Exclude<keyof SearchFilters, 'q'> | 'q';

/** A value that was dropped, with the code the page turns into a sentence. */
export interface FilterIssue {
	field: SearchField;
	code: 'SEARCH.BAD_VALUE' | 'SEARCH.QUERY_TOO_LONG';
}

export const EMPTY_FILTERS: SearchFilters = {
	q: '',
	kind: 'all',
	theme: null,
	public: null,
	quartier: null,
	minArea: null,
	kitchen: null,
	childToilets: false,
	stepFree: false,
	vanAccess: false,
	outdoor: false
};

const checkbox = z.enum(['on', 'true', '1', 'yes']);
const fields = {
	kind: z.enum(['all', ...SEARCH_KINDS]),
	theme: z
		.string()
		.transform((v) => v.toUpperCase())
		.pipe(z.enum(THEME_CODES)),
	public: z.enum(PUBLICS),
	// Ids are generated (uuid-like); anything else cannot name a quartier.
	quartier: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
	minArea: z.coerce.number().int().min(1).max(AREA_MAX),
	kitchen: z.enum(KITCHEN_LEVELS),
	childToilets: checkbox,
	stepFree: checkbox,
	vanAccess: checkbox,
	outdoor: checkbox
};

/** Reads the filters from `?q=…&kind=…`; empty values mean "no filter", unknown ones are reported. */
export function parseSearchFilters(params: URLSearchParams): { filters: SearchFilters; issues: FilterIssue[] } {
	const issues: FilterIssue[] = [];
	const filters: SearchFilters = { ...EMPTY_FILTERS };

	// Whitespace runs (including newlines pasted from a document) count as one space.
	const q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
	if (q.length > QUERY_MAX) issues.push({ field: 'q', code: 'SEARCH.QUERY_TOO_LONG' });
	filters.q = [...q].slice(0, QUERY_MAX).join('').trim();

	const read = <K extends keyof typeof fields>(key: K): z.output<(typeof fields)[K]> | null => {
		const raw = params.get(key)?.trim();
		if (!raw) return null;
		const parsed = fields[key].safeParse(raw);
		if (parsed.success) return parsed.data as z.output<(typeof fields)[K]>;
		issues.push({ field: key, code: 'SEARCH.BAD_VALUE' });
		return null;
	};

	filters.kind = read('kind') ?? 'all';
	filters.theme = read('theme');
	filters.public = read('public');
	filters.quartier = read('quartier');
	filters.minArea = read('minArea');
	const kitchen = read('kitchen');
	filters.kitchen = kitchen === 'none' ? null : kitchen;
	filters.childToilets = read('childToilets') !== null;
	filters.stepFree = read('stepFree') !== null;
	filters.vanAccess = read('vanAccess') !== null;
	filters.outdoor = read('outdoor') !== null;
	return { filters, issues };
}

/** The filters that narrow a search, and the kinds of result each one can say something about. */
const FILTER_KINDS: Record<Exclude<SearchField, 'q' | 'kind'>, readonly SearchKind[]> = {
	// A practice has themes and publics; an initiative takes its practice's; an organisation is
	// found by the initiatives it runs.
	theme: ['practices', 'initiatives', 'organisations'],
	public: ['practices', 'initiatives'],
	// A practice is "in" a quartier where an initiative runs it.
	quartier: ['practices', 'rooms', 'organisations', 'initiatives'],
	minArea: ['rooms'],
	kitchen: ['rooms'],
	childToilets: ['rooms'],
	stepFree: ['rooms'],
	vanAccess: ['rooms'],
	outdoor: ['rooms']
};

export function activeFilters(filters: SearchFilters): (keyof typeof FILTER_KINDS)[] {
	return (Object.keys(FILTER_KINDS) as (keyof typeof FILTER_KINDS)[]).filter((key) => {
		const value = filters[key];
		return value !== null && value !== false;
	});
}

/**
 * Which kinds a search returns. With "all", a filter narrows the kinds to those it applies to
 * (a theme hides rooms, a kitchen level hides practices). With one kind chosen, a filter that
 * cannot apply to it is ignored and named in `ignored`, so that the page can say so.
 */
export function searchScope(filters: SearchFilters): {
	kinds: SearchKind[];
	ignored: (keyof typeof FILTER_KINDS)[];
} {
	const active = activeFilters(filters);
	if (filters.kind !== 'all') {
		const kind = filters.kind;
		return { kinds: [kind], ignored: active.filter((f) => !FILTER_KINDS[f].includes(kind)) };
	}
	const kinds = SEARCH_KINDS.filter((k) => active.every((f) => FILTER_KINDS[f].includes(k)));
	if (kinds.length > 0) return { kinds, ignored: [] };
	// Room equipment and a theme or public together: nothing is both. Keep the room equipment
	// (the most specific) and say which filters were set aside.
	return { kinds: ['rooms'], ignored: active.filter((f) => !FILTER_KINDS[f].includes('rooms')) };
}

/** Whether the visitor has narrowed the search at all (the empty state differs). */
export function isBlankSearch(filters: SearchFilters): boolean {
	return filters.q === '' && filters.kind === 'all' && activeFilters(filters).length === 0;
}

/** The query string for these filters, without empty values: for links such as "search only rooms". */
export function searchHref(filters: SearchFilters, changes: Partial<SearchFilters> = {}): string {
	const f = { ...filters, ...changes };
	const params = new URLSearchParams();
	if (f.q) params.set('q', f.q);
	if (f.kind !== 'all') params.set('kind', f.kind);
	if (f.theme) params.set('theme', f.theme);
	if (f.public) params.set('public', f.public);
	if (f.quartier) params.set('quartier', f.quartier);
	if (f.minArea !== null) params.set('minArea', String(f.minArea));
	if (f.kitchen) params.set('kitchen', f.kitchen);
	for (const flag of ['childToilets', 'stepFree', 'vanAccess', 'outdoor'] as const) if (f[flag]) params.set(flag, 'on');
	const query = params.toString();
	return query ? `/search?${query}` : '/search';
}
