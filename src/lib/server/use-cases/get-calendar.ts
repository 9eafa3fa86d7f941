import type { AppContext } from '../context.js';
import {
	bookingsInScope,
	closuresInScope,
	disclosureOf,
	resolveScope,
	schoolHolidaysBetween,
	type CalendarScopeType,
	type Disclosure
} from '../calendars/bookings-in-scope.js';
import type { Actor } from '#lib/domain/authorisation.js';
import {
	monthWeeks,
	neighbours,
	parseViewRequest,
	placeOnDays,
	viewDays,
	viewInterval,
	weekDays,
	type ViewRequest
} from '#lib/domain/calendar-view.js';
import { isAlsaceMoselle, publicHoliday, type PublicHolidayCode } from '#lib/domain/public-holidays.js';
import { holidayOn } from '#lib/domain/school-calendar.js';
import { toLocal, type LocalDate } from '#lib/domain/zoned-time.js';

/** One thing on a day of the calendar, as the reader may see it. */
export interface CalendarEntry {
	kind: 'booking' | 'closure';
	id: string;
	startTime: string;
	endTime: string;
	continuesFromPreviousDay: boolean;
	continuesToNextDay: boolean;
	status: 'pending' | 'confirmed' | 'closed';
	disclosure: Disclosure;
	/** null when the reader may only know the slot is taken. */
	title: string | null;
	organisation: { id: string; name: string } | null;
	initiative: { id: string; title: string } | null;
	/** Shown when the scope has several rooms. */
	room: { id: string; name: string; facilityName: string };
}

export interface CalendarDay {
	date: LocalDate;
	inMonth: boolean;
	isToday: boolean;
	publicHoliday: PublicHolidayCode | null;
	schoolHoliday: string | null;
	entries: CalendarEntry[];
}

/**
 * A week or a month of a room, facility, quartier or organisation, in its commune's time zone:
 * pending and confirmed bookings (with what this reader may see of each), closures, public
 * holidays and school holidays. Null when the scope does not exist. `now` decides "today".
 */
export async function getCalendar(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	scopeType: CalendarScopeType,
	key: string,
	query: { view: string | null; date: string | null },
	now: Date
) {
	const scope = await resolveScope(ctx.db, scopeType, key);
	if (!scope) return null;
	const today = toLocal(now, scope.timeZone).date;
	const request: ViewRequest = parseViewRequest(query.view, query.date, today);
	const days = viewDays(request);
	const range = viewInterval(request, scope.timeZone);
	const [bookings, closures, schoolHolidays] = await Promise.all([
		bookingsInScope(ctx.db, scope, range),
		closuresInScope(ctx.db, scope, range),
		schoolHolidaysBetween(ctx.db, scope.holidayZone, days[0]!, days[days.length - 1]!)
	]);
	const roomsById = new Map((scope.rooms ?? []).map((r) => [r.id, r]));
	type Placeable = {
		interval: { start: Date; end: Date };
		entry: Omit<CalendarEntry, 'startTime' | 'endTime' | 'continuesFromPreviousDay' | 'continuesToNextDay'>;
	};
	const items: Placeable[] = [];
	for (const b of bookings) {
		const disclosure = disclosureOf(actor, b);
		// An organisation's own calendar shows only what a reader may know it booked: a private
		// booking there would tell where and when that organisation is.
		if (disclosure === 'busy' && scope.rooms === null) continue;
		items.push({
			interval: b.interval,
			entry: {
				kind: 'booking',
				id: b.id,
				status: b.status,
				disclosure,
				title: disclosure === 'busy' ? null : b.title,
				organisation:
					disclosure !== 'busy' && b.organisationId && b.organisationName
						? { id: b.organisationId, name: b.organisationName }
						: null,
				initiative:
					disclosure !== 'busy' && b.initiativeId && b.initiativeTitle
						? { id: b.initiativeId, title: b.initiativeTitle }
						: null,
				room: { id: b.roomId, name: b.roomName, facilityName: b.facilityName }
			}
		});
	}
	for (const c of closures) {
		const r = roomsById.get(c.roomId);
		if (!r) continue;
		items.push({
			interval: c.interval,
			entry: {
				kind: 'closure',
				id: c.id,
				status: 'closed',
				disclosure: 'public',
				title: c.reason,
				organisation: null,
				initiative: null,
				room: { id: r.id, name: r.name, facilityName: r.facilityName }
			}
		});
	}
	const placed = placeOnDays(items, days, scope.timeZone);
	const alsaceMoselle = isAlsaceMoselle(scope.departement);
	const month = request.date.slice(0, 7);
	const dayOf = (date: LocalDate): CalendarDay => ({
		date,
		inMonth: request.view === 'week' || date.slice(0, 7) === month,
		isToday: date === today,
		publicHoliday: publicHoliday(date, { alsaceMoselle }),
		schoolHoliday: holidayOn(date, { zone: null, holidays: schoolHolidays, years: [] })?.name ?? null,
		entries: (placed.get(date) ?? []).map((p) => ({
			...p.item.entry,
			startTime: p.startTime,
			endTime: p.endTime,
			continuesFromPreviousDay: p.continuesFromPreviousDay,
			continuesToNextDay: p.continuesToNextDay
		}))
	});
	const weeks = (request.view === 'week' ? [weekDays(request.date)] : monthWeeks(request.date)).map((w) =>
		w.map(dayOf)
	);
	return {
		scope: {
			type: scope.type,
			key: scope.key,
			id: scope.id,
			name: scope.name,
			context: scope.context,
			timeZone: scope.timeZone,
			roomCount: scope.rooms?.length ?? null
		},
		request,
		today,
		links: neighbours(request, today),
		weeks,
		/** Shown so that a reader knows why no school holiday appears. */
		schoolZone: scope.holidayZone
	};
}

export type CalendarData = NonNullable<Awaited<ReturnType<typeof getCalendar>>>;
