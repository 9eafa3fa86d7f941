import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
	facility,
	initiative,
	initiativeQuartier,
	initiativeRoom,
	initiativeTranslation,
	organisation,
	practice,
	quartier,
	room
} from '../db/schema.js';
import { OPEN_INITIATIVE_STATUSES, type InitiativeQuery, type InitiativeRecord } from '#lib/domain/open-data-api.js';
import { INITIATIVE_STATUSES, isOneOf } from '#lib/domain/vocabulary.js';
import { iso, quartierIs, searchMatches, searchRank, type Listed, type Window } from './common.js';

/**
 * Public initiatives: not ideas (see OPEN_INITIATIVE_STATUSES), and only those of a published
 * practice, so that an initiative never points at a practice the open data does not have.
 * Contact e-mail and phone stay out, for the reason given for organisations.
 */
const isPublic = and(inArray(initiative.status, [...OPEN_INITIATIVE_STATUSES]), eq(practice.status, 'published'));

const columns = {
	initiative,
	practiceSlug: practice.slug,
	practiceTitle: practice.title,
	organisationName: organisation.name
};

function filters(query: Partial<InitiativeQuery>): SQL | undefined {
	return and(
		isPublic,
		query.q ? searchMatches('initiative', query.q) : undefined,
		query.status ? eq(initiative.status, query.status) : undefined,
		query.quartier
			? sql`${initiative.id} IN (SELECT "initiative_id" FROM "initiative_quartier" WHERE ${quartierIs(initiativeQuartier.quartierId, query.quartier)})`
			: undefined,
		query.commune
			? sql`${initiative.id} IN (SELECT iq."initiative_id" FROM "initiative_quartier" iq JOIN "quartier" q ON q."id" = iq."quartier_id" LEFT JOIN "quartier_commune" qc ON qc."quartier_id" = q."id" JOIN "commune" c ON c."id" = q."commune_id" OR c."id" = qc."commune_id" WHERE c."insee_code" = ${query.commune})`
			: undefined,
		query.practice ? or(eq(practice.id, query.practice), eq(practice.slug, query.practice)) : undefined,
		query.organisation ? eq(initiative.organisationId, query.organisation) : undefined
	);
}

function from(db: Database) {
	return db
		.select(columns)
		.from(initiative)
		.innerJoin(practice, eq(practice.id, initiative.practiceId))
		.innerJoin(organisation, eq(organisation.id, initiative.organisationId));
}
type Row = Awaited<ReturnType<ReturnType<typeof from>['execute']>>[number];

async function toRecords(db: Database, rows: Row[]): Promise<InitiativeRecord[]> {
	const ids = rows.map((r) => r.initiative.id);
	if (ids.length === 0) return [];
	const [quartiers, rooms, translations] = await Promise.all([
		db
			.select({
				initiativeId: initiativeQuartier.initiativeId,
				id: quartier.id,
				name: quartier.name,
				qpvCode: quartier.qpvCode
			})
			.from(initiativeQuartier)
			.innerJoin(quartier, eq(quartier.id, initiativeQuartier.quartierId))
			.where(inArray(initiativeQuartier.initiativeId, ids))
			.orderBy(asc(quartier.name)),
		db
			.select({
				initiativeId: initiativeRoom.initiativeId,
				id: room.id,
				name: room.name,
				lon: facility.lon,
				lat: facility.lat
			})
			.from(initiativeRoom)
			.innerJoin(room, eq(room.id, initiativeRoom.roomId))
			.innerJoin(facility, eq(facility.id, room.facilityId))
			.where(inArray(initiativeRoom.initiativeId, ids))
			.orderBy(asc(room.name)),
		db.select().from(initiativeTranslation).where(inArray(initiativeTranslation.initiativeId, ids))
	]);
	return rows.map(({ initiative: i, practiceSlug, practiceTitle, organisationName }) => {
		const text = (locale: string) => {
			const t = translations.find((x) => x.initiativeId === i.id && x.locale === locale);
			return t ? { title: t.title, summary: t.summary, schedule: t.schedule, how_to_join: t.howToJoin } : undefined;
		};
		const en = text('en');
		const ar = text('ar');
		return {
			id: i.id,
			title: i.title,
			summary: i.summary,
			status: isOneOf(INITIATIVE_STATUSES, i.status) ? i.status : 'idea',
			schedule: i.schedule,
			how_to_join: i.howToJoin,
			website: i.website,
			started_on: i.startedOn,
			practice_id: i.practiceId,
			practice_slug: practiceSlug,
			practice_title: practiceTitle,
			organisation_id: i.organisationId,
			organisation_name: organisationName,
			quartiers: quartiers
				.filter((q) => q.initiativeId === i.id)
				.map((q) => ({ id: q.id, name: q.name, qpv_code: q.qpvCode })),
			rooms: rooms
				.filter((r) => r.initiativeId === i.id)
				.map((r) => ({ id: r.id, name: r.name, lon: r.lon, lat: r.lat })),
			translations: { ...(en ? { en } : {}), ...(ar ? { ar } : {}) },
			updated_at: iso(i.updatedAt)
		};
	});
}

/** Public initiatives, best search match first when searching, otherwise by title. */
export async function listInitiatives(
	db: Database,
	query: Partial<InitiativeQuery>,
	window?: Window
): Promise<Listed<InitiativeRecord>> {
	const where = filters(query);
	const order = [
		...(query.q ? [desc(searchRank('initiative', query.q))] : []),
		asc(initiative.title),
		asc(initiative.id)
	];
	const ordered = from(db)
		.where(where)
		.orderBy(...order);
	const rows = window ? await ordered.limit(window.limit).offset(window.offset) : await ordered;
	const [{ n } = { n: 0 }] = await db
		.select({ n: count() })
		.from(initiative)
		.innerJoin(practice, eq(practice.id, initiative.practiceId))
		.where(where);
	return { rows: await toRecords(db, rows), total: Number(n) };
}

/** A public initiative; `includeNonPublic` is for its own members, who see it whatever its status. */
export async function getInitiative(
	db: Database,
	id: string,
	options: { includeNonPublic?: boolean } = {}
): Promise<InitiativeRecord | null> {
	const rows = await from(db).where(and(eq(initiative.id, id), options.includeNonPublic ? undefined : isPublic));
	const [record] = await toRecords(db, rows);
	return record ?? null;
}

/** The centroids of quartiers, to place initiatives that have no room on a map. */
export async function quartierCentroids(
	db: Database,
	ids: string[]
): Promise<Map<string, { lon: number | null; lat: number | null }>> {
	if (ids.length === 0) return new Map();
	const rows = await db
		.select({ id: quartier.id, lon: quartier.centroidLon, lat: quartier.centroidLat })
		.from(quartier)
		.where(inArray(quartier.id, ids));
	return new Map(rows.map((r) => [r.id, { lon: r.lon, lat: r.lat }]));
}
