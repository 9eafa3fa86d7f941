import type { Dataset } from '#lib/domain/open-data.js';
import openDataMessages from './messages-by-name/open-data.js';

/** A message found by name: the open data docs are keyed by dataset and column group. */
function byName(key: string): string {
	const message = Object.hasOwn(openDataMessages, key) ? openDataMessages[key] : undefined;
	if (!message) throw new Error(`no message ${key}`);
	return (message as () => string)();
}

/**
 * The observatory's datasets are explained in its own message area (messages/observatory), the
 * others in messages/opendata; a column group 'observatory:x' reads `observatory_doc_x`.
 */
const OBSERVATORY_DATASETS: readonly Dataset[] = ['indicators'];
const area = (dataset: Dataset) => (OBSERVATORY_DATASETS.includes(dataset) ? 'observatory' : 'opendata');

export const datasetTitleKey = (dataset: Dataset) => `${area(dataset)}_ds_${dataset}`;
export const datasetDescriptionKey = (dataset: Dataset) => `${area(dataset)}_ds_${dataset}_desc`;
export const columnDocKey = (key: string) =>
	key.startsWith('observatory:') ? `observatory_doc_${key.slice('observatory:'.length)}` : `opendata_doc_${key}`;

export const datasetTitle = (dataset: Dataset) => byName(datasetTitleKey(dataset));
export const datasetDescription = (dataset: Dataset) => byName(datasetDescriptionKey(dataset));
/** The explanation of a group of columns (COLUMN_DOCS in domain/open-data.ts). */
export const columnDocText = (key: string) => byName(columnDocKey(key));
