/**
 * Alternatives to a taken slot: other rooms of the same commune that fit the practice (the same
 * quartier first), and other times in the same room — with, for each, how many of the dates are
 * taken there. All the counting is one query (conflict-counts.ts).
 */
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, facility, initiative, practice, quartier, room } from '../db/schema.js';
import { kitchen, practiceRequirementColumns, roomEquipmentColumns } from '../fit/equipment.js';
import { countConflicts } from './conflict-counts.js';
import { candidateTimes, rankAvailability, shiftDates, type AvailabilityCandidate } from '#lib/domain/availability.js';
import { fit, type Fit } from '#lib/domain/fit.js';
import { openingHoursFromStorage } from '#lib/domain/opening-hours.js';
import type { PracticeRequirements } from '#lib/domain/vocabulary.js';
import { localInterval, toLocal, type Interval, type LocalDate, type LocalTime } from '#lib/domain/zoned-time.js';

/** One date of a request and its instants (the shape occurrencesOf returns). */
export interface AskedOccurrence {
	date: LocalDate;
	interval: Interval;
}

export interface AlternativeRoom {
	roomId: string;
	name: string;
	facilityName: string;
	quartierName: string | null;
	/** Null when neither a practice nor an initiative was given. */
	fit: Fit | null;
	/** How many of the dates are taken in that room (0 first). */
	conflicts: number;
}

export interface AlternativeTime {
	startTime: LocalTime;
	endTime: LocalTime;
	/** The weekday (1 = Monday) of every moved date, when the dates were moved to one other weekday. */
	weekday?: number;
	/** Days added to every date (0: same days, another time). */
	dayOffset: number;
	/** The first moved date, to prefill a booking form. */
	firstDate: LocalDate;
	conflicts: number;
}

export interface Alternatives {
	rooms: AlternativeRoom[];
	times: AlternativeTime[];
	/** How many dates were asked about: conflicts are "N of total". */
	total: number;
}

/** The requirements of the practice asked for, directly or through an initiative. */
async function requirementsOf(
	db: Database,
	input: { practiceId?: string | null; initiativeId?: string | null }
): Promise<PracticeRequirements | null> {
	let practiceId = input.practiceId ?? null;
	if (!practiceId && input.initiativeId) {
		const [i] = await db
			.select({ practiceId: initiative.practiceId })
			.from(initiative)
			.where(eq(initiative.id, input.initiativeId));
		practiceId = i?.practiceId ?? null;
	}
	if (!practiceId) return null;
	const [p] = await db.select(practiceRequirementColumns).from(practice).where(eq(practice.id, practiceId));
	return p ? { ...p, kitchenLevel: kitchen(p.kitchenLevel) } : null;
}

export async function findAlternatives(
	db: Database,
	input: {
		roomId: string;
		occurrences: readonly AskedOccurrence[];
		practiceId?: string | null;
		initiativeId?: string | null;
		/** A series being edited: its own bookings do not count as conflicts. */
		excludeSeriesId?: string;
		limit?: number;
	}
): Promise<Alternatives> {
	const limit = input.limit ?? 8;
	const empty: Alternatives = { rooms: [], times: [], total: input.occurrences.length };
	if (input.occurrences.length === 0) return empty;
	const [asked] = await db
		.select({
			id: room.id,
			openingHours: room.openingHours,
			communeId: facility.communeId,
			quartierId: facility.quartierId,
			timeZone: commune.timeZone
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.innerJoin(commune, eq(facility.communeId, commune.id))
		.where(eq(room.id, input.roomId));
	if (!asked) return empty;

	const needs = await requirementsOf(db, input);
	const others = await db
		.select({
			id: room.id,
			name: room.name,
			facilityName: facility.name,
			quartierId: facility.quartierId,
			quartierName: quartier.name,
			...roomEquipmentColumns
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.where(and(eq(facility.communeId, asked.communeId), ne(room.id, asked.id)));
	const fitting = others
		.map((r) => ({ r, fit: needs ? fit({ ...r, kitchenLevel: kitchen(r.kitchenLevel) }, needs) : null }))
		.filter((c) => c.fit?.verdict !== 'does_not_fit');

	// The other times keep the wall-clock times of the first date (a series has one time of day).
	const tz = asked.timeZone;
	const first = input.occurrences[0]!;
	const start = toLocal(first.interval.start, tz).time;
	const end = toLocal(first.interval.end, tz).time;
	const dates = input.occurrences.map((o) => o.date);
	// Every time the room is open is counted (one query either way); the freest are kept.
	const times = candidateTimes(dates, start, end, openingHoursFromStorage(asked.openingHours), {
		maxShifts: 48
	});
	const timeDates = times.map((t) => shiftDates(dates, t.dayOffset));

	const [roomCounts = [], ...timeCounts] = await countConflicts(
		db,
		[
			{ roomIds: fitting.map((c) => c.r.id), intervals: input.occurrences.map((o) => o.interval) },
			...times.map((t, i) => ({
				roomIds: [asked.id],
				intervals: timeDates[i]!.map((d) => localInterval(d, t.startTime, t.endTime, tz))
			}))
		],
		{ excludeSeriesId: input.excludeSeriesId }
	);

	const candidates: AvailabilityCandidate<AlternativeRoom>[] = fitting.map((c, i) => ({
		item: {
			roomId: c.r.id,
			name: c.r.name,
			facilityName: c.r.facilityName,
			quartierName: c.r.quartierName,
			fit: c.fit,
			conflicts: roomCounts[i] ?? 0
		},
		fit: c.fit,
		conflicts: roomCounts[i] ?? 0,
		sameQuartier: asked.quartierId !== null && c.r.quartierId === asked.quartierId,
		name: `${c.r.facilityName} ${c.r.name}`
	}));

	const timeResults: AlternativeTime[] = times
		.map((t, i) => ({
			...t,
			firstDate: timeDates[i]![0]!,
			conflicts: timeCounts[i]?.[0] ?? 0
		}))
		// Stable: among equally free times, the nearest shift first, then other days.
		.sort((a, b) => a.conflicts - b.conflicts);

	return {
		rooms: rankAvailability(candidates, 'free_first')
			.slice(0, limit)
			.map((c) => c.item),
		times: timeResults.slice(0, limit),
		total: input.occurrences.length
	};
}
