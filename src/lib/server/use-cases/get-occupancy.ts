import type { AppContext } from '../context.js';
import { bookingsInScope, closuresInScope, resolveScope } from '../calendars/bookings-in-scope.js';
import { combineRooms, roomWeekOccupancy, weekInterval, weeksFrom } from '#lib/domain/occupancy.js';
import { isLocalDate, toLocal, addDays } from '#lib/domain/zoned-time.js';

export const OCCUPANCY_WEEKS = 8;

/**
 * Occupancy and mutualisation of a room, a facility or a quartier, week by week: open hours,
 * hours booked (confirmed bookings within opening hours), the organisations sharing the rooms
 * and the hours by public served. Public figures: they name organisations, never private titles.
 */
export async function getOccupancy(
	ctx: Pick<AppContext, 'db'>,
	scopeType: 'room' | 'facility' | 'quartier',
	key: string,
	query: { from: string | null },
	now: Date
) {
	const scope = await resolveScope(ctx.db, scopeType, key);
	if (!scope || !scope.rooms) return null;
	const today = toLocal(now, scope.timeZone).date;
	const from =
		query.from && isLocalDate(query.from) && query.from >= '1900-01-01' && query.from <= '2200-12-31'
			? query.from
			: today;
	const weeks = weeksFrom(from, OCCUPANCY_WEEKS);
	const range = {
		start: weekInterval(weeks[0]!, scope.timeZone).start,
		end: weekInterval(weeks[weeks.length - 1]!, scope.timeZone).end
	};
	const [bookings, closures] = await Promise.all([
		bookingsInScope(ctx.db, scope, range, { statuses: ['confirmed'] }),
		closuresInScope(ctx.db, scope, range)
	]);
	const organisationNames = new Map<string, string>();
	for (const b of bookings)
		if (b.organisationId && b.organisationName) organisationNames.set(b.organisationId, b.organisationName);
	const rows = weeks.map((weekStart) => {
		const perRoom = scope.rooms!.map((r) =>
			roomWeekOccupancy({
				weekStart,
				timeZone: scope.timeZone,
				openingHours: r.openingHours,
				closures: closures.filter((c) => c.roomId === r.id).map((c) => c.interval),
				bookings: bookings
					.filter((b) => b.roomId === r.id)
					.map((b) => ({ interval: b.interval, organisationId: b.organisationId, publics: b.publics }))
			})
		);
		const total = combineRooms(weekStart, perRoom);
		return {
			...total,
			organisations: total.organisationIds.map((id) => ({ id, name: organisationNames.get(id) ?? '' }))
		};
	});
	return {
		scope: {
			type: scope.type,
			key: scope.key,
			id: scope.id,
			name: scope.name,
			context: scope.context,
			roomCount: scope.rooms.length
		},
		weeks: rows,
		from: weeks[0]!,
		previous: addDays(weeks[0]!, -7 * OCCUPANCY_WEEKS),
		next: addDays(weeks[0]!, 7 * OCCUPANCY_WEEKS),
		today
	};
}

export type OccupancyData = NonNullable<Awaited<ReturnType<typeof getOccupancy>>>;
