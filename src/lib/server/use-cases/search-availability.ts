/**
 * "A room that fits practice X in quartier Y, Tuesdays 9:00–12:00, school periods, from
 * September": the rooms of the quartier's commune (all rooms when no quartier is given) that fit
 * the practice, each with how many of the dates are taken there — counted for every room and
 * every date in one query. Dates come from the same expansion as a booking request (wall-clock
 * time of each commune's zone, its school calendar, public holidays skipped).
 * Public: rooms, practices and whether a slot is taken are public information (no one's name).
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { commune, facility, practice, practiceTranslation, quartier, room } from '../db/schema.js';
import { kitchen, practiceRequirementColumns, roomEquipmentColumns } from '../fit/equipment.js';
import { countConflicts } from '../bookings/conflict-counts.js';
import { loadSchoolCalendar } from '../bookings/school-calendar.js';
import { rankAvailability, type AvailabilityCandidate } from '#lib/domain/availability.js';
import { bookingLinkParams, searchRule, type AvailabilitySearch } from '#lib/domain/availability-search.js';
import { fit, type Fit } from '#lib/domain/fit.js';
import { pickTranslation, type Locale } from '#lib/domain/locale.js';
import { occurrencesOf, type Occurrence, type SkipReason } from '#lib/domain/occurrences.js';
import { isAlsaceMoselle } from '#lib/domain/public-holidays.js';
import type { SchoolCalendar } from '#lib/domain/school-calendar.js';
import type { LocalDate } from '#lib/domain/zoned-time.js';

export interface AvailableRoom {
	roomId: string;
	name: string;
	facilityName: string;
	quartierName: string | null;
	/** Null when no practice was asked for. */
	fit: Fit | null;
	/** Dates taken in this room (held bookings and closures) … */
	conflicts: number;
	/** … out of this many dates asked about (in this room's commune). */
	total: number;
	/** Query string for /rooms/[id]/book, prefilled with the pattern. */
	bookQuery: string;
}

export interface AvailabilityResult {
	results: AvailableRoom[];
	/** Rooms left out because they cannot host the practice even with upgrades. */
	notFitting: number;
	/** Dates of the pattern left out, by reason (school holidays, calendar not loaded…). */
	skipped: Partial<Record<SkipReason, number>>;
	/** The dates asked about (in the quartier's commune, or the first commune). */
	total: number;
	truncated: boolean;
}

export type SearchAvailabilityOutcome =
	{ ok: true; value: AvailabilityResult } | { ok: false; fieldErrors: Record<string, string> };

/** What the form offers: published practices (in the reader's language) and quartiers that have rooms. */
export async function availabilitySearchOptions(ctx: Pick<AppContext, 'db'>, locale: Locale) {
	const practices = await ctx.db
		.select({ id: practice.id, slug: practice.slug, title: practice.title })
		.from(practice)
		.where(eq(practice.status, 'published'))
		.orderBy(asc(practice.title));
	const translations =
		locale === 'fr' || practices.length === 0
			? []
			: await ctx.db
					.select({ practiceId: practiceTranslation.practiceId, title: practiceTranslation.title })
					.from(practiceTranslation)
					.where(eq(practiceTranslation.locale, locale));
	const quartiers = await ctx.db
		.selectDistinct({ id: quartier.id, name: quartier.name })
		.from(quartier)
		.innerJoin(facility, eq(facility.quartierId, quartier.id))
		.orderBy(asc(quartier.name));
	return {
		practices: practices.map((p) => {
			const t = translations.filter((x) => x.practiceId === p.id).map((x) => ({ locale, title: x.title }));
			const picked = pickTranslation(locale, { title: p.title }, t);
			return { slug: p.slug, title: picked.title, lang: picked.lang };
		}),
		quartiers
	};
}

export async function searchAvailability(
	ctx: Pick<AppContext, 'db'>,
	search: AvailabilitySearch,
	options: { limit?: number } = {}
): Promise<SearchAvailabilityOutcome> {
	const { db } = ctx;
	let needs = null;
	if (search.practice) {
		const [p] = await db
			.select(practiceRequirementColumns)
			.from(practice)
			.where(and(eq(practice.slug, search.practice), eq(practice.status, 'published')));
		if (!p) return { ok: false, fieldErrors: { practice: 'CHOICE.INVALID' } };
		needs = { ...p, kitchenLevel: kitchen(p.kitchenLevel) };
	}
	let communeIds: string[] | null = null;
	if (search.quartier) {
		const [q] = await db
			.select({ communeId: quartier.communeId })
			.from(quartier)
			.where(eq(quartier.id, search.quartier));
		if (!q) return { ok: false, fieldErrors: { quartier: 'CHOICE.INVALID' } };
		communeIds = [q.communeId];
	}

	const rooms = await db
		.select({
			id: room.id,
			name: room.name,
			facilityName: facility.name,
			quartierId: facility.quartierId,
			quartierName: quartier.name,
			communeId: facility.communeId,
			...roomEquipmentColumns
		})
		.from(room)
		.innerJoin(facility, eq(room.facilityId, facility.id))
		.leftJoin(quartier, eq(facility.quartierId, quartier.id))
		.where(communeIds ? inArray(facility.communeId, communeIds) : undefined);
	const judged = rooms.map((r) => ({
		r,
		fit: needs ? fit({ ...r, kitchenLevel: kitchen(r.kitchenLevel) }, needs) : null
	}));
	const fitting = judged.filter((c) => c.fit?.verdict !== 'does_not_fit');

	// The dates of the pattern in each commune's zone and school calendar (one calendar per zone).
	const communeRows = await db
		.select({
			id: commune.id,
			timeZone: commune.timeZone,
			holidayZone: commune.holidayZone,
			departement: commune.departement
		})
		.from(commune)
		.where(inArray(commune.id, [...new Set(fitting.map((c) => c.r.communeId))]));
	const calendars = new Map<string, Promise<SchoolCalendar>>();
	const calendarOf = (zone: string | null) => {
		const key = zone ?? '';
		if (!calendars.has(key)) calendars.set(key, loadSchoolCalendar(db, zone));
		return calendars.get(key)!;
	};
	const datesByCommune = new Map<string, ReturnType<typeof occurrencesOf>>();
	for (const c of communeRows) {
		const calendar =
			search.filter === 'all' ? { zone: null, holidays: [], years: [] } : await calendarOf(c.holidayZone);
		datesByCommune.set(
			c.id,
			occurrencesOf(
				{
					rule: searchRule(search),
					startsOn: search.from,
					startTime: search.start,
					endTime: search.end,
					timeZone: c.timeZone,
					excludedDates: [],
					calendarFilter: search.filter,
					skipPublicHolidays: true
				},
				{ calendar, alsaceMoselle: isAlsaceMoselle(c.departement), to: search.until }
			)
		);
	}

	// One ask per commune: its rooms × its dates.
	const communeOrder = [...datesByCommune.keys()];
	const roomsOf = (communeId: string) => fitting.filter((c) => c.r.communeId === communeId);
	const counts = await countConflicts(
		db,
		communeOrder.map((id) => ({
			roomIds: roomsOf(id).map((c) => c.r.id),
			intervals: datesByCommune.get(id)!.occurrences.map((o: Occurrence) => o.interval)
		}))
	);
	const candidates: AvailabilityCandidate<AvailableRoom>[] = communeOrder.flatMap((communeId, i) => {
		const dates = datesByCommune.get(communeId)!;
		const first: LocalDate = dates.occurrences[0]?.date ?? search.from;
		const bookQuery = bookingLinkParams(search, first).toString();
		return roomsOf(communeId).map((c, j) => {
			const conflicts = counts[i]![j] ?? 0;
			return {
				item: {
					roomId: c.r.id,
					name: c.r.name,
					facilityName: c.r.facilityName,
					quartierName: c.r.quartierName,
					fit: c.fit,
					conflicts,
					total: dates.occurrences.length,
					bookQuery
				},
				fit: c.fit,
				conflicts,
				sameQuartier: search.quartier !== null && c.r.quartierId === search.quartier,
				name: `${c.r.facilityName} ${c.r.name}`
			};
		});
	});

	const main = datesByCommune.get(communeIds?.[0] ?? communeOrder[0] ?? '');
	const skipped: Partial<Record<SkipReason, number>> = {};
	for (const s of main?.skipped ?? []) skipped[s.reason] = (skipped[s.reason] ?? 0) + 1;
	return {
		ok: true,
		value: {
			results: rankAvailability(candidates, 'fit_first')
				.slice(0, options.limit ?? 50)
				.map((c) => c.item),
			notFitting: judged.length - fitting.length,
			skipped,
			total: main?.occurrences.length ?? 0,
			truncated: main?.truncated ?? false
		}
	};
}
