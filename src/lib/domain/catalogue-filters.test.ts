import { describe, expect, it } from 'vitest';
import { kitchenLevelsServedBy, parseCatalogueFilters } from './catalogue-filters.js';

const params = (query: string) => new URLSearchParams(query);

describe('parseCatalogueFilters', () => {
	it('reads the filters of the catalogue form', () => {
		expect(parseCatalogueFilters(params('theme=JEU&public=women&maxArea=32&kitchen=reheating&q=crèche'))).toEqual({
			theme: 'JEU',
			public: 'women',
			maxArea: 32,
			kitchen: 'reheating',
			q: 'crèche'
		});
	});

	it('ignores values typed by hand that are not in the lists, and empty fields', () => {
		expect(parseCatalogueFilters(params('theme=XYZ&public=aliens&maxArea=-3&kitchen=huge&q=%20'))).toEqual({});
		expect(parseCatalogueFilters(params('maxArea=&theme='))).toEqual({});
		expect(parseCatalogueFilters(params('maxArea=0'))).toEqual({ maxArea: 0 });
	});
});

describe('kitchenLevelsServedBy', () => {
	it('a full kitchen serves every need, a reheating one serves no-kitchen practices too', () => {
		expect(kitchenLevelsServedBy('full')).toEqual(['none', 'reheating', 'full']);
		expect(kitchenLevelsServedBy('reheating')).toEqual(['none', 'reheating']);
		expect(kitchenLevelsServedBy('none')).toEqual(['none']);
	});
});
