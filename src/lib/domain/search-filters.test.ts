import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	EMPTY_FILTERS,
	QUERY_MAX,
	isBlankSearch,
	parseSearchFilters,
	searchHref,
	searchScope,
	type SearchFilters
} from './search-filters.js';

const parse = (query: string) => parseSearchFilters(new URLSearchParams(query));

describe('parseSearchFilters', () => {
	it('reads every filter the form sends', () => {
		const { filters, issues } = parse(
			'q=  crèche   itinérante &kind=rooms&theme=jeu&public=women&quartier=q-1&minArea=30&kitchen=reheating&childToilets=on&stepFree=on&vanAccess=on&outdoor=on'
		);
		expect(issues).toEqual([]);
		expect(filters).toEqual({
			q: 'crèche itinérante',
			kind: 'rooms',
			theme: 'JEU',
			public: 'women',
			quartier: 'q-1',
			minArea: 30,
			kitchen: 'reheating',
			childToilets: true,
			stepFree: true,
			vanAccess: true,
			outdoor: true
		});
	});

	it('treats empty values as no filter, and "no kitchen needed" as no filter either', () => {
		expect(parse('q=&kind=&theme=&public=&quartier=&minArea=&kitchen=none')).toEqual({
			filters: EMPTY_FILTERS,
			issues: []
		});
	});

	it('drops and reports values that make no sense, keeping the rest', () => {
		const { filters, issues } = parse(
			'q=jardin&kind=everything&theme=XYZ&public=aliens&minArea=-3&kitchen=gas&quartier=%3Cscript%3E&stepFree=maybe'
		);
		expect(filters).toEqual({ ...EMPTY_FILTERS, q: 'jardin' });
		expect(issues.map((i) => i.field).sort()).toEqual(
			['kind', 'kitchen', 'minArea', 'public', 'quartier', 'stepFree', 'theme'].sort()
		);
		expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['SEARCH.BAD_VALUE']));
	});

	it('cuts a query that is too long and says so', () => {
		const { filters, issues } = parse(`q=${'a'.repeat(QUERY_MAX + 50)}`);
		expect(filters.q).toHaveLength(QUERY_MAX);
		expect(issues).toEqual([{ field: 'q', code: 'SEARCH.QUERY_TOO_LONG' }]);
	});

	it('never throws, whatever the query string', () => {
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom('q', 'kind', 'theme', 'public', 'quartier', 'minArea', 'kitchen', 'stepFree', 'page'),
					fc.string()
				),
				(record) => {
					const { filters } = parseSearchFilters(new URLSearchParams(record));
					expect(filters.q.length).toBeLessThanOrEqual(QUERY_MAX);
				}
			)
		);
	});

	it('round-trips through searchHref', () => {
		const { filters } = parse('q=cuisine&kind=rooms&minArea=40&kitchen=full&outdoor=on');
		const again = parseSearchFilters(new URL(searchHref(filters), 'http://x').searchParams).filters;
		expect(again).toEqual(filters);
		expect(searchHref(EMPTY_FILTERS)).toBe('/search');
		expect(searchHref(filters, { kind: 'all', minArea: null })).toBe('/search?q=cuisine&kitchen=full&outdoor=on');
	});
});

describe('searchScope', () => {
	const with_ = (changes: Partial<SearchFilters>) => ({ ...EMPTY_FILTERS, ...changes });

	it('searches every kind when nothing narrows it', () => {
		expect(searchScope(EMPTY_FILTERS)).toEqual({
			kinds: ['practices', 'rooms', 'organisations', 'initiatives'],
			ignored: []
		});
		expect(isBlankSearch(EMPTY_FILTERS)).toBe(true);
		expect(isBlankSearch(with_({ q: 'x' }))).toBe(false);
	});

	it('narrows "all" to the kinds every active filter applies to', () => {
		expect(searchScope(with_({ theme: 'JEU' })).kinds).toEqual(['practices', 'organisations', 'initiatives']);
		expect(searchScope(with_({ public: 'women' })).kinds).toEqual(['practices', 'initiatives']);
		expect(searchScope(with_({ stepFree: true })).kinds).toEqual(['rooms']);
		expect(searchScope(with_({ quartier: 'q1' })).kinds).toHaveLength(4);
	});

	it('keeps room equipment and sets a theme aside when both are chosen with "all"', () => {
		expect(searchScope(with_({ theme: 'JEU', minArea: 30 }))).toEqual({ kinds: ['rooms'], ignored: ['theme'] });
	});

	it('with one kind chosen, names the filters that cannot apply to it', () => {
		expect(searchScope(with_({ kind: 'organisations', public: 'women', quartier: 'q1', kitchen: 'full' }))).toEqual({
			kinds: ['organisations'],
			ignored: ['public', 'kitchen']
		});
	});
});
