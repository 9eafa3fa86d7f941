/**
 * Importing a table of official indicators (one row per territory, one column per figure), in
 * two steps: the file is read and a column mapping is proposed (which column holds the
 * territory's code, the year, and which series each numeric column feeds); the person confirms
 * or changes it; then the values are built from the file and the confirmed mapping. Pure: the
 * use cases read the upload and the database, and write.
 *
 * A malformed file is refused whole, with the number of the first bad line: nothing of it is
 * imported. "Malformed" means: not UTF-8, a quote left open, a line with a different number of
 * fields from the header, or a mapped column holding something that is not a number. Empty cells
 * and the markers statistical offices write for a missing or secret figure (s, nd, n.d., NA, -)
 * are missing values, not errors.
 */
import { decodeUtf8, parseCsv } from './qpv-import.js';

export const SEXES = ['all', 'women', 'men'] as const;
export type Sex = (typeof SEXES)[number];
export const UNITS = ['percent', 'count', 'euros', 'ratio'] as const;
export type Unit = (typeof UNITS)[number];
export const THEMES = ['population', 'employment', 'income', 'education', 'services', 'platform', 'other'] as const;
export type Theme = (typeof THEMES)[number];
export const TERRITORY_TYPES = ['quartier', 'commune', 'reference'] as const;
export type TerritoryType = (typeof TERRITORY_TYPES)[number];
/** How a reference value may be computed from the quartiers of the file. */
export const REFERENCE_KINDS = ['none', 'mean', 'weighted_mean'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
/** The territory ids of computed references (territory_type 'reference'). */
export const COMPUTED_REFERENCES = { mean: 'file-mean', weighted_mean: 'file-weighted-mean' } as const;

export const DEFAULT_LICENCE = 'Licence Ouverte 2.0';
/** The published file weighs 20 kB; the limit leaves room for national tables. */
export const INDICATOR_FILE_LIMIT = 4 * 1024 * 1024;
export const MAX_COLUMNS = 200;

export type FileProblem =
	| 'OBSERVATORY.FILE_REQUIRED'
	| 'OBSERVATORY.FILE_TOO_LARGE'
	| 'OBSERVATORY.ENCODING'
	| 'OBSERVATORY.NOT_CSV'
	| 'OBSERVATORY.EMPTY'
	| 'OBSERVATORY.HEADER'
	| 'OBSERVATORY.COLUMN_COUNT'
	| 'OBSERVATORY.NOT_A_NUMBER'
	| 'OBSERVATORY.YEAR_INVALID'
	| 'OBSERVATORY.CODE_MISSING'
	| 'OBSERVATORY.DUPLICATE_ROW';

export interface FileError {
	error: FileProblem;
	/** The line of the file (the header is line 1), when the problem is on one. */
	line?: number;
	column?: string;
}

export interface IndicatorTable {
	header: string[];
	rows: { line: number; fields: string[] }[];
	separator: ',' | ';';
}

/** Reads the upload: UTF-8 with or without BOM, comma or semicolon (the one the header uses most). */
export function parseIndicatorCsv(
	input: Uint8Array | string
): { ok: true; table: IndicatorTable } | ({ ok: false } & FileError) {
	const text = typeof input === 'string' ? (input.startsWith('\uFEFF') ? input.slice(1) : input) : decodeUtf8(input);
	if (text === null || text.includes('\u0000')) return { ok: false, error: 'OBSERVATORY.ENCODING' };
	const firstLine = text.slice(0, text.search(/\r|\n|$/));
	const count = (c: string) => firstLine.split(c).length - 1;
	const separator = count(';') > count(',') ? ';' : ',';
	const records = parseCsv(text, separator);
	if (!records) return { ok: false, error: 'OBSERVATORY.NOT_CSV' };
	const [head, ...rows] = records;
	if (!head) return { ok: false, error: 'OBSERVATORY.EMPTY' };
	const header = head.fields.map((f) => f.trim());
	if (
		header.length < 2 ||
		header.length > MAX_COLUMNS ||
		header.some((h) => h === '' || h.length > 100) ||
		new Set(header).size !== header.length
	)
		return { ok: false, error: 'OBSERVATORY.HEADER', line: 1 };
	if (rows.length === 0) return { ok: false, error: 'OBSERVATORY.EMPTY' };
	const bad = rows.find((r) => r.fields.length !== header.length);
	if (bad) return { ok: false, error: 'OBSERVATORY.COLUMN_COUNT', line: bad.line };
	return { ok: true, table: { header, rows, separator } };
}

const MISSING = new Set(['', 's', 'nd', 'n.d.', 'n/d', 'na', 'nc', '-', '–', 'secret']);

/** A figure of the file: a number, null when missing, or 'invalid'. Decimal comma accepted; spaces as thousands separators too. */
export function readNumber(raw: string): number | null | 'invalid' {
	const t = raw.trim().replace(/[\s\u00a0\u202f]/g, '');
	if (MISSING.has(t.toLowerCase())) return null;
	if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(t)) return 'invalid';
	const n = Number(t.replace(',', '.'));
	return Number.isFinite(n) ? n : 'invalid';
}

export interface ColumnProfile {
	name: string;
	index: number;
	/** Every non-missing cell is a number, and there is at least one. */
	numeric: boolean;
	integer: boolean;
	min: number | null;
	max: number | null;
	/** The first few values, to help the person recognise the column. */
	examples: string[];
}

export function profileColumns(table: IndicatorTable): ColumnProfile[] {
	return table.header.map((name, index) => {
		let numeric = true;
		let integer = true;
		let seen = 0;
		let min: number | null = null;
		let max: number | null = null;
		const examples: string[] = [];
		for (const row of table.rows) {
			const raw = row.fields[index] ?? '';
			if (examples.length < 3 && raw.trim() !== '') examples.push(raw.trim().slice(0, 40));
			const n = readNumber(raw);
			if (n === 'invalid') {
				numeric = false;
				continue;
			}
			if (n === null) continue;
			seen++;
			if (!Number.isInteger(n)) integer = false;
			min = min === null ? n : Math.min(min, n);
			max = max === null ? n : Math.max(max, n);
		}
		return { name, index, numeric: numeric && seen > 0, integer, min, max, examples };
	});
}

// ── The mapping ───────────────────────────────────────────────────────────────

export interface SeriesDraft {
	code: string;
	measure: string;
	sex: Sex;
	unit: Unit;
	theme: Theme;
	label: { fr: string; en: string; ar: string };
	source: string;
	sourceUrl: string;
	licence: string;
	/** k: counts below it are not published. */
	minCount: number;
	reference: ReferenceKind;
}

export interface ColumnChoice {
	column: string;
	/** 'ignore', or the series the column feeds (new or existing, by code). */
	action: 'ignore' | 'series';
	/** The column feeds a series already stored (by its code): its definition is kept as stored. */
	existing: boolean;
	series: SeriesDraft;
}

export interface IndicatorMapping {
	codeColumn: string;
	nameColumn: string | null;
	communeColumn: string | null;
	/** A column saying, row by row, whether it is a quartier, a commune or a reference. */
	levelColumn: string | null;
	yearColumn: string | null;
	/** The year of every row, when there is no year column. */
	year: number | null;
	/** The column weighting the "weighted mean" references (a population). */
	weightColumn: string | null;
	columns: ColumnChoice[];
	/** The preset recognised, if any (shown to the person, stored with the import). */
	preset: string | null;
}

const slug = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '')
		.slice(0, 60);

/** A series code: lower-case letters, digits and _ (the source's column name fits). */
export const SERIES_CODE = /^[a-z0-9][a-z0-9_]{0,59}$/;

/** The Occitanie QPV file compiled for the Toulouse DataViz Hackaviz 2021 (see OCCITANIE_PRESET). */
const OCCITANIE_SOURCE = 'INSEE (population 2015, revenus 2017), compilé par Toulouse DataViz (Hackaviz 2021)';
const OCCITANIE_URL = 'https://github.com/ToulouseDataViz/Hackaviz2021';

type PresetSeries = Omit<SeriesDraft, 'source' | 'sourceUrl' | 'licence' | 'reference' | 'code'> & {
	reference?: ReferenceKind;
};

const ps = (
	measure: string,
	sex: Sex,
	unit: Unit,
	theme: Theme,
	fr: string,
	en: string,
	ar: string,
	reference: ReferenceKind = unit === 'percent' ? 'weighted_mean' : 'none'
): PresetSeries => ({ measure, sex, unit, theme, label: { fr, en, ar }, minCount: 5, reference });

export interface Preset {
	id: string;
	/** Columns whose presence identifies the file. */
	signature: readonly string[];
	codeColumn: string;
	nameColumn: string;
	communeColumn: string;
	/**
	 * The year every row is filed under. For the Occitanie file: 2015. Its README says "INSEE
	 * figures (population 2015, income 2017)": the quartiers are the 2015 QPV (codes QP…), the
	 * population, employment and precarious-job rates come from the 2015 population figures, so
	 * the series the preset maps are filed under 2015. The income columns (decuc_*, disp_*, tp60,
	 * brev, pmimp, part_chomprinc) are 2017 figures: the preset leaves them out rather than file
	 * them under the wrong year (import them in a second pass with the year 2017 if needed). The
	 * job-seeker counts (abcde*) carry no date in the compilation: filed with the file, 2015.
	 */
	year: number;
	weightColumn: string;
	source: string;
	sourceUrl: string;
	licence: string;
	series: Record<string, PresetSeries>;
}

export const OCCITANIE_PRESET: Preset = {
	id: 'occitanie-qpv-hackaviz-2021',
	signature: ['code_qp', 'nom_qp', 'nom_commune', 'tx_f_empl', 'tx_tot_empl', 'abcde_f', 'abcde_h'],
	codeColumn: 'code_qp',
	nameColumn: 'nom_qp',
	communeColumn: 'nom_commune',
	year: 2015,
	weightColumn: 'pop_mun',
	source: OCCITANIE_SOURCE,
	sourceUrl: OCCITANIE_URL,
	licence: 'Licence Ouverte 2.0',
	series: {
		pop_mun: ps(
			'population',
			'all',
			'count',
			'population',
			'Population municipale',
			'Municipal population',
			'السكان البلديون'
		),
		tx_f: ps(
			'share_of_women',
			'all',
			'percent',
			'population',
			'Part des femmes dans la population',
			'Share of women in the population',
			'نسبة النساء بين السكان'
		),
		tx_tot_et: ps(
			'share_of_foreigners',
			'all',
			'percent',
			'population',
			'Part des personnes étrangères',
			'Share of foreign nationals',
			'نسبة الأجانب'
		),
		tx_f_et: ps(
			'share_of_foreigners',
			'women',
			'percent',
			'population',
			'Part des étrangères parmi les femmes',
			'Share of foreign nationals among women',
			'نسبة الأجنبيات بين النساء'
		),
		tx_tot_empl: ps(
			'employment_rate_15_64',
			'all',
			'percent',
			'employment',
			"Taux d'emploi des 15-64 ans",
			'Employment rate, ages 15-64',
			'معدل التشغيل لدى الفئة 15-64 سنة'
		),
		tx_f_empl: ps(
			'employment_rate_15_64',
			'women',
			'percent',
			'employment',
			"Taux d'emploi des femmes de 15-64 ans",
			'Employment rate of women aged 15-64',
			'معدل تشغيل النساء من 15 إلى 64 سنة'
		),
		tx_tot_eprec: ps(
			'precarious_employment_share',
			'all',
			'percent',
			'employment',
			'Part des emplois précaires parmi les personnes en emploi',
			'Share of precarious jobs among people in work',
			'نسبة العمل الهش بين العاملين'
		),
		tx_f_eprec: ps(
			'precarious_employment_share',
			'women',
			'percent',
			'employment',
			'Part des emplois précaires parmi les femmes en emploi',
			'Share of precarious jobs among women in work',
			'نسبة العمل الهش بين النساء العاملات'
		),
		abcde: ps(
			'job_seekers',
			'all',
			'count',
			'employment',
			"Demandeurs d'emploi (catégories A à E)",
			'Job seekers (categories A to E)',
			'طالبو العمل (الفئات من A إلى E)'
		),
		abcde_f: ps(
			'job_seekers',
			'women',
			'count',
			'employment',
			"Demandeuses d'emploi (catégories A à E)",
			'Women job seekers (categories A to E)',
			'طالبات العمل (الفئات من A إلى E)'
		),
		abcde_h: ps(
			'job_seekers',
			'men',
			'count',
			'employment',
			"Demandeurs d'emploi hommes (catégories A à E)",
			'Men job seekers (categories A to E)',
			'طالبو العمل من الرجال (الفئات من A إلى E)'
		)
	}
};

export const PRESETS: readonly Preset[] = [OCCITANIE_PRESET];

export function presetOf(header: readonly string[]): Preset | null {
	const names = new Set(header.map((h) => h.toLowerCase()));
	return PRESETS.find((p) => p.signature.every((c) => names.has(c))) ?? null;
}

const find = (header: readonly string[], pattern: RegExp) => header.find((h) => pattern.test(h.toLowerCase())) ?? null;

/** A new series drafted from a column: the person completes labels and source in the mapping step. */
export function draftSeries(profile: ColumnProfile, defaults: Partial<SeriesDraft> = {}): SeriesDraft {
	const name = profile.name.toLowerCase();
	const percentLike = /^(tx|taux|part|pct|pourcentage|share|rate)[_\s]|_(tx|pct|taux)$|%/.test(name);
	const unit: Unit =
		percentLike && (profile.max ?? 0) <= 100
			? 'percent'
			: profile.integer
				? 'count'
				: /euro|revenu|income|€/.test(name)
					? 'euros'
					: 'ratio';
	const sex: Sex = /(^|_)(f|femmes?|women)($|_)/.test(name)
		? 'women'
		: /(^|_)(h|hommes?|men)($|_)/.test(name)
			? 'men'
			: 'all';
	const code = slug(profile.name) || 'serie';
	return {
		code,
		measure: code,
		sex,
		unit,
		theme: 'other',
		label: { fr: profile.name, en: profile.name, ar: profile.name },
		source: '',
		sourceUrl: '',
		licence: DEFAULT_LICENCE,
		minCount: 5,
		reference: 'none',
		...defaults
	};
}

/**
 * The proposed mapping: the preset's when the header is one we know, otherwise guesses from the
 * column names (code_qp, nom…, commune, annee…) and from the values (numeric columns feed a
 * series each, other columns are ignored). `existing` series keep their stored definition.
 */
export function proposeMapping(
	table: IndicatorTable,
	existing: ReadonlyMap<string, SeriesDraft> = new Map()
): IndicatorMapping {
	const profiles = profileColumns(table);
	const preset = presetOf(table.header);
	const header = table.header;
	const codeColumn =
		preset?.codeColumn ??
		find(header, /^(code_?(qp|qpv|quartier|territoire|geo)?|codgeo|cod_qp)$/) ??
		header.find((h, i) => !profiles[i]!.numeric) ??
		header[0]!;
	const nameColumn =
		preset?.nameColumn ?? find(header, /^(nom|lib|libelle|libellé|name)(_?(qp|qpv|quartier))?$/) ?? null;
	const communeColumn = preset?.communeColumn ?? find(header, /^(nom_?commune|lib_?com|commune|nom_com)$/) ?? null;
	const yearColumn = preset ? null : find(header, /^(annee|année|year|an|millesime|millésime)$/);
	const levelColumn = preset ? null : find(header, /^(niveau|level|territory_type|type_territoire)$/);
	const weightColumn = preset?.weightColumn ?? find(header, /^(pop|pop_mun|population|pmun)$/);
	const reserved = new Set([codeColumn, nameColumn, communeColumn, yearColumn, levelColumn]);
	const columns: ColumnChoice[] = profiles
		.filter((p) => !reserved.has(p.name))
		.map((p) => {
			const key = p.name.toLowerCase();
			const stored = existing.get(slug(p.name));
			if (preset) {
				const spec = preset.series[key];
				const series: SeriesDraft = spec
					? {
							code: key,
							...spec,
							reference: spec.reference ?? 'none',
							source: preset.source,
							sourceUrl: preset.sourceUrl,
							licence: preset.licence
						}
					: draftSeries(p, { source: preset.source, sourceUrl: preset.sourceUrl, licence: preset.licence });
				return {
					column: p.name,
					action: spec || stored ? 'series' : 'ignore',
					existing: stored !== undefined,
					series: stored ?? series
				};
			}
			return {
				column: p.name,
				action: p.numeric ? 'series' : 'ignore',
				existing: stored !== undefined,
				series: stored ?? draftSeries(p)
			};
		});
	return {
		codeColumn,
		nameColumn,
		communeColumn,
		levelColumn,
		yearColumn,
		year: preset ? preset.year : yearColumn ? null : new Date().getFullYear() - 1,
		weightColumn,
		columns,
		preset: preset?.id ?? null
	};
}

export type MappingProblem =
	| 'OBSERVATORY.CODE_COLUMN'
	| 'OBSERVATORY.COLUMN_UNKNOWN'
	| 'OBSERVATORY.YEAR_REQUIRED'
	| 'OBSERVATORY.NOTHING_MAPPED'
	| 'OBSERVATORY.SERIES_CODE'
	| 'OBSERVATORY.SERIES_CODE_TWICE'
	| 'OBSERVATORY.MEASURE'
	| 'OBSERVATORY.LABEL'
	| 'OBSERVATORY.SOURCE'
	| 'OBSERVATORY.SOURCE_URL'
	| 'OBSERVATORY.LICENCE'
	| 'OBSERVATORY.MIN_COUNT'
	| 'OBSERVATORY.WEIGHT_REQUIRED';

/** Field → problem, for the mapping form: 'codeColumn', 'year', 'col-<i>-source'… */
export type MappingErrors = Record<string, MappingProblem>;

export function checkMapping(table: IndicatorTable, mapping: IndicatorMapping): MappingErrors {
	const errors: MappingErrors = {};
	const has = (c: string | null) => c === null || table.header.includes(c);
	if (!table.header.includes(mapping.codeColumn)) errors.codeColumn = 'OBSERVATORY.CODE_COLUMN';
	for (const f of ['nameColumn', 'communeColumn', 'levelColumn', 'yearColumn', 'weightColumn'] as const)
		if (!has(mapping[f])) errors[f] = 'OBSERVATORY.COLUMN_UNKNOWN';
	if (mapping.yearColumn === null && (mapping.year === null || mapping.year < 1900 || mapping.year > 2100))
		errors.year = 'OBSERVATORY.YEAR_REQUIRED';
	const mapped = mapping.columns.filter((c) => c.action === 'series');
	if (mapped.length === 0) errors.columns = 'OBSERVATORY.NOTHING_MAPPED';
	const codes = new Map<string, number>();
	mapping.columns.forEach((c, i) => {
		if (c.action !== 'series') return;
		const s = c.series;
		const at = (f: string) => `col-${i}-${f}`;
		if (!table.header.includes(c.column)) errors[at('column')] = 'OBSERVATORY.COLUMN_UNKNOWN';
		if (!SERIES_CODE.test(s.code)) errors[at('code')] = 'OBSERVATORY.SERIES_CODE';
		else if (codes.has(s.code)) errors[at('code')] = 'OBSERVATORY.SERIES_CODE_TWICE';
		codes.set(s.code, i);
		if (!SERIES_CODE.test(s.measure)) errors[at('measure')] = 'OBSERVATORY.MEASURE';
		if (!s.label.fr.trim() || s.label.fr.length > 200 || s.label.en.length > 200 || s.label.ar.length > 200)
			errors[at('label_fr')] = 'OBSERVATORY.LABEL';
		if (!s.source.trim() || s.source.length > 300) errors[at('source')] = 'OBSERVATORY.SOURCE';
		if (s.sourceUrl && (!/^https?:\/\/\S+$/.test(s.sourceUrl) || s.sourceUrl.length > 500))
			errors[at('sourceUrl')] = 'OBSERVATORY.SOURCE_URL';
		if (!s.licence.trim() || s.licence.length > 120) errors[at('licence')] = 'OBSERVATORY.LICENCE';
		if (!Number.isInteger(s.minCount) || s.minCount < 1 || s.minCount > 1000)
			errors[at('minCount')] = 'OBSERVATORY.MIN_COUNT';
		if (s.reference === 'weighted_mean' && !mapping.weightColumn)
			errors[at('reference')] = 'OBSERVATORY.WEIGHT_REQUIRED';
	});
	return errors;
}

// ── Reading the rows with the mapping ─────────────────────────────────────────

export interface TerritoryRow {
	line: number;
	level: TerritoryType;
	code: string;
	name: string;
	commune: string;
	year: number;
	/** Series code → value (missing values are absent). */
	values: Map<string, number>;
	weight: number | null;
}

const LEVELS: Record<string, TerritoryType> = {
	quartier: 'quartier',
	qp: 'quartier',
	qpv: 'quartier',
	commune: 'commune',
	com: 'commune',
	reference: 'reference',
	référence: 'reference',
	ref: 'reference'
};

/** Every row read with the mapping; the first malformed cell refuses the whole file. */
export function readRows(
	table: IndicatorTable,
	mapping: IndicatorMapping
): { ok: true; rows: TerritoryRow[] } | ({ ok: false } & FileError) {
	const index = (c: string | null) => (c === null ? -1 : table.header.indexOf(c));
	const code = index(mapping.codeColumn);
	const name = index(mapping.nameColumn);
	const communeAt = index(mapping.communeColumn);
	const level = index(mapping.levelColumn);
	const yearAt = index(mapping.yearColumn);
	const weightAt = index(mapping.weightColumn);
	const mapped = mapping.columns
		.filter((c) => c.action === 'series')
		.map((c) => ({ at: index(c.column), column: c.column, code: c.series.code }));
	const rows: TerritoryRow[] = [];
	const seen = new Set<string>();
	for (const { line, fields } of table.rows) {
		const cell = (i: number) => (i < 0 ? '' : (fields[i] ?? '').trim());
		const territoryCode = cell(code).replace(/\s+/g, ' ');
		if (!territoryCode || territoryCode.length > 64)
			return { ok: false, error: 'OBSERVATORY.CODE_MISSING', line, column: mapping.codeColumn };
		const lvl = level < 0 ? 'quartier' : LEVELS[cell(level).toLowerCase()];
		if (!lvl) return { ok: false, error: 'OBSERVATORY.HEADER', line, column: mapping.levelColumn ?? undefined };
		let year = mapping.year ?? 0;
		if (yearAt >= 0) {
			const y = readNumber(cell(yearAt));
			if (typeof y !== 'number' || !Number.isInteger(y) || y < 1900 || y > 2100)
				return { ok: false, error: 'OBSERVATORY.YEAR_INVALID', line, column: mapping.yearColumn ?? undefined };
			year = y;
		}
		const key = `${lvl}|${territoryCode.toUpperCase()}|${year}`;
		if (seen.has(key)) return { ok: false, error: 'OBSERVATORY.DUPLICATE_ROW', line };
		seen.add(key);
		const values = new Map<string, number>();
		for (const m of mapped) {
			const n = readNumber(cell(m.at));
			if (n === 'invalid') return { ok: false, error: 'OBSERVATORY.NOT_A_NUMBER', line, column: m.column };
			if (n !== null) values.set(m.code, n);
		}
		const w = weightAt < 0 ? null : readNumber(cell(weightAt));
		if (w === 'invalid')
			return { ok: false, error: 'OBSERVATORY.NOT_A_NUMBER', line, column: mapping.weightColumn ?? undefined };
		rows.push({
			line,
			level: lvl,
			code: territoryCode,
			name: cell(name).replace(/\s+/g, ' ').slice(0, 200),
			commune: cell(communeAt).replace(/\s+/g, ' ').slice(0, 200),
			year,
			values,
			weight: w
		});
	}
	return { ok: true, rows };
}

/**
 * A reference computed from the quartier rows of the file, for each year: the plain mean, or the
 * mean weighted by the weight column (a population). Rows without the value (or without a
 * weight, for the weighted mean) are left out; no reference when no row has both.
 */
export function computedReference(
	rows: readonly TerritoryRow[],
	seriesCode: string,
	kind: Exclude<ReferenceKind, 'none'>
): { year: number; value: number; n: number }[] {
	const byYear = new Map<number, { sum: number; weights: number; n: number }>();
	for (const r of rows) {
		if (r.level !== 'quartier') continue;
		const v = r.values.get(seriesCode);
		if (v === undefined) continue;
		const w = kind === 'mean' ? 1 : r.weight;
		if (w === null || w <= 0) continue;
		const acc = byYear.get(r.year) ?? { sum: 0, weights: 0, n: 0 };
		acc.sum += v * w;
		acc.weights += w;
		acc.n += 1;
		byYear.set(r.year, acc);
	}
	return [...byYear]
		.filter(([, a]) => a.weights > 0)
		.map(([year, a]) => ({ year, value: Math.round((a.sum / a.weights) * 10) / 10, n: a.n }))
		.sort((a, b) => a.year - b.year);
}

// ── Matching territories ──────────────────────────────────────────────────────

const STOP_WORDS = new Set([
	'le',
	'la',
	'les',
	'de',
	'du',
	'des',
	'd',
	'l',
	'et',
	'quartier',
	'qp',
	'qpv',
	'cite',
	'a',
	'au',
	'aux',
	'en',
	'sur'
]);

/** A name as compared: no accents, no case, no punctuation, no little words; "St" read as "saint". */
export function normaliseName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, ' ')
		.replace(/[^a-z0-9]+/g, ' ')
		.split(' ')
		.filter((w) => w && !STOP_WORDS.has(w))
		.map((w) => (w === 'st' ? 'saint' : w === 'ste' ? 'sainte' : w))
		.join(' ');
}

/** How much two names share: the Dice coefficient of their word sets, 0…1. */
export function nameSimilarity(a: string, b: string): number {
	const x = new Set(normaliseName(a).split(' ').filter(Boolean));
	const y = new Set(normaliseName(b).split(' ').filter(Boolean));
	if (x.size === 0 || y.size === 0) return 0;
	let common = 0;
	for (const w of x) if (y.has(w)) common++;
	return (2 * common) / (x.size + y.size);
}

export interface KnownQuartier {
	id: string;
	name: string;
	qpvCode: string | null;
	/** Names of every commune it lies in. */
	communes: string[];
}

export type Match =
	| { line: number; code: string; name: string; commune: string; kind: 'alias' | 'code'; quartierId: string }
	| {
			line: number;
			code: string;
			name: string;
			commune: string;
			kind: 'proposed';
			quartierId: string;
			quartierName: string;
			quartierCode: string | null;
			/** Same name once normalised (checked by default), or only similar (to be ticked). */
			exact: boolean;
			similarity: number;
	  }
	| { line: number; code: string; name: string; commune: string; kind: 'unmatched' };

/** Similar names below this are not proposed. */
export const MIN_SIMILARITY = 0.5;

/**
 * Which quartier each row of the file is: by a stored alias first (a former code confirmed
 * before), else by its code (the 2024 QPV code), else a proposal by name within the same commune
 * — the same normalised name, or the most similar one when it is clearly the best. A quartier is
 * proposed for one row at most (the closest); the rest stay unmatched.
 */
export function matchQuartiers(
	rows: readonly { line: number; code: string; name: string; commune: string }[],
	known: { aliases: ReadonlyMap<string, string>; quartiers: readonly KnownQuartier[] }
): Match[] {
	const byCode = new Map(known.quartiers.filter((q) => q.qpvCode).map((q) => [q.qpvCode!.toUpperCase(), q.id]));
	const taken = new Set<string>();
	const first: Match[] = rows.map((r) => {
		const base = { line: r.line, code: r.code, name: r.name, commune: r.commune };
		const code = r.code.toUpperCase();
		const alias = known.aliases.get(code);
		if (alias) {
			taken.add(alias);
			return { ...base, kind: 'alias', quartierId: alias };
		}
		const direct = byCode.get(code);
		if (direct) {
			taken.add(direct);
			return { ...base, kind: 'code', quartierId: direct };
		}
		return { ...base, kind: 'unmatched' };
	});
	// Candidates by name, best first, so that each quartier goes to its closest row.
	const candidates: { i: number; q: KnownQuartier; similarity: number; exact: boolean }[] = [];
	first.forEach((m, i) => {
		if (m.kind !== 'unmatched' || !m.name) return;
		// A quartier over two communes lists both ("Séméac, Tarbes"): any of them will do.
		const communes = new Set(m.commune.split(/[,;]/).map(normaliseName).filter(Boolean));
		if (communes.size === 0) return;
		const inCommune = known.quartiers.filter(
			(q) => !taken.has(q.id) && q.communes.some((c) => communes.has(normaliseName(c)))
		);
		const scored = inCommune
			.map((q) => ({
				q,
				similarity: nameSimilarity(m.name, q.name),
				exact: normaliseName(m.name) === normaliseName(q.name)
			}))
			.filter((s) => s.exact || s.similarity >= MIN_SIMILARITY)
			.sort((a, b) => Number(b.exact) - Number(a.exact) || b.similarity - a.similarity);
		const best = scored[0];
		if (!best) return;
		// A tie between two quartiers of the commune is no proposal: a person must choose.
		if (!best.exact && scored[1] && scored[1].similarity === best.similarity) return;
		candidates.push({ i, ...best });
	});
	candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.similarity - a.similarity);
	for (const c of candidates) {
		if (taken.has(c.q.id)) continue;
		taken.add(c.q.id);
		const m = first[c.i]!;
		first[c.i] = {
			line: m.line,
			code: m.code,
			name: m.name,
			commune: m.commune,
			kind: 'proposed',
			quartierId: c.q.id,
			quartierName: c.q.name,
			quartierCode: c.q.qpvCode,
			exact: c.exact,
			similarity: Math.round(c.similarity * 100) / 100
		};
	}
	return first;
}
