import * as m from '#lib/paraglide/messages.js';
import type { Dataset } from '#lib/domain/open-data.js';

/** A message found by name: the open data docs are keyed by dataset and column group. */
function byName(key: string): string {
	const message = (m as unknown as Record<string, unknown>)[key];
	if (typeof message !== 'function') throw new Error(`no message ${key}`);
	return (message as () => string)();
}

export const datasetTitle = (dataset: Dataset) => byName(`opendata_ds_${dataset}`);
export const datasetDescription = (dataset: Dataset) => byName(`opendata_ds_${dataset}_desc`);
/** The explanation of a group of columns (COLUMN_DOCS in domain/open-data.ts). */
export const columnDocText = (key: string) => byName(`opendata_doc_${key}`);
