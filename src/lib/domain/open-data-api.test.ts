import { describe, expect, it } from 'vitest';
import { invalidParams, linkHeader, listLinksFor, listPage, queryObject, roomQuery } from './open-data-api.js';

describe('API pages', () => {
	const url = new URL('https://example.org/api/v1/rooms?commune=69266&page=3');

	it('links to the neighbouring pages, keeping the filters', () => {
		const links = listLinksFor(url, listPage(3, 10, 45));
		expect(links).toEqual({
			self: 'https://example.org/api/v1/rooms?commune=69266&page=3&per_page=10',
			first: 'https://example.org/api/v1/rooms?commune=69266&page=1&per_page=10',
			last: 'https://example.org/api/v1/rooms?commune=69266&page=5&per_page=10',
			prev: 'https://example.org/api/v1/rooms?commune=69266&page=2&per_page=10',
			next: 'https://example.org/api/v1/rooms?commune=69266&page=4&per_page=10'
		});
		expect(linkHeader(links)).toBe(
			`<${links.first}>; rel="first", <${links.prev}>; rel="prev", <${links.next}>; rel="next", <${links.last}>; rel="last"`
		);
	});

	it('from past the last page, points back to the last one and offers no next', () => {
		const links = listLinksFor(url, listPage(3, 50, 45));
		expect(links.prev).toBe('https://example.org/api/v1/rooms?commune=69266&page=1&per_page=50');
		expect(links.next).toBeNull();
		expect(listPage(1, 20, 0).pages).toBe(1);
	});
});

describe('API parameters', () => {
	it('reads numbers, levels and yes/no from the query string, with defaults', () => {
		const parsed = roomQuery.parse(
			queryObject(new URLSearchParams('min_area=32&kitchen_level=reheating&step_free=true'))
		);
		expect(parsed).toEqual({ page: 1, per_page: 20, min_area: 32, kitchen_level: 'reheating', step_free: true });
	});

	it('names every parameter that is wrong, unknown ones included', () => {
		const result = roomQuery.safeParse({ per_page: '500', kitchen: 'full', step_free: 'oui' });
		expect(result.success).toBe(false);
		const names = invalidParams(result.error!).map((p) => p.name);
		expect(names.sort()).toEqual(['kitchen', 'per_page', 'step_free']);
	});

	it('keeps the first of a repeated parameter', () => {
		expect(queryObject(new URLSearchParams('q=creche&q=jardin'))).toEqual({ q: 'creche' });
	});
});
