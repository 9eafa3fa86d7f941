import { describe, expect, it } from 'vitest';
import { pickTranslation } from './locale.js';

describe('pickTranslation', () => {
	const source = { title: 'Crèche itinérante', description: 'Un camion…' };
	const translations = [{ locale: 'en', title: 'Itinerant crèche', description: null as unknown as string }];

	it('uses the visitor’s language where a translation exists, French for what it does not cover', () => {
		expect(pickTranslation('en', source, translations)).toEqual({
			title: 'Itinerant crèche',
			description: 'Un camion…',
			lang: 'en'
		});
	});

	it('falls back to French, and says so, when there is no translation', () => {
		expect(pickTranslation('ar', source, translations)).toEqual({ ...source, lang: 'fr' });
	});
});
