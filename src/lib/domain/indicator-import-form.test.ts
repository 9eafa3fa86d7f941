import { describe, expect, it } from 'vitest';
import { actionValue, mappingFromForm } from './indicator-import-form.js';
import { parseIndicatorCsv, proposeMapping } from './indicator-import.js';

describe('mappingFromForm', () => {
	it('reads back what the form shows: the proposed mapping survives a round trip', () => {
		const parsed = parseIndicatorCsv('code_qp;annee;tx_f;nb\nQN1;2020;30;12\n');
		if (!parsed.ok) throw new Error('parse');
		const mapping = proposeMapping(parsed.table);
		const values: Record<string, string> = {
			codeColumn: mapping.codeColumn,
			yearColumn: mapping.yearColumn ?? '',
			year: '',
			columnCount: String(mapping.columns.length)
		};
		mapping.columns.forEach((c, i) => {
			const s = c.series;
			Object.assign(values, {
				[`col-${i}-column`]: c.column,
				[`col-${i}-action`]: actionValue(c),
				[`col-${i}-code`]: s.code,
				[`col-${i}-measure`]: s.measure,
				[`col-${i}-sex`]: s.sex,
				[`col-${i}-unit`]: s.unit,
				[`col-${i}-theme`]: s.theme,
				[`col-${i}-label_fr`]: s.label.fr,
				[`col-${i}-label_en`]: s.label.en,
				[`col-${i}-label_ar`]: s.label.ar,
				[`col-${i}-source`]: s.source,
				[`col-${i}-sourceUrl`]: s.sourceUrl,
				[`col-${i}-licence`]: s.licence,
				[`col-${i}-minCount`]: String(s.minCount),
				[`col-${i}-reference`]: s.reference
			});
		});
		const back = mappingFromForm(values, parsed.table.header, null);
		expect(back.columns).toEqual(mapping.columns);
		expect(back.yearColumn).toBe('annee');
	});

	it('reads an existing series by its code, ignores unknown columns and odd values', () => {
		const back = mappingFromForm(
			{
				codeColumn: 'code',
				year: '2015',
				columnCount: '3',
				'col-0-column': 'a',
				'col-0-action': 'existing:tx_f_empl',
				'col-1-column': 'nope',
				'col-1-action': 'new',
				'col-2-column': 'b',
				'col-2-action': 'new',
				'col-2-sex': 'robots',
				'col-2-minCount': 'lots'
			},
			['code', 'a', 'b'],
			'../etc'
		);
		expect(back.year).toBe(2015);
		expect(back.preset).toBeNull();
		expect(back.columns).toHaveLength(2);
		expect(back.columns[0]).toMatchObject({ action: 'series', existing: true, series: { code: 'tx_f_empl' } });
		expect(back.columns[1]!.series).toMatchObject({ sex: 'all', minCount: 0, licence: 'Licence Ouverte 2.0' });
	});
});

describe('a column switched from ignore to a new series', () => {
	it('takes the drafted definition, keeping the reference chosen', () => {
		const parsed = parseIndicatorCsv('code,nb\nQN1,12\n');
		if (!parsed.ok) throw new Error('parse');
		const proposed = proposeMapping(parsed.table);
		const back = mappingFromForm(
			{
				codeColumn: 'code',
				year: '2020',
				columnCount: '1',
				'col-0-column': 'nb',
				'col-0-action': 'new',
				'col-0-reference': 'mean'
			},
			parsed.table.header,
			null,
			(column) => proposed.columns.find((c) => c.column === column)?.series
		);
		expect(back.columns[0]).toMatchObject({
			action: 'series',
			existing: false,
			series: { code: 'nb', unit: 'count', reference: 'mean' }
		});
	});
});
