// Extracts the demo territory's real public data from ../shared/data into the project.
// Run once when the demo's choice of quartiers changes: node scripts/extract-demo-data.mjs
// Figures are copied, never edited by hand; the provenance is in src/lib/server/demo/README.md.
import { readFileSync, writeFileSync } from 'node:fs';

const SHARED = process.env.SHARED_DATA ?? '../shared/data';
const COMMUNE = '69266';
const QPV = ['QN06920M', 'QN06921M', 'QN06922M'];
const TIERS_LIEUX = ['307', '315', '353'];

function parseCsv(text) {
	const rows = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line) continue;
		const cells = [];
		let cur = '';
		let quoted = false;
		for (let i = 0; i < line.length; i++) {
			const ch = line[i];
			if (quoted) {
				if (ch === '"' && line[i + 1] === '"') {
					cur += '"';
					i++;
				} else if (ch === '"') quoted = false;
				else cur += ch;
			} else if (ch === '"') quoted = true;
			else if (ch === ',') {
				cells.push(cur);
				cur = '';
			} else cur += ch;
		}
		cells.push(cur);
		rows.push(cells);
	}
	const [head, ...body] = rows;
	return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const list = parseCsv(readFileSync(`${SHARED}/qpv2024/qpv2024_list_centroids.csv`, 'utf8'));
const outlines = JSON.parse(readFileSync(`${SHARED}/qpv2024/qpv2024_contours_simplified.geojson`, 'utf8'));
const tiers = parseCsv(readFileSync(`${SHARED}/tiers-lieux-2019/CGET_TiersLieux_2019.csv`, 'utf8'));

const quartiers = QPV.map((code) => {
	const row = list.find((r) => r.code_qp === code);
	const feature = outlines.features.find((f) => f.properties.code_qp === code);
	if (!row || !feature) throw new Error(`QPV ${code} not found`);
	if (!row.insee_com.split(';').includes(COMMUNE)) throw new Error(`${code} is not in ${COMMUNE}`);
	return {
		qpvCode: code,
		name: row.lib_qp,
		centroidLon: Number(row.centroid_lon),
		centroidLat: Number(row.centroid_lat),
		outline: feature.geometry
	};
});

const facilities = TIERS_LIEUX.map((id) => {
	const row = tiers.find((r) => r.ID === id);
	if (!row) throw new Error(`tiers-lieu ${id} not found`);
	return {
		sourceId: id,
		name: row.NOM_TL,
		address: `${row.ADRESSE}, ${row.CP} ${row.NOMCOM}`,
		lat: Number(row.LAT),
		lon: Number(row.LONG),
		web: row.WEB
	};
});

const commune = {
	inseeCode: COMMUNE,
	name: list.find((r) => r.code_qp === QPV[0]).lib_com,
	holidayZone: 'A',
	timeZone: 'Europe/Paris'
};
writeFileSync('src/lib/server/demo/territory.json', JSON.stringify({ commune, quartiers, facilities }, null, 1) + '\n');
console.log(`wrote ${quartiers.length} quartiers and ${facilities.length} facilities of ${commune.name}`);
