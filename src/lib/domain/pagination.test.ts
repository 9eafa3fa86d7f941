import { describe, expect, it } from 'vitest';
import { pageHref, pageInfo, pageRequest } from './pagination.js';

describe('pagination', () => {
	it('reads a page number and falls back to the first page on anything else', () => {
		expect(pageRequest('3', 20)).toEqual({ page: 3, size: 20, offset: 40 });
		for (const bad of [null, '', '0', '-2', '1.5', 'abc', '1e400']) expect(pageRequest(bad).page).toBe(1);
	});

	it('answers a page past the end with the last page', () => {
		expect(pageInfo(pageRequest('9', 20), 45)).toEqual({ page: 3, pages: 3, total: 45, size: 20 });
		expect(pageInfo(pageRequest('1', 20), 0)).toEqual({ page: 1, pages: 1, total: 0, size: 20 });
	});

	it('keeps the other filters when it changes the page', () => {
		const url = new URL('http://x/practices?theme=JEU&page=2');
		expect(pageHref(url, 3)).toBe('/practices?theme=JEU&page=3');
		expect(pageHref(url, 1)).toBe('/practices?theme=JEU');
	});
});
