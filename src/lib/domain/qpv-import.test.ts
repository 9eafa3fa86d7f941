import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	diffQuartiers,
	isQpvCode,
	parseCsv,
	parseQpvImport,
	parseQpvList,
	parseQpvOutlines,
	sameGeometry,
	validGeometry,
	type ImportedQuartier,
	type StoredQuartier
} from './qpv-import.js';
import type { Geometry } from './geo.js';

const fixtures = new URL('../../../tests/fixtures/qpv2024/', import.meta.url);
const file = (name: string) => new Uint8Array(readFileSync(new URL(name, fixtures)));
const gz = (name: string) => new Uint8Array(gunzipSync(readFileSync(new URL(name, fixtures))));
const utf8 = (s: string) => new TextEncoder().encode(s);

const HEADER =
	'code_qp,lib_qp,statut_suffix,insee_dep,insee_com,lib_com,centroid_lon,centroid_lat,bbox_w,bbox_s,bbox_e,bbox_n,area_km2_approx,n_polygons';
const SAINT_JEAN = 'QN06920M,Saint-Jean,M,69,69266,Villeurbanne,4.90123,45.77814,4.8957,45.7733,4.9075,45.7813,0.298,1';
const list = (...lines: string[]) => utf8([HEADER, ...lines].join('\n') + '\n');

const square: Geometry = {
	type: 'Polygon',
	coordinates: [
		[
			[4.86, 45.77],
			[4.87, 45.77],
			[4.87, 45.78],
			[4.86, 45.77]
		]
	]
};

describe('parseCsv', () => {
	it('reads quoted fields holding commas, doubled quotes and line breaks, and counts physical lines', () => {
		const records = parseCsv('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n\nlast,1');
		expect(records).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: ['x, y', 'say "hi"'] },
			{ line: 3, fields: ['two\nlines', 'z'] },
			{ line: 6, fields: ['last', '1'] }
		]);
	});

	it('keeps empty fields and refuses a quote left open', () => {
		expect(parseCsv('a,,c\n,,\n')).toEqual([
			{ line: 1, fields: ['a', '', 'c'] },
			{ line: 2, fields: ['', '', ''] }
		]);
		expect(parseCsv('a,"b\nc')).toBeNull();
	});

	it('gives back what was written, whatever the fields hold (property)', () => {
		const field = fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\n', ' ', ';', 'ع') });
		fc.assert(
			fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
				const text = rows.map((r) => r.map((f) => `"${f.replaceAll('"', '""')}"`).join(',')).join('\r\n');
				expect(parseCsv(text)!.map((r) => r.fields)).toEqual(rows);
			})
		);
	});
});

describe('parseQpvList', () => {
	it('reads the whole official list: 1,584 QPV, none rejected, in 834 communes', () => {
		const parsed = parseQpvList(gz('qpv2024_list_centroids.csv.gz'));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.rejected).toEqual([]);
		expect(parsed.quartiers).toHaveLength(1584);
		expect(new Set(parsed.quartiers.flatMap((q) => q.communes.map((c) => c.inseeCode))).size).toBe(834);
		const bastide = parsed.quartiers.find((q) => q.qpvCode === 'QN01202M');
		expect(bastide?.name).toBe('Bastide, Tricot et Lapeyrade');
		const europe = parsed.quartiers.find((q) => q.qpvCode === 'QN00201M');
		expect(europe?.communes).toEqual([
			{ inseeCode: '02571', name: 'Omissy', departement: '02' },
			{ inseeCode: '02691', name: 'Saint-Quentin', departement: '02' }
		]);
		expect(parsed.quartiers.find((q) => q.qpvCode === 'QN02A01M')?.communes[0]?.departement).toBe('2A');
		expect(parsed.quartiers.find((q) => q.qpvCode === 'QN97651C')?.centroid).toEqual({ lon: 45.06891, lat: -12.72403 });
	});

	it('reports the broken line of the sample with its line number and keeps the others', () => {
		const parsed = parseQpvList(file('sample_list.csv'));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.rejected).toEqual([{ file: 'list', line: 5, code: 'QPV.CENTROID_INVALID', qpvCode: 'QN06921M' }]);
		expect(parsed.quartiers.map((q) => q.qpvCode)).toEqual([
			'QN00201M',
			'QN01202M',
			'QN03016M',
			'QN02A01M',
			'QN97101M',
			'QN06920M'
		]);
		expect(parsed.quartiers.find((q) => q.qpvCode === 'QN03016M')?.communes.map((c) => c.name)).toEqual([
			'Branoux-les-Taillades',
			'La Grand-Combe',
			'Les Salles-du-Gardon'
		]);
	});

	it('gives each kind of bad line its own reason', () => {
		const parsed = parseQpvList(
			list(
				SAINT_JEAN,
				'QX06920M,Saint-Jean,M,69,69266,Villeurbanne,4.9,45.7,0,0,0,0,0,1',
				SAINT_JEAN,
				'QN06923I,Prainet,M,69,69275,Décines-Charpieu,4.97,45.77,0,0,0,0,0,1',
				'QN06923M,,M,69,69275,Décines-Charpieu,4.97,45.77,0,0,0,0,0,1',
				'QN06924M,Le Mathiolan,M,38,69282,Meyzieu,4.99,45.76,0,0,0,0,0,1',
				'QN06925M,Ville Nouvelle,M,69,6928,Rillieux,4.89,45.81,0,0,0,0,0,1',
				'QN06926M,Bellevue,M,69,69290;38053,Saint-Priest;Bourgoin,4.93,45.69,0,0,0,0,0,1',
				'QN06927M,Garibaldi,M,69,69290;69123,Saint-Priest,4.94,45.68,0,0,0,0,0,1',
				'QN06928M,Bel Air,M,69,69290,Saint-Priest,abc,45.69,0,0,0,0,0,1',
				'QN06929M,Soeurs Janin,M,69,69123,Lyon,4.79,95,0,0,0,0,0,1',
				'QN06930M,Gerland,M,69,69123,Lyon,4.83',
				'QN02001M,Ajaccio,M,20,20004,Ajaccio,8.7,41.9,0,0,0,0,0,1'
			)
		);
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.quartiers.map((q) => q.qpvCode)).toEqual(['QN06920M']);
		expect(parsed.rejected.map((r) => [r.line, r.code])).toEqual([
			[3, 'QPV.CODE_INVALID'],
			[4, 'QPV.CODE_DUPLICATE'],
			[5, 'QPV.SUFFIX_MISMATCH'],
			[6, 'QPV.NAME_INVALID'],
			[7, 'QPV.DEPARTEMENT_MISMATCH'],
			[8, 'QPV.INSEE_INVALID'],
			[9, 'QPV.DEPARTEMENT_MISMATCH'],
			[10, 'QPV.COMMUNE_NAMES_MISMATCH'],
			[11, 'QPV.CENTROID_INVALID'],
			[12, 'QPV.CENTROID_INVALID'],
			[13, 'QPV.COLUMN_COUNT'],
			[14, 'QPV.CODE_INVALID']
		]);
	});

	it('reads a byte-order mark, CRLF line ends, and a semicolon-separated copy from a spreadsheet', () => {
		const crlf = utf8('\uFEFF' + [HEADER, SAINT_JEAN].join('\r\n'));
		const viaBom = parseQpvList(crlf);
		expect(viaBom.ok && viaBom.quartiers[0]?.qpvCode).toBe('QN06920M');
		const semicolons = utf8(
			'code_qp;lib_qp;insee_dep;insee_com;lib_com;centroid_lon;centroid_lat\n' +
				'QN00201M;Europe;02;"02571;02691";"Omissy;Saint-Quentin";3,29802;49,86169\n'
		);
		const viaSpreadsheet = parseQpvList(semicolons);
		if (!viaSpreadsheet.ok) throw new Error(viaSpreadsheet.error);
		expect(viaSpreadsheet.quartiers[0]).toMatchObject({
			qpvCode: 'QN00201M',
			centroid: { lon: 3.29802, lat: 49.86169 },
			communes: [{ inseeCode: '02571' }, { inseeCode: '02691' }]
		});
	});

	it('refuses a whole file that is not the expected CSV, with a code saying why', () => {
		expect(parseQpvList(utf8('name,city\nx,y\n'))).toEqual({ ok: false, error: 'QPV.LIST_HEADER' });
		expect(parseQpvList(utf8(''))).toEqual({ ok: false, error: 'QPV.LIST_HEADER' });
		expect(parseQpvList(utf8(HEADER + '\n'))).toEqual({ ok: false, error: 'QPV.LIST_EMPTY' });
		expect(parseQpvList(utf8(HEADER + '\nQN06920M,"Saint-Jean\n'))).toEqual({ ok: false, error: 'QPV.LIST_NOT_CSV' });
		// "Décines" saved in Windows-1252 by a spreadsheet: é is the single byte 0xE9.
		const latin1 = new Uint8Array([
			...utf8(HEADER + '\nQN06923M,Prainet,M,69,69275,D'),
			0xe9,
			...utf8('cines,4.9,45.7\n')
		]);
		expect(parseQpvList(latin1)).toEqual({ ok: false, error: 'QPV.LIST_ENCODING' });
		expect(parseQpvList(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toEqual({
			ok: false,
			error: 'QPV.LIST_ENCODING'
		});
	});
});

describe('QPV codes', () => {
	it('accepts the forms of the 2024 list and nothing else', () => {
		for (const code of ['QN00101M', 'QN02A01M', 'QN02B02M', 'QN09501M', 'QN97101M', 'QN97651C', 'QN98701I'])
			expect(isQpvCode(code), code).toBe(true);
		for (const code of ['QP069001', 'QN06920', 'QN0692M', 'QN02001M', 'QN09601M', 'QN97901M', 'qn06920m', ' QN06920M'])
			expect(isQpvCode(code), code).toBe(false);
	});
});

describe('parseQpvOutlines', () => {
	it('reads every outline of the official file', () => {
		const parsed = parseQpvOutlines(gz('qpv2024_contours_simplified.geojson.gz'));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.rejected).toEqual([]);
		expect(parsed.outlines.size).toBe(1584);
		expect(parsed.outlines.get('QN06920M')?.geometry.type).toBe('MultiPolygon');
	});

	it('reports features without a valid code or geometry, by position', () => {
		const features = [
			{ type: 'Feature', properties: { code_qp: 'QN06920M' }, geometry: square },
			{ type: 'Feature', properties: { code_qp: 'QN06920M' }, geometry: square },
			{ type: 'Feature', properties: {}, geometry: square },
			{ type: 'Feature', properties: { code_qp: 'QN06921M' }, geometry: { type: 'Point', coordinates: [4.8, 45.7] } },
			{ type: 'Feature', properties: { code_qp: 'QN06922M' }, geometry: null }
		];
		const parsed = parseQpvOutlines(utf8(JSON.stringify({ type: 'FeatureCollection', features })));
		if (!parsed.ok) throw new Error(parsed.error);
		expect([...parsed.outlines.keys()]).toEqual(['QN06920M']);
		expect(parsed.rejected.map((r) => [r.line, r.code])).toEqual([
			[2, 'QPV.OUTLINE_DUPLICATE'],
			[3, 'QPV.OUTLINE_CODE_INVALID'],
			[4, 'QPV.OUTLINE_GEOMETRY'],
			[5, 'QPV.OUTLINE_GEOMETRY']
		]);
	});

	it('refuses a file that is not a GeoJSON FeatureCollection', () => {
		expect(parseQpvOutlines(utf8('{"type":"Feature"'))).toEqual({ ok: false, error: 'QPV.OUTLINES_NOT_JSON' });
		expect(parseQpvOutlines(utf8(JSON.stringify({ type: 'Feature', geometry: square })))).toEqual({
			ok: false,
			error: 'QPV.OUTLINES_NOT_COLLECTION'
		});
		expect(parseQpvOutlines(utf8('code_qp,lib_qp\n'))).toEqual({ ok: false, error: 'QPV.OUTLINES_NOT_JSON' });
		expect(parseQpvOutlines(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]))).toEqual({
			ok: false,
			error: 'QPV.OUTLINES_ENCODING'
		});
	});
});

describe('validGeometry', () => {
	const ring = square.coordinates[0]!;
	it('accepts closed rings of four positions or more, and drops altitudes', () => {
		expect(validGeometry(square)).toEqual(square);
		expect(validGeometry({ type: 'MultiPolygon', coordinates: [[ring.map(([x, y]) => [x, y, 120])]] })).toEqual({
			type: 'MultiPolygon',
			coordinates: [[ring]]
		});
	});

	it('refuses open, short, out-of-range or malformed rings', () => {
		expect(validGeometry({ type: 'Polygon', coordinates: [ring.slice(0, 3)] })).toBeNull();
		expect(validGeometry({ type: 'Polygon', coordinates: [[...ring.slice(0, 3), [4.9, 45.9]]] })).toBeNull();
		expect(validGeometry({ type: 'Polygon', coordinates: [ring.map(([x, y]) => [x! + 200, y])] })).toBeNull();
		expect(validGeometry({ type: 'Polygon', coordinates: [ring.map(([x]) => [x, '45'])] })).toBeNull();
		expect(validGeometry({ type: 'Polygon', coordinates: [] })).toBeNull();
		expect(validGeometry({ type: 'MultiPolygon', coordinates: [square.coordinates, []] })).toBeNull();
		expect(validGeometry({ type: 'LineString', coordinates: ring })).toBeNull();
	});
});

describe('parseQpvImport', () => {
	it('attaches each outline to its line, and reports outlines of codes the list does not hold', () => {
		const outlines = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { code_qp: 'QN06920M' }, geometry: square },
				{ type: 'Feature', properties: { code_qp: 'QN06921M' }, geometry: square }
			]
		});
		const parsed = parseQpvImport(list(SAINT_JEAN), utf8(outlines));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.quartiers[0]?.outline).toEqual(square);
		expect(parsed.rejected).toEqual([
			{ file: 'outlines', line: 2, code: 'QPV.OUTLINE_UNKNOWN_CODE', qpvCode: 'QN06921M' }
		]);
	});

	it('needs the list, and names the file that was refused', () => {
		expect(parseQpvImport(null, null)).toEqual({ ok: false, file: 'list', error: 'QPV.LIST_REQUIRED' });
		expect(parseQpvImport(list(SAINT_JEAN), utf8('[]'))).toEqual({
			ok: false,
			file: 'outlines',
			error: 'QPV.OUTLINES_NOT_COLLECTION'
		});
		// The files swapped in the form.
		expect(parseQpvImport(file('sample_outlines.geojson'), file('sample_list.csv'))).toEqual({
			ok: false,
			file: 'list',
			error: 'QPV.LIST_HEADER'
		});
	});

	it('reads the sample: seven lines, one rejected, six outlines attached', () => {
		const parsed = parseQpvImport(file('sample_list.csv'), file('sample_outlines.geojson'));
		if (!parsed.ok) throw new Error(parsed.error);
		expect(parsed.quartiers.filter((q) => q.outline)).toHaveLength(6);
		expect(parsed.rejected).toHaveLength(1);
	});
});

describe('diffQuartiers', () => {
	const incoming: ImportedQuartier = {
		qpvCode: 'QN00201M',
		name: 'Europe',
		communes: [
			{ inseeCode: '02571', name: 'Omissy', departement: '02' },
			{ inseeCode: '02691', name: 'Saint-Quentin', departement: '02' }
		],
		centroid: { lon: 3.29802, lat: 49.86169 },
		outline: square,
		line: 2
	};
	const stored: StoredQuartier = {
		qpvCode: 'QN00201M',
		name: 'Europe',
		centroidLon: 3.29802,
		centroidLat: 49.86169,
		outline: square,
		inseeCodes: ['02571', '02691']
	};
	const storedMap = (s: StoredQuartier) => new Map([[s.qpvCode, s]]);

	it('finds a quartier not stored yet created, and the same one unchanged', () => {
		expect(diffQuartiers([incoming], new Map()).created).toEqual([incoming]);
		expect(diffQuartiers([incoming], storedMap(stored))).toEqual({ created: [], updated: [], unchanged: [incoming] });
	});

	it('names what changed', () => {
		const moved = { ...stored, name: 'Europe (ancien)', centroidLat: 49.8, inseeCodes: ['02691', '02571'] };
		expect(diffQuartiers([incoming], storedMap(moved)).updated).toEqual([
			{ quartier: incoming, changes: ['name', 'centroid', 'communes'] }
		]);
		const reshaped = {
			...stored,
			outline: { ...square, type: 'MultiPolygon', coordinates: [square.coordinates] } as Geometry
		};
		expect(diffQuartiers([incoming], storedMap(reshaped)).updated[0]?.changes).toEqual(['outline']);
	});

	it('leaves a stored outline alone when the import has none', () => {
		const { outline: _outline, ...withoutOutline } = incoming;
		expect(diffQuartiers([withoutOutline], storedMap(stored)).unchanged).toHaveLength(1);
		expect(diffQuartiers([withoutOutline], storedMap({ ...stored, outline: null })).unchanged).toHaveLength(1);
	});

	it('compares the other communes as a set, the main one by position', () => {
		const many = {
			...incoming,
			communes: [
				incoming.communes[0]!,
				{ ...incoming.communes[1]! },
				{ inseeCode: '02100', name: 'X', departement: '02' }
			]
		};
		expect(
			diffQuartiers([many], storedMap({ ...stored, inseeCodes: ['02571', '02100', '02691'] })).unchanged
		).toHaveLength(1);
	});

	it('classifies every quartier exactly once, and a second run finds nothing to change (property)', () => {
		const quartier = fc.record({
			qpvCode: fc.integer({ min: 10, max: 99 }).map((n) => `QN069${n}M`),
			name: fc.constantFrom('Europe', 'Tonkin', 'Les Buers'),
			lon: fc.double({ min: -10, max: 10, noNaN: true })
		});
		fc.assert(
			fc.property(
				fc.uniqueArray(quartier, { selector: (q) => q.qpvCode }),
				fc.array(fc.boolean()),
				(qs, storedFlags) => {
					const imported: ImportedQuartier[] = qs.map((q, i) => ({
						qpvCode: q.qpvCode,
						name: q.name,
						communes: [{ inseeCode: '69266', name: 'Villeurbanne', departement: '69' }],
						centroid: { lon: q.lon, lat: 45 },
						line: i + 2
					}));
					const before = new Map(
						imported
							.filter((_, i) => storedFlags[i])
							.map((q) => [q.qpvCode, { ...toStored(q), name: `${q.name}?` }] as const)
					);
					const diff = diffQuartiers(imported, before);
					expect(diff.created.length + diff.updated.length + diff.unchanged.length).toBe(imported.length);
					expect(diff.created.every((q) => !before.has(q.qpvCode))).toBe(true);
					const after = new Map(imported.map((q) => [q.qpvCode, toStored(q)] as const));
					expect(diffQuartiers(imported, after).unchanged).toHaveLength(imported.length);
				}
			)
		);
	});

	it('compares outlines by their positions, not by the order of their JSON keys', () => {
		const reordered = JSON.parse(
			'{"coordinates":' + JSON.stringify(square.coordinates) + ',"type":"Polygon"}'
		) as Geometry;
		expect(sameGeometry(square, reordered)).toBe(true);
		expect(sameGeometry(square, null)).toBe(false);
		expect(sameGeometry(null, null)).toBe(true);
	});
});

function toStored(q: ImportedQuartier): StoredQuartier {
	return {
		qpvCode: q.qpvCode,
		name: q.name,
		centroidLon: q.centroid.lon,
		centroidLat: q.centroid.lat,
		outline: q.outline ?? null,
		inseeCodes: q.communes.map((c) => c.inseeCode)
	};
}
