import { describe, expect, it } from 'vitest';
import { COLUMN_DOCS, DATASETS } from '#lib/domain/open-data.js';
import { LOCALES } from '#lib/domain/locale.js';
import { loadMessages } from '../../../tests/support/messages.js';

describe('open data documentation', () => {
	it.each(LOCALES)('explains every dataset and every column group in %s', (locale) => {
		const messages = loadMessages(locale);
		const keys = DATASETS.flatMap((d) => [
			`opendata_ds_${d}`,
			`opendata_ds_${d}_desc`,
			...COLUMN_DOCS[d].map((doc) => `opendata_doc_${doc.key}`)
		]);
		expect(keys.filter((k) => !messages[k])).toEqual([]);
	});
});
