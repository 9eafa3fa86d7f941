/**
 * The platform's own figures for one quartier, read from the database and handed to the pure
 * aggregation of #lib/domain/platform-indicators.ts and #lib/domain/impact-indicators.ts: its
 * public needs, the responses to its closed public consultations, its rooms' occupancy, and the
 * impact reports of its initiatives.
 */
import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { consultation, consultationQuartier, need } from '../db/schema.js';
import { bookingsInScope, closuresInScope, resolveScope } from '../calendars/bookings-in-scope.js';
import { loadResponses } from '../consultation-results/load.js';
import { LISTED_STATUSES } from '#lib/domain/need-vocabulary.js';
import { roomWeekOccupancy, combineRooms, weekInterval, weeksFrom, percent } from '#lib/domain/occupancy.js';
import { toLocal } from '#lib/domain/zoned-time.js';
import { consultationParticipation, needsByTheme } from '#lib/domain/platform-indicators.js';
import type { ResultResponse } from '#lib/domain/consultation-results.js';

/** Published needs of the quartier (and every later step), by theme. */
export async function quartierNeedFigures(db: Database, quartierId: string) {
	const rows = await db
		.select({ theme: need.theme, supportCount: need.supportCount })
		.from(need)
		.where(and(eq(need.quartierId, quartierId), inArray(need.status, [...LISTED_STATUSES])));
	return needsByTheme(rows);
}

/**
 * Respondents of the quartier's consultations whose results are public (published and closed),
 * by gender and age band from the optional demographic block only. A response without the
 * block counts as "not stated".
 */
export async function quartierParticipation(db: Database, quartierId: string, now: Date) {
	const open = await db
		.select({ id: consultation.id })
		.from(consultationQuartier)
		.innerJoin(consultation, eq(consultation.id, consultationQuartier.consultationId))
		.where(
			and(
				eq(consultationQuartier.quartierId, quartierId),
				eq(consultation.status, 'published'),
				lte(consultation.closesAt, now)
			)
		);
	const responses: ResultResponse[] = [];
	for (const c of open) responses.push(...(await loadResponses(db, c.id)));
	return { consultations: open.length, ...consultationParticipation(responses) };
}

/** How many weeks the rooms' occupancy is averaged over, from the current week. */
export const OCCUPANCY_WEEKS = 4;

/**
 * The quartier's rooms and their occupancy over the coming weeks (confirmed bookings within
 * opening hours): per room and all rooms together, as whole percentages.
 */
export async function quartierRoomOccupancy(db: Database, quartierKey: string, now: Date) {
	const scope = await resolveScope(db, 'quartier', quartierKey);
	if (!scope?.rooms) return { rooms: [], rate: null, weeks: OCCUPANCY_WEEKS };
	const weeks = weeksFrom(toLocal(now, scope.timeZone).date, OCCUPANCY_WEEKS);
	const range = {
		start: weekInterval(weeks[0]!, scope.timeZone).start,
		end: weekInterval(weeks[weeks.length - 1]!, scope.timeZone).end
	};
	const [bookings, closures] = await Promise.all([
		bookingsInScope(db, scope, range, { statuses: ['confirmed'] }),
		closuresInScope(db, scope, range)
	]);
	const bookingsOf = Map.groupBy(bookings, (b) => b.roomId);
	const closuresOf = Map.groupBy(closures, (c) => c.roomId);
	const perRoom = scope.rooms.map((r) => {
		const roomClosures = (closuresOf.get(r.id) ?? []).map((c) => c.interval);
		const roomBookings = (bookingsOf.get(r.id) ?? []).map((b) => ({
			interval: b.interval,
			organisationId: b.organisationId,
			publics: b.publics
		}));
		const byWeek = weeks.map((weekStart) =>
			roomWeekOccupancy({
				weekStart,
				timeZone: scope.timeZone,
				openingHours: r.openingHours,
				closures: roomClosures,
				bookings: roomBookings
			})
		);
		const all = combineRooms(weeks[0]!, byWeek);
		return { room: r, weeks: byWeek, all };
	});
	const together = combineRooms(
		weeks[0]!,
		perRoom.map((p) => p.all)
	);
	return {
		weeks: OCCUPANCY_WEEKS,
		from: weeks[0]!,
		rate: percent(together.rate),
		rooms: perRoom.map((p) => ({
			id: p.room.id,
			name: p.room.name,
			facilityName: p.room.facilityName,
			rate: percent(p.all.rate),
			bookedHours: Math.round(p.all.bookedMinutes / 60),
			onRequest: p.all.openMinutes === null
		}))
	};
}
