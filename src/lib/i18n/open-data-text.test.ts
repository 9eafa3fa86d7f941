import { describe, expect, it } from 'vitest';
import { COLUMN_DOCS, DATASETS } from '#lib/domain/open-data.js';
import { LOCALES } from '#lib/domain/locale.js';
import { loadMessages } from '../../../tests/support/messages.js';
import { columnDocKey, datasetDescriptionKey, datasetTitleKey } from './open-data-text.js';

describe('open data documentation', () => {
	it.each(LOCALES)('explains every dataset and every column group in %s', (locale) => {
		const messages = loadMessages(locale);
		const keys = DATASETS.flatMap((d) => [
			datasetTitleKey(d),
			datasetDescriptionKey(d),
			...COLUMN_DOCS[d].map((doc) => columnDocKey(doc.key))
		]);
		expect(keys.filter((k) => !messages[k])).toEqual([]);
	});
});
