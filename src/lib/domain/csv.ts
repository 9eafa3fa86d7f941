/**
 * CSV as RFC 4180 writes it, for the open data downloads: fields separated by commas, records
 * ended by CRLF, a field quoted when it holds a comma, a double quote, CR or LF (quotes doubled).
 *
 * Two choices made for the people who open these files in a spreadsheet rather than a program:
 * - The file starts with a UTF-8 byte order mark, without which Excel reads UTF-8 as Windows-1252
 *   and turns "Crèche" into "CrÃ¨che". Programs that read RFC 4180 strictly should drop a leading
 *   U+FEFF (Python's `utf-8-sig`, R's `fileEncoding = "UTF-8-BOM"`).
 * - Formula injection (CWE-1236): a cell written by a person that starts with = + - or @ would be
 *   run as a formula by a spreadsheet (`=HYPERLINK(…)`, `@SUM(…)`). Such text cells are prefixed
 *   with an apostrophe, as OWASP recommends, so the spreadsheet shows them as text. The apostrophe
 *   is then part of the value: the open data page says so. Numbers are written as numbers, so a
 *   negative number is never touched; tab and CR at the start of a cell, which some spreadsheets
 *   also read as formula starts, are guarded the same way.
 */

export type CsvValue = string | number | boolean | null | undefined;

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: numbers and booleans as they are, empty for null, text guarded and quoted when needed. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
	return values.map(csvCell).join(',');
}

/**
 * A whole file: the header line (column names, never guarded: they are ours), then one record per
 * row, every record ended by CRLF, the byte order mark first.
 */
export function toCsv<T>(columns: readonly { name: string; value: (row: T) => CsvValue }[], rows: Iterable<T>): string {
	const lines = [columns.map((c) => c.name).join(',')];
	for (const row of rows) lines.push(csvRecord(columns.map((c) => c.value(row))));
	return CSV_BOM + lines.map((line) => line + '\r\n').join('');
}

/** A list in one cell: codes joined by ";", the separator the open data page documents. */
export function csvList(values: readonly (string | number)[]): string {
	return values.join(';');
}
