/**
 * What a circuit would book, leg by leg, before anything is written: its occurrences, the room
 * policy problems of each, and the held slots it would collide with. Shared by the preview and
 * the request, so that what a person is shown is what is then checked.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { commune, facility, initiative, quartier, room } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { findHeldOverlaps } from '../bookings/store.js';
import { canManage } from '../facility-access.js';
import { checkPolicy, type BookableBy, type BookingPolicy, type PolicyProblem } from '#lib/domain/booking-policy.js';
import { closuresOver, heldMinutesByWeek } from '../bookings/requests.js';
import {
	checkLegRooms,
	legField,
	legRule,
	parseCircuitForm,
	type CircuitForm,
	type CircuitLeg
} from '#lib/domain/circuit-form.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { occurrencesOf, type Occurrence, type SkipReason } from '#lib/domain/occurrences.js';
import { parseRule } from '#lib/domain/recurrence.js';
import { isAlsaceMoselle } from '#lib/domain/public-holidays.js';
import type { SchoolCalendar } from '#lib/domain/school-calendar.js';
import { loadSchoolCalendar } from '../bookings/school-calendar.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { openingHoursFromStorage } from '#lib/domain/opening-hours.js';
import type { Interval, LocalDate } from '#lib/domain/zoned-time.js';

/** Most bookings one circuit request may create: a school year of five days a week is about 180. */
export const MAX_CIRCUIT_OCCURRENCES = 400;

export interface LegRoom {
	id: string;
	name: string;
	vanAccess: boolean;
	facilityId: string;
	facilityName: string;
	address: string;
	communeId: string;
	quartierName: string | null;
	timeZone: string;
	holidayZone: string | null;
	departement: string | null;
	approvalRequired: boolean;
	minNoticeHours: number;
	maxBookingMinutes: number;
	bookableBy: string;
	weeklyQuotaMinutes: number | null;
	openingHours: unknown;
}

const roomColumns = {
	id: room.id,
	name: room.name,
	vanAccess: room.vanAccess,
	facilityId: facility.id,
	facilityName: facility.name,
	address: facility.address,
	communeId: facility.communeId,
	quartierName: quartier.name,
	timeZone: commune.timeZone,
	holidayZone: commune.holidayZone,
	departement: commune.departement,
	approvalRequired: room.approvalRequired,
	minNoticeHours: room.minNoticeHours,
	maxBookingMinutes: room.maxBookingMinutes,
	bookableBy: room.bookableBy,
	weeklyQuotaMinutes: room.weeklyQuotaMinutes,
	openingHours: room.openingHours
};

export async function loadLegRooms(db: Database, roomIds: readonly string[]): Promise<Map<string, LegRoom>> {
	if (roomIds.length === 0) return new Map();
	const rows = await db
		.select(roomColumns)
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.innerJoin(commune, eq(commune.id, facility.communeId))
		.leftJoin(quartier, eq(quartier.id, facility.quartierId))
		.where(inArray(room.id, [...roomIds]));
	return new Map(rows.map((r) => [r.id, r]));
}

/** Rooms a van can reach, for the legs' room lists (every commune: circuits may cross one). */
export async function listVanRooms(db: Database): Promise<LegRoom[]> {
	return db
		.select(roomColumns)
		.from(room)
		.innerJoin(facility, eq(facility.id, room.facilityId))
		.innerJoin(commune, eq(commune.id, facility.communeId))
		.leftJoin(quartier, eq(quartier.id, facility.quartierId))
		.where(and(eq(room.vanAccess, true)))
		.orderBy(sql`${quartier.name} NULLS LAST`, facility.name, room.name);
}

/**
 * The dates a leg runs on, through the time slice's occurrencesOf: weekly on the leg's weekdays
 * in the room's commune's wall-clock time (DST-correct), skipping public holidays (rooms of the
 * commune are closed then) and, with a calendar filter, school holidays or school weeks.
 */
export function legOccurrences(
	form: Pick<CircuitForm, 'from' | 'until' | 'calendarFilter'>,
	leg: CircuitLeg,
	r: LegRoom,
	calendar: SchoolCalendar
): { occurrences: Occurrence[]; skipped: { date: LocalDate; reason: SkipReason }[] } {
	const rule = parseRule(legRule(leg, form.until));
	if (!rule.ok) return { occurrences: [], skipped: [] };
	const { occurrences, skipped } = occurrencesOf(
		{
			rule: rule.value,
			startsOn: form.from,
			startTime: leg.start,
			endTime: leg.end,
			timeZone: r.timeZone,
			excludedDates: [],
			calendarFilter: form.calendarFilter,
			skipPublicHolidays: true
		},
		{ calendar, alsaceMoselle: isAlsaceMoselle(r.departement), to: form.until }
	);
	return { occurrences, skipped };
}

export interface LegPlan {
	leg: CircuitLeg;
	room: LegRoom;
	occurrences: Occurrence[];
	/** Dates of the leg's weekdays left out, and why (public holiday, school calendar…). */
	skipped: { date: LocalDate; reason: SkipReason }[];
	/** Dates already held by someone else (pending or confirmed). */
	conflicts: { date: LocalDate; interval: Interval }[];
	/** Dates that break the room's policy, with why. */
	problems: { date: LocalDate; problems: PolicyProblem[] }[];
	/** Whether the leg's bookings start confirmed (the room needs no approval, or the requester manages it). */
	instant: boolean;
}

/** Plans every leg of a parsed circuit whose rooms are known and reachable by van. */
export async function planLegs(
	db: Database,
	actor: Actor,
	form: CircuitForm,
	rooms: ReadonlyMap<string, LegRoom>,
	now: Date
): Promise<LegPlan[]> {
	const plans: LegPlan[] = [];
	const calendars = new Map<string | null, SchoolCalendar>();
	for (const leg of form.legs) {
		const r = rooms.get(leg.roomId)!;
		if (!calendars.has(r.holidayZone)) calendars.set(r.holidayZone, await loadSchoolCalendar(db, r.holidayZone));
		const { occurrences, skipped } = legOccurrences(form, leg, r, calendars.get(r.holidayZone)!);
		const manager = canManage(actor, { id: r.facilityId, communeId: r.communeId });
		const policy: BookingPolicy = {
			approvalRequired: r.approvalRequired,
			minNoticeHours: r.minNoticeHours,
			maxBookingMinutes: r.maxBookingMinutes,
			openingHours: openingHoursFromStorage(r.openingHours),
			bookableBy: r.bookableBy as BookableBy,
			weeklyQuotaMinutes: r.weeklyQuotaMinutes,
			timeZone: r.timeZone
		};
		const intervals = occurrences.map((o) => o.interval);
		// The same reads as a one-room request (bookings/requests.ts), so both apply the rules alike.
		const [held, weekly, closures] = await Promise.all([
			findHeldOverlaps(db, [r.id], intervals),
			heldMinutesByWeek(db, { ...r, policy }, form.organisationId, intervals),
			closuresOver(db, r.id, intervals)
		]);
		const conflicts = occurrences.filter((o) =>
			held.some((h) => h.interval.start < o.interval.end && o.interval.start < h.interval.end)
		);
		const checked = checkPolicy(policy, occurrences, {
			now,
			requesterKind: manager ? 'manager' : 'organisation',
			weeklyMinutesAlreadyHeld: weekly,
			closures
		});
		plans.push({
			leg,
			room: r,
			occurrences,
			skipped,
			conflicts,
			problems: checked.filter((c) => c.problems.length > 0).map((c) => ({ date: c.date, problems: c.problems })),
			instant: !r.approvalRequired || manager
		});
	}
	return plans;
}

export type Prepared =
	{ ok: true; form: CircuitForm; legs: LegPlan[] } | { ok: false; fieldErrors: FieldErrors; legs?: LegPlan[] };

/**
 * Reads and checks a circuit request: the requester acts for the organisation, the initiative is
 * the organisation's, every leg's room exists and has van access, every leg has dates; then
 * plans each leg. Authorisation first, before anything is read about rooms.
 */
export async function prepareCircuit(
	db: Database,
	actor: Actor | null,
	values: Record<string, unknown>,
	now: Date
): Promise<Prepared> {
	const organisationId = typeof values.organisationId === 'string' ? values.organisationId : '';
	assertAllowed(actor, 'organisation.act', { organisationId });
	const parsed = parseCircuitForm(values);
	if (!parsed.ok) return parsed;
	const form = parsed.data;
	if (form.initiativeId) {
		const [own] = await db
			.select({ id: initiative.id })
			.from(initiative)
			.where(and(eq(initiative.id, form.initiativeId), eq(initiative.organisationId, form.organisationId)));
		if (!own) return { ok: false, fieldErrors: { initiativeId: 'CHOICE.INVALID' } };
	}
	const rooms = await loadLegRooms(
		db,
		form.legs.map((l) => l.roomId)
	);
	const roomProblems = checkLegRooms(form.legs, rooms);
	if (roomProblems) return { ok: false, fieldErrors: roomProblems };
	const legs = await planLegs(db, actor, form, rooms, now);
	const errors: FieldErrors = {};
	for (const plan of legs)
		if (plan.occurrences.length === 0) errors[legField(plan.leg.row, 'weekdays')] = 'CIRCUITS.LEG_NO_OCCURRENCE';
	if (legs.reduce((n, p) => n + p.occurrences.length, 0) > MAX_CIRCUIT_OCCURRENCES)
		errors.until = 'CIRCUITS.TOO_MANY_OCCURRENCES';
	if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors, legs };
	return { ok: true, form, legs };
}
