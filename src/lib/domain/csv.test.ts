import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_BOM, csvCell, csvList, toCsv, type CsvValue } from './csv.js';

/**
 * A strict RFC 4180 reader, written here so that the writer is checked against the grammar
 * rather than against itself: records end with CRLF, quoted fields may hold anything.
 */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let i = 0;
	while (i < text.length) {
		let field = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
					} else {
						i++;
						break;
					}
				} else field += text[i++];
			}
		} else {
			while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
				if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
				field += text[i++];
			}
		}
		record.push(field);
		if (text[i] === ',') i++;
		else if (text.startsWith('\r\n', i)) {
			records.push(record);
			record = [];
			i += 2;
		} else throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
	}
	if (record.length > 0) throw new Error('last record without CRLF');
	return records;
}

/** What a reader gets back for a value: the text, with the apostrophe the guard adds. */
function expected(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value !== 'string') return String(value);
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const value = fc.oneof(
	fc.string({ unit: 'binary' }),
	fc.constantFrom('=1+1', '@SUM(A1)', '-2', '+33 4 78', 'a,b', 'dit "oui"', 'ligne\r\nsuivante', 'Crèche ذاكرة'),
	fc.integer(),
	fc.boolean(),
	fc.constant(null)
);

describe('CSV writer', () => {
	it('round-trips any table through a strict RFC 4180 reader', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 6 }),
				fc.array(fc.array(value, { minLength: 6, maxLength: 6 })),
				(n, rows) => {
					const columns = Array.from({ length: n }, (_, c) => ({ name: `c${c}`, value: (r: CsvValue[]) => r[c] }));
					const text = toCsv(columns, rows);
					expect(text.startsWith(CSV_BOM)).toBe(true);
					const parsed = parseCsv(text.slice(1));
					expect(parsed[0]).toEqual(columns.map((c) => c.name));
					expect(parsed.slice(1)).toEqual(rows.map((r) => r.slice(0, n).map(expected)));
				}
			)
		);
	});

	it('ends every record, the last one too, with CRLF', () => {
		const text = toCsv([{ name: 'a', value: (r: string) => r }], ['x', 'y']);
		expect(text).toBe(`${CSV_BOM}a\r\nx\r\ny\r\n`);
	});

	it('quotes only the fields that need it', () => {
		expect(csvCell('Saint-Jean')).toBe('Saint-Jean');
		expect(csvCell('Lyon, Villeurbanne')).toBe('"Lyon, Villeurbanne"');
		expect(csvCell('le "Tonkin"')).toBe('"le ""Tonkin"""');
		expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
	});

	it('keeps a spreadsheet from running text as a formula', () => {
		expect(csvCell('=HYPERLINK("http://evil","clic")')).toBe(`"'=HYPERLINK(""http://evil"",""clic"")"`);
		expect(csvCell('+33 4 78 00 00 00')).toBe("'+33 4 78 00 00 00");
		expect(csvCell('-rien')).toBe("'-rien");
		expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		// Numbers are numbers: a negative one is not text that could become a formula.
		expect(csvCell(-4.5)).toBe('-4.5');
		expect(csvCell('a=b')).toBe('a=b');
	});

	it('writes booleans, empty values and lists as the open data page documents', () => {
		expect(csvCell(true)).toBe('true');
		expect(csvCell(null)).toBe('');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvList(['QN06920M', 'QN06921M'])).toBe('QN06920M;QN06921M');
	});
});
