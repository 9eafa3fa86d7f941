/**
 * How many of some intervals are taken in some rooms — for many rooms and many intervals in ONE
 * query. Each "ask" is a set of rooms crossed with a set of intervals (the dates of a pattern);
 * the arrays go to the database as two pairs of parallel arrays, and the exclusion constraint's
 * GiST index (room_id, during) finds each room's held slots. Closures of a room count as taken.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { toRangeLiteral, type Interval } from '#lib/domain/zoned-time.js';

export interface ConflictAsk {
	roomIds: readonly string[];
	intervals: readonly Interval[];
}

/** A PostgreSQL array literal of quoted strings ('{"a","b"}'), passed as one parameter. */
function arrayLiteral(values: readonly (string | number)[]): string {
	return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

/**
 * For each ask, for each of its rooms (same order), how many of its intervals overlap a pending or
 * confirmed booking or a closure of that room. `excludeSeriesId` leaves out a series being edited.
 */
export async function countConflicts(
	db: Database,
	asks: readonly ConflictAsk[],
	options: { excludeSeriesId?: string } = {}
): Promise<number[][]> {
	const out = asks.map((a) => a.roomIds.map(() => 0));
	const roomAsk: number[] = [];
	const roomIds: string[] = [];
	const rangeAsk: number[] = [];
	const ranges: string[] = [];
	asks.forEach((a, i) => {
		if (a.roomIds.length === 0 || a.intervals.length === 0) return;
		for (const id of a.roomIds) {
			roomAsk.push(i);
			roomIds.push(id);
		}
		for (const interval of a.intervals) {
			rangeAsk.push(i);
			ranges.push(toRangeLiteral(interval));
		}
	});
	if (roomIds.length === 0) return out;
	// Each room's held slots and closures within the whole span of its ask are read once through
	// the GiST indexes (one descent per room, not per room × date); only those that meet one of the
	// dates (a multirange test, a binary search) are then matched to the dates to count them.
	const result = await db.execute(sql`
		WITH asked_room AS (
			SELECT * FROM unnest(${arrayLiteral(roomAsk)}::int[], ${arrayLiteral(roomIds)}::text[]) AS t(ask, room_id)
		), asked_range AS (
			SELECT t.ask, t.during, row_number() OVER () AS n
			FROM unnest(${arrayLiteral(rangeAsk)}::int[], ${arrayLiteral(ranges)}::tstzrange[]) AS t(ask, during)
		), span AS (
			SELECT ask, range_agg(during) AS dates, tstzrange(min(lower(during)), max(upper(during)), '[)') AS during
			FROM asked_range GROUP BY ask
		), taken AS (
			SELECT r.ask, r.room_id, b.during
			FROM asked_room r JOIN span s ON s.ask = r.ask
			JOIN booking b ON b.room_id = r.room_id AND b.status IN ('pending', 'confirmed') AND b.during && s.during
				AND b.during && s.dates
			${options.excludeSeriesId ? sql`WHERE b.series_id IS DISTINCT FROM ${options.excludeSeriesId}` : sql``}
			UNION ALL
			SELECT r.ask, r.room_id, c.during
			FROM asked_room r JOIN span s ON s.ask = r.ask
			JOIN room_closure c ON c.room_id = r.room_id AND c.during && s.during AND c.during && s.dates
		)
		SELECT t.ask, t.room_id, count(DISTINCT g.n)::int AS conflicts
		FROM taken t JOIN asked_range g ON g.ask = t.ask AND g.during && t.during
		GROUP BY t.ask, t.room_id`);
	const index = asks.map((a) => new Map(a.roomIds.map((id, j) => [id, j])));
	for (const row of rowsOf<{ ask: number; room_id: string; conflicts: number }>(result)) {
		const j = index[Number(row.ask)]?.get(row.room_id);
		if (j !== undefined) out[Number(row.ask)]![j] = Number(row.conflicts);
	}
	return out;
}
