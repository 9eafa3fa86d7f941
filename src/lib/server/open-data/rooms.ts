import { and, asc, count, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, facility, quartier, room } from '../db/schema.js';
import type { RoomQuery, RoomRecord } from '#lib/domain/open-data-api.js';
import { KITCHEN_LEVELS, isOneOf, type OpeningPeriod } from '#lib/domain/vocabulary.js';
import { iso, quartierIs, searchMatches, searchRank, type Listed, type Window } from './common.js';

const columns = {
	room,
	facilityName: facility.name,
	address: facility.address,
	lon: facility.lon,
	lat: facility.lat,
	communeInsee: commune.inseeCode,
	communeName: commune.name,
	quartierId: quartier.id,
	quartierName: quartier.name,
	qpvCode: quartier.qpvCode
};

function filters(query: Partial<RoomQuery>): SQL | undefined {
	const q = query.q;
	return and(
		q ? sql`(${searchMatches('room', q)} OR ${searchMatches('facility', q)})` : undefined,
		query.quartier ? quartierIs(facility.quartierId, query.quartier) : undefined,
		query.commune ? eq(commune.inseeCode, query.commune) : undefined,
		query.kitchen_level
			? inArray(room.kitchenLevel, KITCHEN_LEVELS.slice(KITCHEN_LEVELS.indexOf(query.kitchen_level)))
			: undefined,
		query.min_area !== undefined ? gte(room.areaM2, query.min_area) : undefined,
		query.min_capacity !== undefined ? gte(room.capacity, query.min_capacity) : undefined,
		query.step_free ? eq(room.stepFree, true) : undefined
	);
}

function from(db: Database) {
	return db
		.select(columns)
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.innerJoin(commune, eq(commune.id, facility.communeId))
		.leftJoin(quartier, eq(quartier.id, facility.quartierId));
}

/** Opening hours as stored (jsonb written by the rooms pages), keeping only well-formed periods. */
function openingHours(value: unknown): OpeningPeriod[] {
	if (!Array.isArray(value)) return [];
	return value.filter(
		(p): p is OpeningPeriod =>
			p !== null &&
			typeof p === 'object' &&
			Number.isInteger((p as OpeningPeriod).weekday) &&
			typeof (p as OpeningPeriod).start === 'string' &&
			typeof (p as OpeningPeriod).end === 'string'
	);
}

function toRecord(r: Awaited<ReturnType<ReturnType<typeof from>['execute']>>[number]): RoomRecord {
	const x = r.room;
	return {
		id: x.id,
		name: x.name,
		description: x.description,
		facility_id: x.facilityId,
		facility_name: r.facilityName,
		address: r.address,
		commune_insee_code: r.communeInsee,
		commune_name: r.communeName,
		quartier_id: r.quartierId,
		quartier_name: r.quartierName,
		qpv_code: r.qpvCode,
		lon: r.lon,
		lat: r.lat,
		area_m2: x.areaM2,
		capacity: x.capacity,
		kitchen_level: isOneOf(KITCHEN_LEVELS, x.kitchenLevel) ? x.kitchenLevel : 'none',
		toilets: x.toilets,
		child_toilets: x.childToilets,
		changing_table: x.changingTable,
		storage_m2: x.storageM2,
		outdoor_m2: x.outdoorM2,
		step_free: x.stepFree,
		van_access: x.vanAccess,
		parking: x.parking,
		water_point: x.waterPoint,
		opening_hours: openingHours(x.openingHours),
		approval_required: x.approvalRequired,
		min_notice_hours: x.minNoticeHours,
		max_booking_minutes: x.maxBookingMinutes,
		bookable_by: x.bookableBy as RoomRecord['bookable_by'],
		updated_at: iso(x.updatedAt)
	};
}

/** Rooms, best search match first when searching, otherwise by commune, facility and name. */
export async function listRooms(db: Database, query: Partial<RoomQuery>, window?: Window): Promise<Listed<RoomRecord>> {
	const where = filters(query);
	const order = [
		...(query.q ? [desc(sql`${searchRank('room', query.q)} + ${searchRank('facility', query.q)}`)] : []),
		asc(commune.inseeCode),
		asc(facility.name),
		asc(room.name),
		asc(room.id)
	];
	const ordered = from(db)
		.where(where)
		.orderBy(...order);
	const rows = window ? await ordered.limit(window.limit).offset(window.offset) : await ordered;
	const [{ n } = { n: 0 }] = await db
		.select({ n: count() })
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.innerJoin(commune, eq(commune.id, facility.communeId))
		.where(where);
	return { rows: rows.map(toRecord), total: Number(n) };
}

export async function getRoom(db: Database, id: string): Promise<RoomRecord | null> {
	const [row] = await from(db).where(eq(room.id, id));
	return row ? toRecord(row) : null;
}
