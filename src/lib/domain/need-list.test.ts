import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCursor, encodeCursor, needListFilters, needListQuery, type NeedCursor } from './need-list.js';

const params = (query: string) => new URLSearchParams(query);

describe('needListFilters', () => {
	it('reads known filters and ignores the rest', () => {
		expect(needListFilters(params('quartier=q1&theme=EDU&kind=idea&status=done&sort=supported&commune=69266'))).toEqual(
			{
				commune: '69266',
				quartierId: 'q1',
				theme: 'EDU',
				kind: 'idea',
				status: 'done',
				sort: 'supported'
			}
		);
		expect(needListFilters(params('theme=nope&kind=x&status=submitted&sort=random&commune=%27%3B'))).toEqual({
			commune: null,
			quartierId: null,
			theme: null,
			kind: null,
			// A need awaiting moderation or refused is never listed, even when asked for.
			status: null,
			sort: 'recent'
		});
	});

	it('round-trips through the query string of the next page', () => {
		const filters = needListFilters(params('quartier=q1&theme=EDU&sort=supported'));
		const query = needListQuery(filters, 's.12.abc');
		expect(query).toBe('?quartier=q1&theme=EDU&sort=supported&after=s.12.abc');
		expect(needListFilters(params(query.slice(1)))).toEqual(filters);
		expect(needListQuery(needListFilters(params('')))).toBe('');
	});
});

describe('cursor codec', () => {
	const ids = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

	it('decodes what it encodes, for both orders', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.record({
						sort: fc.constant('recent' as const),
						publishedAtMicros: fc.bigInt({ min: 0n, max: 4_102_444_800_000_000n }),
						id: ids
					}),
					fc.record({ sort: fc.constant('supported' as const), supportCount: fc.nat(2_000_000_000), id: ids })
				),
				(cursor: NeedCursor) => {
					expect(decodeCursor(encodeCursor(cursor), cursor.sort)).toEqual(cursor);
				}
			)
		);
	});

	it('keeps microseconds: two needs published in the same millisecond are told apart', () => {
		const c = decodeCursor(
			encodeCursor({ sort: 'recent', publishedAtMicros: 1_790_000_000_123_457n, id: 'a' }),
			'recent'
		);
		expect(c).toEqual({ sort: 'recent', publishedAtMicros: 1_790_000_000_123_457n, id: 'a' });
	});

	it('answers null (the first page) for a damaged cursor or one of the other order', () => {
		for (const raw of [null, '', 'x', 'r.12', 'r.abc.id', 's.1.<script>', 'r.1.' + 'a'.repeat(99), 's.99999999999.a'])
			expect(decodeCursor(raw, raw?.startsWith('s') ? 'supported' : 'recent')).toBeNull();
		expect(decodeCursor('s.3.id', 'recent')).toBeNull();
		expect(decodeCursor('r.3.id', 'supported')).toBeNull();
	});

	it('never throws, whatever is typed in the address bar', () => {
		fc.assert(
			fc.property(fc.string(), fc.constantFrom('recent' as const, 'supported' as const), (raw, sort) => {
				expect(() => decodeCursor(raw, sort)).not.toThrow();
			})
		);
	});
});
