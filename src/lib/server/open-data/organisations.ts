import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, organisation, organisationQuartier, quartier } from '../db/schema.js';
import type { OrganisationQuery, OrganisationRecord } from '#lib/domain/open-data-api.js';
import { iso, quartierIs, searchMatches, searchRank, type Listed, type Window } from './common.js';

/**
 * What the open data says of an organisation. Deliberately absent: its members (people) and its
 * contact e-mail and phone. For small associations these are often a volunteer's own mobile or
 * address — personal data, which the CRPA (art. L312-1-2) lets an administration publish online
 * only once anonymised — and a bulk, freely re-usable file would turn them into a mailing list.
 * People who want to get in touch find the contact on the organisation's page, or its website.
 */
const columns = {
	id: organisation.id,
	name: organisation.name,
	type: organisation.type,
	description: organisation.description,
	website: organisation.website,
	updatedAt: organisation.updatedAt,
	communeInsee: commune.inseeCode,
	communeName: commune.name
};

function filters(query: Partial<OrganisationQuery>): SQL | undefined {
	return and(
		query.q ? searchMatches('organisation', query.q) : undefined,
		query.type ? eq(organisation.type, query.type) : undefined,
		query.commune ? eq(commune.inseeCode, query.commune) : undefined,
		query.quartier
			? sql`${organisation.id} IN (SELECT "organisation_id" FROM "organisation_quartier" WHERE ${quartierIs(organisationQuartier.quartierId, query.quartier)})`
			: undefined
	);
}

export async function quartiersOf(db: Database, ids: string[]): Promise<Map<string, OrganisationRecord['quartiers']>> {
	const map = new Map<string, OrganisationRecord['quartiers']>();
	if (ids.length === 0) return map;
	const rows = await db
		.select({
			organisationId: organisationQuartier.organisationId,
			id: quartier.id,
			name: quartier.name,
			qpvCode: quartier.qpvCode
		})
		.from(organisationQuartier)
		.innerJoin(quartier, eq(quartier.id, organisationQuartier.quartierId))
		.where(inArray(organisationQuartier.organisationId, ids))
		.orderBy(asc(quartier.name));
	for (const r of rows)
		map.set(r.organisationId, [...(map.get(r.organisationId) ?? []), { id: r.id, name: r.name, qpv_code: r.qpvCode }]);
	return map;
}

interface Row {
	id: string;
	name: string;
	type: string;
	description: string;
	website: string | null;
	updatedAt: Date;
	communeInsee: string | null;
	communeName: string | null;
}

async function toRecords(db: Database, rows: Row[]): Promise<OrganisationRecord[]> {
	const quartiers = await quartiersOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		type: r.type as OrganisationRecord['type'],
		description: r.description,
		commune_insee_code: r.communeInsee,
		commune_name: r.communeName,
		website: r.website,
		quartiers: quartiers.get(r.id) ?? [],
		updated_at: iso(r.updatedAt)
	}));
}

export async function listOrganisations(
	db: Database,
	query: Partial<OrganisationQuery>,
	window?: Window
): Promise<Listed<OrganisationRecord>> {
	const where = filters(query);
	const order = [
		...(query.q ? [desc(searchRank('organisation', query.q))] : []),
		asc(organisation.name),
		asc(organisation.id)
	];
	const ordered = db
		.select(columns)
		.from(organisation)
		.leftJoin(commune, eq(commune.id, organisation.communeId))
		.where(where)
		.orderBy(...order);
	const rows = window ? await ordered.limit(window.limit).offset(window.offset) : await ordered;
	const [{ n } = { n: 0 }] = await db
		.select({ n: count() })
		.from(organisation)
		.leftJoin(commune, eq(commune.id, organisation.communeId))
		.where(where);
	return { rows: await toRecords(db, rows), total: Number(n) };
}

export async function getOrganisation(db: Database, id: string): Promise<OrganisationRecord | null> {
	const rows = await db
		.select(columns)
		.from(organisation)
		.leftJoin(commune, eq(commune.id, organisation.communeId))
		.where(eq(organisation.id, id));
	const [record] = await toRecords(db, rows);
	return record ?? null;
}
