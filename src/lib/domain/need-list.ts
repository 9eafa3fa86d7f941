/**
 * The list of a commune's needs: its filters as read from a query string people may have typed
 * by hand, and the keyset cursor that says where a page starts. Keyset rather than page
 * numbers: page 500 of 20,000 needs costs what page 1 costs, and a need published while
 * someone reads never shifts the next page under her.
 */
import { isOneOf } from './vocabulary.js';
import { LISTED_STATUSES, NEED_KINDS, type ListedStatus, type NeedKind } from './need-vocabulary.js';
import { THEME_CODES, type ThemeCode } from './themes.js';
import type { Locale } from './locale.js';

export const NEED_SORTS = ['recent', 'supported'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

export const NEED_PAGE_SIZE = 20;

/** One need as a list shows it. */
export interface NeedListItem {
	id: string;
	kind: NeedKind;
	theme: string;
	title: string;
	/** The language the author wrote in, for `lang` on the title. */
	lang: Locale;
	status: ListedStatus;
	supportCount: number;
	commentCount: number;
	quartierId: string;
	quartierName: string;
	publishedAt: Date;
	hasPhoto: boolean;
}

export interface NeedListFilters {
	/** The commune's INSEE code; null means the commune the site shows by default. */
	commune: string | null;
	quartierId: string | null;
	theme: ThemeCode | null;
	kind: NeedKind | null;
	status: ListedStatus | null;
	sort: NeedSort;
}

/**
 * Where a page starts: strictly after the last need of the previous page, in the list's order.
 * `recent` orders by (publishedAt, id) descending, publishedAt in microseconds since the epoch
 * (what PostgreSQL keeps: milliseconds would skip or repeat needs published in the same one);
 * `supported` by (supportCount, id) descending.
 */
export type NeedCursor =
	{ sort: 'recent'; publishedAtMicros: bigint; id: string } | { sort: 'supported'; supportCount: number; id: string };

type Params = { get(name: string): string | null };

/** Filters from a query string; anything unknown is "no filter", never an error. */
export function needListFilters(params: Params): NeedListFilters {
	const pick = <T extends string>(list: readonly T[], name: string): T | null => {
		const v = params.get(name);
		return isOneOf(list, v) ? v : null;
	};
	const quartier = params.get('quartier')?.trim() ?? '';
	const commune = params.get('commune')?.trim() ?? '';
	return {
		commune: /^[0-9A-Za-z]{2,10}$/.test(commune) ? commune.toUpperCase() : null,
		quartierId: quartier && quartier.length <= 64 ? quartier : null,
		theme: pick(THEME_CODES, 'theme'),
		kind: pick(NEED_KINDS, 'kind'),
		status: pick(LISTED_STATUSES, 'status'),
		sort: pick(NEED_SORTS, 'sort') ?? 'recent'
	};
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A cursor as it travels in the URL (`?after=`): short, opaque, URL-safe. */
export function encodeCursor(cursor: NeedCursor): string {
	const key = cursor.sort === 'recent' ? `r.${cursor.publishedAtMicros}` : `s.${cursor.supportCount}`;
	return `${key}.${cursor.id}`;
}

/**
 * The cursor of `?after=`, or null when it is missing, damaged or belongs to the other sort
 * order (the list then starts at its first page rather than failing).
 */
export function decodeCursor(raw: string | null | undefined, sort: NeedSort): NeedCursor | null {
	if (!raw || raw.length > 100) return null;
	const match = /^([rs])\.(\d{1,19})\.(.+)$/.exec(raw);
	if (!match) return null;
	const [, tag, number, id] = match as unknown as [string, string, string, string];
	if (!ID.test(id)) return null;
	if (tag === 'r' && sort === 'recent') {
		const micros = BigInt(number);
		// Postgres timestamps end in the year 294276; a bigger number is not one of ours.
		if (micros > 9_224_318_016_000_000_000n) return null;
		return { sort, publishedAtMicros: micros, id };
	}
	if (tag === 's' && sort === 'supported') {
		const count = Number(number);
		if (!Number.isSafeInteger(count) || count > 2_147_483_647) return null;
		return { sort, supportCount: count, id };
	}
	return null;
}

/** The query string of a list page: the filters kept, the cursor (if any) replaced. */
export function needListQuery(filters: NeedListFilters, after: string | null = null): string {
	const params = new URLSearchParams();
	if (filters.commune) params.set('commune', filters.commune);
	if (filters.quartierId) params.set('quartier', filters.quartierId);
	if (filters.theme) params.set('theme', filters.theme);
	if (filters.kind) params.set('kind', filters.kind);
	if (filters.status) params.set('status', filters.status);
	if (filters.sort !== 'recent') params.set('sort', filters.sort);
	if (after) params.set('after', after);
	const query = params.toString();
	return query ? `?${query}` : '';
}
