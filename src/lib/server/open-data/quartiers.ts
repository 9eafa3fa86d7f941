import { and, asc, count, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, quartier, quartierCommune } from '../db/schema.js';
import type { QuartierDetail, QuartierQuery, QuartierRecord } from '#lib/domain/open-data-api.js';
import { iso, type Listed, type Window } from './common.js';

const columns = {
	id: quartier.id,
	name: quartier.name,
	qpvCode: quartier.qpvCode,
	outline: quartier.outline,
	centroidLon: quartier.centroidLon,
	centroidLat: quartier.centroidLat,
	updatedAt: quartier.updatedAt,
	communeInsee: commune.inseeCode,
	communeName: commune.name
};
interface Row {
	id: string;
	name: string;
	qpvCode: string | null;
	outline: unknown;
	centroidLon: number | null;
	centroidLat: number | null;
	updatedAt: Date;
	communeInsee: string;
	communeName: string;
}

function filters(query: Partial<QuartierQuery>): SQL | undefined {
	return and(
		query.commune
			? sql`(${quartier.id} IN (SELECT qc."quartier_id" FROM "quartier_commune" qc JOIN "commune" c ON c."id" = qc."commune_id" WHERE c."insee_code" = ${query.commune}) OR ${commune.inseeCode} = ${query.commune})`
			: undefined,
		query.qpv === true ? isNotNull(quartier.qpvCode) : query.qpv === false ? isNull(quartier.qpvCode) : undefined
	);
}

async function communesOf(db: Database, ids: string[]) {
	const byQuartier = new Map<string, { insee_code: string; name: string }[]>();
	if (ids.length === 0) return byQuartier;
	const rows = await db
		.select({ quartierId: quartierCommune.quartierId, insee: commune.inseeCode, name: commune.name })
		.from(quartierCommune)
		.innerJoin(commune, eq(commune.id, quartierCommune.communeId))
		.where(inArray(quartierCommune.quartierId, ids))
		.orderBy(asc(commune.inseeCode));
	for (const r of rows)
		byQuartier.set(r.quartierId, [...(byQuartier.get(r.quartierId) ?? []), { insee_code: r.insee, name: r.name }]);
	return byQuartier;
}

async function toRecords(db: Database, rows: Row[]): Promise<QuartierDetail[]> {
	const communes = await communesOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		qpv_code: r.qpvCode,
		commune_insee_code: r.communeInsee,
		commune_name: r.communeName,
		communes: communes.get(r.id) ?? [{ insee_code: r.communeInsee, name: r.communeName }],
		centroid_lon: r.centroidLon,
		centroid_lat: r.centroidLat,
		updated_at: iso(r.updatedAt),
		outline: (r.outline ?? null) as QuartierDetail['outline']
	}));
}

/** Quartiers by commune and name; the outlines come with them (the GeoJSON download needs them). */
export async function listQuartiers(
	db: Database,
	query: Partial<QuartierQuery>,
	window?: Window
): Promise<Listed<QuartierDetail>> {
	const where = filters(query);
	const base = db.select(columns).from(quartier).innerJoin(commune, eq(commune.id, quartier.communeId)).where(where);
	const ordered = base.orderBy(asc(commune.inseeCode), asc(quartier.name), asc(quartier.id));
	const rows = window ? await ordered.limit(window.limit).offset(window.offset) : await ordered;
	const [{ n } = { n: 0 }] = await db
		.select({ n: count() })
		.from(quartier)
		.innerJoin(commune, eq(commune.id, quartier.communeId))
		.where(where);
	return { rows: await toRecords(db, rows), total: Number(n) };
}

/** In a list, a quartier without its outline (they are large): the detail has it. */
export function withoutOutline({ outline: _outline, ...rest }: QuartierDetail): QuartierRecord {
	return rest;
}

export async function getQuartier(db: Database, id: string): Promise<QuartierDetail | null> {
	const rows = await db
		.select(columns)
		.from(quartier)
		.innerJoin(commune, eq(commune.id, quartier.communeId))
		.where(eq(quartier.id, id));
	const [record] = await toRecords(db, rows);
	return record ?? null;
}
