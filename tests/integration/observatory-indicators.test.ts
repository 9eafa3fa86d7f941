import { readFileSync } from 'node:fs';
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { forEachEngine } from './engines.js';
import {
	indicatorImport,
	indicatorSeries,
	indicatorValue,
	quartier,
	quartierAlias,
	roleGrant,
	user
} from '#lib/server/db/schema.js';
import { loadActor } from '#lib/server/authorisation.js';
import { importQpv } from '#lib/server/use-cases/import-qpv.js';
import { prepareIndicatorImport } from '#lib/server/use-cases/prepare-indicator-import.js';
import { importIndicators } from '#lib/server/use-cases/import-indicators.js';
import { getIndicatorImport } from '#lib/server/use-cases/get-indicator-import.js';
import { getQuartierIndicators } from '#lib/server/use-cases/get-quartier-indicators.js';
import { handleDetail, handleDownload, handleList, type ApiRequest } from '#lib/server/open-data/api.js';
import { indicatorRecord, indicatorSeriesDetail, listOf, one } from '#lib/domain/open-data-api.js';
import type { IndicatorMapping, Match } from '#lib/domain/indicator-import.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));
const OCCITANIE = new Uint8Array(fixture('qpv-indicators-occitanie/qp.csv'));
const OCCITANIE_TEXT = new TextDecoder().decode(OCCITANIE);
const LIST = new Uint8Array(fixture('qpv2024/occitanie_list.csv'));
const SOURCE = 'INSEE (population 2015, revenus 2017), compilé par Toulouse DataViz (Hackaviz 2021)';

let ip = 0;
function request(path: string): ApiRequest {
	ip += 1;
	const url = new URL(path, 'http://localhost:4999');
	return { url, request: new Request(url), ip: `203.0.113.${ip % 250}`, actor: null };
}

/** The line of Empalot (Toulouse, QP031010) in the file, and its women's employment rate. */
const EMPALOT = OCCITANIE_TEXT.split(/\r?\n/)
	.find((l) => l.startsWith('QP031010,'))!
	.split(',');
const HEADER = OCCITANIE_TEXT.split(/\r?\n/)[0]!.replace('\uFEFF', '').split(',');
const EMPALOT_WOMEN = Number(EMPALOT[HEADER.indexOf('tx_f_empl')]);
const EMPALOT_ALL = Number(EMPALOT[HEADER.indexOf('tx_tot_empl')]);

forEachEngine('observatory: importing official indicators', (use) => {
	const admin = () => loadActor(use().db, 'obs-admin');
	const confirmedExact = (matches: Match[]) =>
		matches.filter((m) => m.kind === 'proposed' && m.exact).map((m) => m.code);
	const total = async (table: typeof indicatorValue | typeof quartierAlias | typeof indicatorSeries) =>
		Number((await use().db.select({ n: count() }).from(table))[0]?.n ?? 0);

	async function prepared(text = OCCITANIE_TEXT) {
		const p = await prepareIndicatorImport(use(), await admin(), { name: 'qp.csv', text });
		if (!p.ok) throw new Error(p.error);
		return p.prepared;
	}

	beforeAll(async () => {
		await use()
			.db.insert(user)
			.values([
				{ id: 'obs-admin', name: 'Admin Observatoire', email: 'obs-admin@exemple.fr', twoFactorEnabled: true },
				{ id: 'obs-resident', name: 'Habitante', email: 'obs-resident@exemple.fr' }
			]);
		await use().db.insert(roleGrant).values({ id: 'g-obs-admin', userId: 'obs-admin', role: 'administrator' });
		// The 108 QPV of Occitanie of 2024, through the existing import.
		const qpv = await importQpv(use(), await admin(), {
			list: { name: 'occitanie_list.csv', bytes: LIST },
			outlines: null
		});
		expect(qpv.ok).toBe(true);
	});

	it('refuses anyone but an administrator', async () => {
		await expect(
			prepareIndicatorImport(use(), await loadActor(use().db, 'obs-resident'), { name: 'qp.csv', text: OCCITANIE_TEXT })
		).rejects.toMatchObject({ reason: 'AUTH.FORBIDDEN' });
	});

	it('proposes the Occitanie preset and name matches, writing nothing', async () => {
		const p = await prepared();
		expect(p.mapping.preset).toBe('occitanie-qpv-hackaviz-2021');
		expect(p.rowCount).toBe(105);
		const kinds = p.matches.reduce<Record<string, number>>((a, m) => {
			const k = m.kind === 'proposed' ? (m.exact ? 'exact' : 'similar') : m.kind;
			a[k] = (a[k] ?? 0) + 1;
			return a;
		}, {});
		expect(kinds).toEqual({ exact: 79, similar: 9, unmatched: 17 });
		expect(await total(indicatorValue)).toBe(0);
		expect(await total(indicatorSeries)).toBe(0);
	});

	it('refuses a malformed file whole, with its line, and writes nothing', async () => {
		const lines = OCCITANIE_TEXT.split('\n');
		const fields = lines[49]!.split(',');
		fields[HEADER.indexOf('tx_f_empl')] = 'quarante';
		lines[49] = fields.join(',');
		const broken = lines.join('\n');
		const p = await prepared(broken);
		const result = await importIndicators(use(), await admin(), {
			fileName: 'qp.csv',
			text: broken,
			mapping: p.mapping,
			confirmed: confirmedExact(p.matches)
		});
		expect(result).toMatchObject({ ok: false, file: { error: 'OBSERVATORY.NOT_A_NUMBER', line: 50 } });
		expect(await total(indicatorValue)).toBe(0);
		expect(await total(quartierAlias)).toBe(0);
		expect(await total(indicatorSeries)).toBe(0);
	});

	it('imports the real file: values on the matched quartiers, aliases, unmatched rows kept', async () => {
		const p = await prepared();
		const result = await importIndicators(use(), await admin(), {
			fileName: 'qp.csv',
			text: OCCITANIE_TEXT,
			mapping: p.mapping,
			confirmed: confirmedExact(p.matches)
		});
		if (!result.ok) throw new Error(JSON.stringify(result));
		const report = await getIndicatorImport(use(), await admin(), result.importId);
		expect(report).toMatchObject({ rowCount: 105, quartierCount: 79 });
		expect(report!.unmatched).toHaveLength(26);
		expect(report!.series.map((s) => s.code).sort()).toEqual(
			[
				'abcde',
				'abcde_f',
				'abcde_h',
				'pop_mun',
				'tx_f',
				'tx_f_empl',
				'tx_f_eprec',
				'tx_f_et',
				'tx_tot_empl',
				'tx_tot_eprec',
				'tx_tot_et'
			].sort()
		);
		expect(await total(quartierAlias)).toBe(79);
		const [alias] = await use().db.select().from(quartierAlias).where(eq(quartierAlias.code, 'QP031010'));
		expect(alias!.note).toContain('Admin Observatoire');

		const dashboard = await getQuartierIndicators(use(), 'QN03109M');
		const employment = dashboard!.measures.find((m) => m.measure === 'employment_rate_15_64')!;
		expect(employment.series.map((s) => s.sex)).toEqual(['women', 'all']);
		expect(employment.series[0]!.source).toBe(SOURCE);
		expect(employment.series[0]!.licence).toBe('Licence Ouverte 2.0');
		const women = employment.values.find(
			(v) => v.seriesId === employment.series[0]!.id && v.territoryType === 'quartier'
		);
		expect(women).toMatchObject({ year: 2015, published: EMPALOT_WOMEN });
		const all = employment.values.find(
			(v) => v.seriesId === employment.series[1]!.id && v.territoryType === 'quartier'
		);
		expect(all!.published).toBe(EMPALOT_ALL);
		// The population-weighted mean of the 105 quartiers of the file, labelled as such.
		expect(employment.territories.map((t) => `${t.type}:${t.id}`)).toContain('reference:file-weighted-mean');
	});

	it('imports the same file again without changing anything, matching by alias now', async () => {
		const before = await total(indicatorValue);
		const p = await prepared();
		expect(p.matches.filter((m) => m.kind === 'alias')).toHaveLength(79);
		// The series exist: the columns now feed them.
		expect(p.mapping.columns.find((c) => c.column === 'tx_f_empl')).toMatchObject({ action: 'series', existing: true });
		// The form sends only the code of an existing series, not its definition.
		const mapping = {
			...p.mapping,
			columns: p.mapping.columns.map((c) =>
				c.existing ? { ...c, series: { ...c.series, measure: '', source: '', label: { fr: '', en: '', ar: '' } } } : c
			)
		};
		const result = await importIndicators(use(), await admin(), {
			fileName: 'qp.csv',
			text: OCCITANIE_TEXT,
			mapping,
			confirmed: []
		});
		expect(result.ok).toBe(true);
		expect(await total(indicatorValue)).toBe(before);
		expect(await total(indicatorSeries)).toBe(11);
		expect(Number((await use().db.select({ n: count() }).from(indicatorImport))[0]!.n)).toBe(2);
	});

	it('hides a small count and its partner on the page, in the API, the CSV and the GeoJSON', async () => {
		// A later year for Empalot where only 3 women are job seekers.
		const text = 'code_qp,annee,abcde,abcde_f,abcde_h\nQN03109M,2016,43,3,40\n';
		const p = await prepared(text);
		expect(p.mapping.columns.every((c) => c.existing)).toBe(true);
		expect(p.matches[0]).toMatchObject({ kind: 'code' });
		const result = await importIndicators(use(), await admin(), {
			fileName: 'petit.csv',
			text,
			mapping: p.mapping as IndicatorMapping,
			confirmed: []
		});
		expect(result.ok).toBe(true);
		const [empalot] = await use().db.select().from(quartier).where(eq(quartier.qpvCode, 'QN03109M'));
		const stored = await use()
			.db.select()
			.from(indicatorValue)
			.where(and(eq(indicatorValue.territoryId, empalot!.id), eq(indicatorValue.year, 2016)));
		expect(stored.map((v) => v.value).sort((a, b) => a - b)).toEqual([3, 40, 43]);

		const dashboard = await getQuartierIndicators(use(), 'QN03109M');
		const seekers = dashboard!.measures.find((m) => m.measure === 'job_seekers')!;
		const in2016 = seekers.values.filter((v) => v.year === 2016);
		expect(in2016.map((v) => [seekers.series.find((s) => s.id === v.seriesId)!.sex, v.published]).sort()).toEqual([
			['all', 43],
			['men', null],
			['women', null]
		]);

		const api = await handleList(use(), request('/api/v1/indicators?quartier=QN03109M&year=2016'), 'indicators');
		const body = listOf(indicatorRecord).parse(await api.json());
		expect(body.data.map((r) => [r.series_code, r.value, r.suppressed]).sort()).toEqual([
			['abcde', 43, false],
			['abcde_f', null, true],
			['abcde_h', null, true]
		]);
		const detail = await handleDetail(use(), request('/api/v1/indicators/abcde_f'), 'indicators', 'abcde_f');
		const series = one(indicatorSeriesDetail).parse(await detail.json()).data;
		expect(series.values.find((v) => v.territory_code === 'QN03109M' && v.year === 2016)).toMatchObject({
			value: null,
			suppressed: true
		});

		const csv = await (await handleDownload(use(), request('/open-data/indicators.csv'), 'indicators.csv')).text();
		const header = csv.replace('\uFEFF', '').split('\r\n')[0];
		expect(header).toBe(
			'series_code,measure,sex,unit,theme,label_fr,territory_type,territory_id,territory_code,territory_name,year,value,suppressed,source,source_url,licence'
		);
		const line = csv
			.split('\r\n')
			.find((l) => l.startsWith('abcde_f,') && l.includes('QN03109M') && l.includes(',2016,'));
		expect(line).toContain(',2016,,true,');
		expect(csv).not.toMatch(/abcde_f,[^\r\n]*QN03109M[^\r\n]*,2016,3,/);
		const women2015 = csv.split('\r\n').find((l) => l.startsWith('tx_f_empl,') && l.includes('QN03109M'));
		expect(women2015).toContain(`,2015,${EMPALOT_WOMEN},false,`);
		expect(women2015).toContain('Licence Ouverte 2.0');

		const geo = JSON.parse(
			await (await handleDownload(use(), request('/open-data/indicators.geojson'), 'indicators.geojson')).text()
		);
		expect(geo.features).toHaveLength(79);
		const feature = geo.features.find(
			(f: { properties: { qpv_code: string } }) => f.properties.qpv_code === 'QN03109M'
		);
		expect(feature.properties).toMatchObject({
			tx_f_empl: EMPALOT_WOMEN,
			tx_f_empl_year: 2015,
			abcde: 43,
			abcde_year: 2016,
			abcde_f: null,
			suppressed: 'abcde_f;abcde_h'
		});
	});
});
