/**
 * Reading the official 2024 QPV files (ANCT, published on data.gouv.fr) — the list with
 * centroids as CSV, and optionally the outlines as GeoJSON — and comparing them with what is
 * stored. Pure: the use case reads the uploads and writes the result.
 *
 * A file that is not what it claims to be (not UTF-8, not the expected CSV header, not a
 * GeoJSON FeatureCollection) is refused whole, so that nothing is imported from it. Within a
 * good file, each line is checked on its own: bad lines are reported with their number and a
 * reason code, and the others are imported.
 */
import type { Geometry, LonLat } from './geo.js';
import { departementOf, isInseeCode } from './commune.js';

/** Why a whole file was refused. */
export type FileProblem =
	| 'QPV.FILE_TOO_LARGE'
	| 'QPV.LIST_REQUIRED'
	| 'QPV.LIST_ENCODING'
	| 'QPV.LIST_NOT_CSV'
	| 'QPV.LIST_HEADER'
	| 'QPV.LIST_EMPTY'
	| 'QPV.OUTLINES_ENCODING'
	| 'QPV.OUTLINES_NOT_JSON'
	| 'QPV.OUTLINES_NOT_COLLECTION';

/** Why one line of the list, or one feature of the outlines, was left out. */
export type LineProblem =
	| 'QPV.COLUMN_COUNT'
	| 'QPV.CODE_INVALID'
	| 'QPV.CODE_DUPLICATE'
	| 'QPV.SUFFIX_MISMATCH'
	| 'QPV.NAME_INVALID'
	| 'QPV.DEPARTEMENT_MISMATCH'
	| 'QPV.INSEE_INVALID'
	| 'QPV.COMMUNE_NAMES_MISMATCH'
	| 'QPV.CENTROID_INVALID'
	| 'QPV.OUTLINE_CODE_INVALID'
	| 'QPV.OUTLINE_DUPLICATE'
	| 'QPV.OUTLINE_UNKNOWN_CODE'
	| 'QPV.OUTLINE_GEOMETRY';

export type QpvFile = 'list' | 'outlines';

export interface Rejection {
	file: QpvFile;
	/** The line of the CSV file (the header is line 1), or the feature's position (from 1) in the GeoJSON. */
	line: number;
	code: LineProblem;
	/** The QPV code read on the line, when there was one. */
	qpvCode?: string;
}

export interface QpvCommune {
	inseeCode: string;
	name: string;
	departement: string;
}

/** One accepted quartier: what the stored row and its communes should become. */
export interface ImportedQuartier {
	qpvCode: string;
	name: string;
	/** In the order of the file; the first is the quartier's main commune. */
	communes: QpvCommune[];
	centroid: LonLat;
	/** Only when the outlines file was given and held a valid geometry for this code. */
	outline?: Geometry;
	line: number;
}

export type ParsedImport =
	{ ok: true; quartiers: ImportedQuartier[]; rejected: Rejection[] } | { ok: false; file: QpvFile; error: FileProblem };

/** The columns the list must have; the file's others (bounding box, area…) are not needed. */
export const LIST_COLUMNS = [
	'code_qp',
	'lib_qp',
	'insee_dep',
	'insee_com',
	'lib_com',
	'centroid_lon',
	'centroid_lat'
] as const;

/**
 * QN, the département on three characters (001…095, 02A, 02B, 971…988), two digits, and a
 * letter for the kind of quartier (M, I, N, C in the 2024 list).
 */
const QPV_CODE = /^QN(0(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])|97[1-8]|98[46-8])\d{2}[A-Z]$/;

export function isQpvCode(code: string): boolean {
	return QPV_CODE.test(code);
}

/** The département a QPV code names: QN06920M → 69, QN02A01M → 2A, QN97101M → 971. */
export function departementOfQpvCode(code: string): string {
	const part = code.slice(2, 5);
	return part.startsWith('0') ? part.slice(1) : part;
}

const NAME_MAX = 200;

/**
 * Largest files accepted, in bytes. The published list weighs 0.2 MB and the simplified outlines
 * 4.3 MB; the limits leave room for a few more years of QPV, not for an unsimplified survey.
 */
export const QPV_FILE_LIMITS = { list: 2 * 1024 * 1024, outlines: 12 * 1024 * 1024 } as const;

// ── Reading the files ────────────────────────────────────────────────────────────────────────

/** UTF-8 text of a file, without its byte-order mark; null when the bytes are not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
		return text.startsWith('\uFEFF') ? text.slice(1) : text;
	} catch {
		return null;
	}
}

export interface CsvRecord {
	/** The line the record starts on (1 for the header). */
	line: number;
	fields: string[];
}

/**
 * RFC 4180 records: quoted fields may hold the separator, doubled quotes and line breaks (names
 * such as "Bastide, Tricot et Lapeyrade" are quoted in the official file). Returns null when a
 * quote is left open, which means the file is not CSV. Blank lines are skipped.
 */
export function parseCsv(text: string, separator = ','): CsvRecord[] | null {
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let recordLine = 1;
	let quoted = false;
	let fieldStarted = false;
	const endRecord = () => {
		if (fieldStarted || fields.length > 0 || field !== '') {
			fields.push(field);
			records.push({ line: recordLine, fields });
		}
		fields = [];
		field = '';
		fieldStarted = false;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else {
				if (c === '\n') line++;
				field += c;
			}
			continue;
		}
		if (c === '"' && field === '') {
			quoted = true;
			fieldStarted = true;
		} else if (c === separator) {
			fields.push(field);
			field = '';
			fieldStarted = true;
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			endRecord();
			line++;
			recordLine = line;
		} else {
			field += c;
		}
	}
	if (quoted) return null;
	endRecord();
	return records;
}

/**
 * The list of QPV. The separator is a comma, as published; a semicolon is accepted too, since a
 * spreadsheet saved in French writes one.
 */
export function parseQpvList(
	bytes: Uint8Array
): { ok: true; quartiers: ImportedQuartier[]; rejected: Rejection[] } | { ok: false; error: FileProblem } {
	const text = decodeUtf8(bytes);
	if (text === null || text.includes('\u0000')) return { ok: false, error: 'QPV.LIST_ENCODING' };
	const firstLine = text.slice(0, text.search(/\r|\n|$/));
	const separator = !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
	const records = parseCsv(text, separator);
	if (!records) return { ok: false, error: 'QPV.LIST_NOT_CSV' };
	const [header, ...rows] = records;
	if (!header) return { ok: false, error: 'QPV.LIST_HEADER' };
	const names = header.fields.map((f) => f.trim().toLowerCase());
	const index = Object.fromEntries(LIST_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
		(typeof LIST_COLUMNS)[number],
		number
	>;
	if (Object.values(index).some((i) => i < 0)) return { ok: false, error: 'QPV.LIST_HEADER' };
	if (rows.length === 0) return { ok: false, error: 'QPV.LIST_EMPTY' };
	const suffixColumn = names.indexOf('statut_suffix');

	const quartiers: ImportedQuartier[] = [];
	const rejected: Rejection[] = [];
	const seen = new Set<string>();
	for (const { line, fields } of rows) {
		const at = (i: number) => (fields[i] ?? '').trim();
		const qpvCode = at(index.code_qp).toUpperCase();
		const reject = (code: LineProblem) =>
			rejected.push({ file: 'list', line, code, ...(qpvCode ? { qpvCode: qpvCode.slice(0, 20) } : {}) });
		if (fields.length !== header.fields.length) {
			reject('QPV.COLUMN_COUNT');
			continue;
		}
		const checkLine = (): LineProblem | ImportedQuartier => {
			if (!isQpvCode(qpvCode)) return 'QPV.CODE_INVALID';
			if (seen.has(qpvCode)) return 'QPV.CODE_DUPLICATE';
			if (suffixColumn >= 0 && at(suffixColumn) !== '' && at(suffixColumn) !== qpvCode.slice(-1))
				return 'QPV.SUFFIX_MISMATCH';
			const name = at(index.lib_qp).replace(/\s+/g, ' ');
			if (name === '' || name.length > NAME_MAX) return 'QPV.NAME_INVALID';
			const departement = at(index.insee_dep).toUpperCase();
			if (departement !== departementOfQpvCode(qpvCode)) return 'QPV.DEPARTEMENT_MISMATCH';
			const codes = at(index.insee_com)
				.split(';')
				.map((c) => c.trim().toUpperCase());
			if (!codes.every(isInseeCode) || new Set(codes).size !== codes.length) return 'QPV.INSEE_INVALID';
			if (!codes.every((c) => departementOf(c) === departement)) return 'QPV.DEPARTEMENT_MISMATCH';
			const communeNames = at(index.lib_com)
				.split(';')
				.map((n) => n.trim().replace(/\s+/g, ' '));
			if (communeNames.length !== codes.length || communeNames.some((n) => n === '' || n.length > NAME_MAX))
				return 'QPV.COMMUNE_NAMES_MISMATCH';
			const lon = decimal(at(index.centroid_lon));
			const lat = decimal(at(index.centroid_lat));
			if (lon === null || lat === null || Math.abs(lon) > 180 || Math.abs(lat) > 90) return 'QPV.CENTROID_INVALID';
			return {
				qpvCode,
				name,
				communes: codes.map((inseeCode, i) => ({ inseeCode, name: communeNames[i]!, departement })),
				centroid: { lon, lat },
				line
			};
		};
		const checked = checkLine();
		if (typeof checked === 'string') reject(checked);
		else {
			seen.add(qpvCode);
			quartiers.push(checked);
		}
	}
	return { ok: true, quartiers, rejected };
}

/** A plain decimal number (a comma is read as the decimal point, as a French spreadsheet writes it). */
function decimal(raw: string): number | null {
	const s = raw.replace(',', '.');
	if (!/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(s)) return null;
	const n = Number(s);
	return Number.isFinite(n) ? n : null;
}

/** The outlines file: one valid geometry per QPV code, and the features left out. */
export function parseQpvOutlines(
	bytes: Uint8Array
):
	| { ok: true; outlines: Map<string, { geometry: Geometry; feature: number }>; rejected: Rejection[] }
	| { ok: false; error: FileProblem } {
	const text = decodeUtf8(bytes);
	if (text === null) return { ok: false, error: 'QPV.OUTLINES_ENCODING' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { ok: false, error: 'QPV.OUTLINES_NOT_JSON' };
	}
	if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
		return { ok: false, error: 'QPV.OUTLINES_NOT_COLLECTION' };

	const outlines = new Map<string, { geometry: Geometry; feature: number }>();
	const rejected: Rejection[] = [];
	json.features.forEach((feature: unknown, i: number) => {
		const line = i + 1;
		const raw = isObject(feature) && isObject(feature.properties) ? feature.properties.code_qp : undefined;
		const qpvCode = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
		const reject = (code: LineProblem) =>
			rejected.push({ file: 'outlines', line, code, ...(qpvCode ? { qpvCode: qpvCode.slice(0, 20) } : {}) });
		if (!isQpvCode(qpvCode)) return reject('QPV.OUTLINE_CODE_INVALID');
		if (outlines.has(qpvCode)) return reject('QPV.OUTLINE_DUPLICATE');
		const geometry = isObject(feature) ? validGeometry(feature.geometry) : null;
		if (!geometry) return reject('QPV.OUTLINE_GEOMETRY');
		outlines.set(qpvCode, { geometry, feature: line });
	});
	return { ok: true, outlines, rejected };
}

/**
 * Reads the list, and the outlines when given, into the quartiers to import. An outline whose
 * code is not on an accepted line of the list is reported, not imported on its own: a quartier
 * needs a name and communes.
 */
export function parseQpvImport(list: Uint8Array | null, outlinesFile: Uint8Array | null): ParsedImport {
	if (!list || list.length === 0) return { ok: false, file: 'list', error: 'QPV.LIST_REQUIRED' };
	const parsedList = parseQpvList(list);
	if (!parsedList.ok) return { ok: false, file: 'list', error: parsedList.error };
	if (!outlinesFile || outlinesFile.length === 0) return parsedList;
	const parsedOutlines = parseQpvOutlines(outlinesFile);
	if (!parsedOutlines.ok) return { ok: false, file: 'outlines', error: parsedOutlines.error };

	const { outlines } = parsedOutlines;
	const listed = new Set(parsedList.quartiers.map((q) => q.qpvCode));
	const unknown: Rejection[] = [];
	for (const [qpvCode, { feature }] of outlines)
		if (!listed.has(qpvCode))
			unknown.push({ file: 'outlines', line: feature, code: 'QPV.OUTLINE_UNKNOWN_CODE', qpvCode });
	const quartiers = parsedList.quartiers.map((q) => {
		const outline = outlines.get(q.qpvCode)?.geometry;
		return outline ? { ...q, outline } : q;
	});
	const rejected = [
		...parsedList.rejected,
		...[...parsedOutlines.rejected, ...unknown].sort((a, b) => a.line - b.line)
	];
	return { ok: true, quartiers, rejected };
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A Polygon or MultiPolygon in WGS84 whose rings are closed and have at least four positions.
 * Positions are kept as [lon, lat] (an altitude, if any, is dropped).
 */
export function validGeometry(raw: unknown): Geometry | null {
	if (!isObject(raw)) return null;
	if (raw.type === 'Polygon') {
		const polygon = validPolygon(raw.coordinates);
		return polygon && { type: 'Polygon', coordinates: polygon };
	}
	if (raw.type === 'MultiPolygon') {
		if (!Array.isArray(raw.coordinates) || raw.coordinates.length === 0) return null;
		const polygons: number[][][][] = [];
		for (const p of raw.coordinates) {
			const polygon = validPolygon(p);
			if (!polygon) return null;
			polygons.push(polygon);
		}
		return { type: 'MultiPolygon', coordinates: polygons };
	}
	return null;
}

function validPolygon(raw: unknown): number[][][] | null {
	if (!Array.isArray(raw) || raw.length === 0) return null;
	const rings: number[][][] = [];
	for (const r of raw) {
		if (!Array.isArray(r) || r.length < 4) return null;
		const ring: number[][] = [];
		for (const p of r) {
			if (!Array.isArray(p) || p.length < 2 || p.length > 3) return null;
			const [lon, lat] = p as unknown[];
			if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
				return null;
			if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return null;
			ring.push([lon, lat]);
		}
		const first = ring[0]!;
		const last = ring[ring.length - 1]!;
		if (first[0] !== last[0] || first[1] !== last[1]) return null;
		rings.push(ring);
	}
	return rings;
}

// ── Comparing with what is stored ───────────────────────────────────────────────────────────

export interface StoredQuartier {
	qpvCode: string;
	name: string;
	centroidLon: number | null;
	centroidLat: number | null;
	outline: Geometry | null;
	/** The main commune first, then the others of quartier_commune in any order. */
	inseeCodes: string[];
}

export type QuartierChange = 'name' | 'centroid' | 'outline' | 'communes';

export interface QuartierDiff {
	created: ImportedQuartier[];
	updated: { quartier: ImportedQuartier; changes: QuartierChange[] }[];
	unchanged: ImportedQuartier[];
}

/**
 * What an import would change, quartier by quartier (matched on their QPV code). An import
 * without outlines leaves stored outlines alone; stored quartiers absent from the file are
 * left alone too (a list may be a subset, and a quartier may carry rooms and initiatives).
 */
export function diffQuartiers(
	incoming: readonly ImportedQuartier[],
	stored: ReadonlyMap<string, StoredQuartier>
): QuartierDiff {
	const diff: QuartierDiff = { created: [], updated: [], unchanged: [] };
	for (const q of incoming) {
		const before = stored.get(q.qpvCode);
		if (!before) {
			diff.created.push(q);
			continue;
		}
		const changes: QuartierChange[] = [];
		if (before.name !== q.name) changes.push('name');
		if (before.centroidLon !== q.centroid.lon || before.centroidLat !== q.centroid.lat) changes.push('centroid');
		if (q.outline && !sameGeometry(before.outline, q.outline)) changes.push('outline');
		if (
			!sameCommunes(
				before.inseeCodes,
				q.communes.map((c) => c.inseeCode)
			)
		)
			changes.push('communes');
		if (changes.length > 0) diff.updated.push({ quartier: q, changes });
		else diff.unchanged.push(q);
	}
	return diff;
}

function sameCommunes(stored: readonly string[], incoming: readonly string[]): boolean {
	if (stored.length !== incoming.length || stored[0] !== incoming[0]) return false;
	const rest = new Set(stored.slice(1));
	return incoming.slice(1).every((c) => rest.has(c));
}

/** Same type and same positions, whatever order the database kept the JSON keys in. */
export function sameGeometry(a: Geometry | null, b: Geometry | null): boolean {
	if (a === null || b === null) return a === b;
	return a.type === b.type && sameNested(a.coordinates, b.coordinates);
}

function sameNested(a: unknown, b: unknown): boolean {
	if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameNested(x, b[i]));
	return a === b;
}

/** Every commune the import names, once each, in the order first met. */
export function communesOf(quartiers: readonly ImportedQuartier[]): QpvCommune[] {
	const byCode = new Map<string, QpvCommune>();
	for (const q of quartiers) for (const c of q.communes) if (!byCode.has(c.inseeCode)) byCode.set(c.inseeCode, c);
	return [...byCode.values()];
}
