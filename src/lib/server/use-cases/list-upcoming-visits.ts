import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { rowsOf } from '../db/client.js';
import { fromRangeLiteral, toLocal } from '#lib/domain/zoned-time.js';

export interface Visit {
	date: string;
	start: string;
	end: string;
	timeZone: string;
	circuitId: string;
	title: string;
	organisationName: string;
	initiativeId: string | null;
	/** In the reader's language when the initiative has that translation. */
	initiativeTitle: string | null;
	roomName: string;
	facilityId: string;
	facilityName: string;
	address: string;
	quartierName: string | null;
}

/**
 * "When does the crèche come to my quartier": the next confirmed, public visits of itinerant
 * circuits, in a quartier or for an initiative, soonest first, in the commune's wall-clock time.
 * A visit under way (started, not ended) is still listed.
 */
export async function listUpcomingVisits(
	ctx: Pick<AppContext, 'db'>,
	input: { quartierId?: string; initiativeId?: string; now: Date; days?: number; limit?: number; locale?: string }
): Promise<Visit[]> {
	const until = new Date(input.now.getTime() + (input.days ?? 28) * 86_400_000);
	const where = [
		sql`b.status = 'confirmed'`,
		sql`b.is_public`,
		sql`s.circuit_id IS NOT NULL`,
		sql`b.during && tstzrange(${input.now.toISOString()}::timestamptz, ${until.toISOString()}::timestamptz, '[)')`
	];
	if (input.quartierId) where.push(sql`f.quartier_id = ${input.quartierId}`);
	if (input.initiativeId) where.push(sql`s.initiative_id = ${input.initiativeId}`);
	const result = await ctx.db.execute(sql`
		SELECT b.during::text AS during, s.time_zone, c.id AS circuit_id, c.title, o.name AS organisation_name,
		       i.id AS initiative_id, coalesce(t.title, i.title) AS initiative_title,
		       r.name AS room_name, f.id AS facility_id, f.name AS facility_name, f.address, q.name AS quartier_name
		FROM booking b
		JOIN booking_series s ON s.id = b.series_id
		JOIN booking_circuit c ON c.id = s.circuit_id
		JOIN organisation o ON o.id = c.organisation_id
		JOIN room r ON r.id = b.room_id
		JOIN facility f ON f.id = r.facility_id
		LEFT JOIN quartier q ON q.id = f.quartier_id
		LEFT JOIN initiative i ON i.id = s.initiative_id
		LEFT JOIN initiative_translation t ON t.initiative_id = i.id AND t.locale = ${input.locale ?? 'fr'}
		WHERE ${sql.join(where, sql` AND `)}
		ORDER BY lower(b.during), r.name
		LIMIT ${Math.min(input.limit ?? 10, 200)}`);
	return rowsOf<{
		during: string;
		time_zone: string;
		circuit_id: string;
		title: string;
		organisation_name: string;
		initiative_id: string | null;
		initiative_title: string | null;
		room_name: string;
		facility_id: string;
		facility_name: string;
		address: string;
		quartier_name: string | null;
	}>(result).map((r) => {
		const interval = fromRangeLiteral(r.during);
		const start = toLocal(interval.start, r.time_zone);
		return {
			date: start.date,
			start: start.time,
			end: toLocal(interval.end, r.time_zone).time,
			timeZone: r.time_zone,
			circuitId: r.circuit_id,
			title: r.title,
			organisationName: r.organisation_name,
			initiativeId: r.initiative_id,
			initiativeTitle: r.initiative_title,
			roomName: r.room_name,
			facilityId: r.facility_id,
			facilityName: r.facility_name,
			address: r.address,
			quartierName: r.quartier_name
		};
	});
}
