/**
 * A room's booking policy, checked occurrence by occurrence before a request is sent: the person
 * sees which dates break which rule instead of one refusal for a whole series. The database's
 * exclusion constraint decides overlaps; this decides everything a manager set in the room's form.
 */
import { BOOKABLE_BY, type OpeningPeriod } from './vocabulary.js';
import { minutesOf } from './opening-hours.js';
import { mondayOf, overlaps, toLocal, weekdayOf, type Interval, type LocalDate } from './zoned-time.js';

/** Who may book a room (room.bookable_by). */
export { BOOKABLE_BY };
export type BookableBy = (typeof BOOKABLE_BY)[number];

/**
 * What the requester is for this room: one of its facility's managers, someone acting for an
 * organisation, or a resident (anyone signed in).
 */
export type RequesterKind = 'manager' | 'organisation' | 'resident';

export const POLICY_PROBLEMS = [
	'not_allowed',
	'notice',
	'too_long',
	'outside_opening_hours',
	'closed',
	'quota'
] as const;
export type PolicyProblem = (typeof POLICY_PROBLEMS)[number];

export interface BookingPolicy {
	approvalRequired: boolean;
	minNoticeHours: number;
	maxBookingMinutes: number;
	/** Periods per ISO weekday in the room's local time; empty means "on request": no check. */
	openingHours: readonly OpeningPeriod[];
	bookableBy: BookableBy;
	/** Most minutes one organisation may hold in one Monday–Sunday week; null: no quota. */
	weeklyQuotaMinutes: number | null;
	/** The commune's IANA zone, in which opening hours and weeks are read. */
	timeZone: string;
}

/** Structurally the `Occurrence` of occurrences.ts: a local date and the instants it stands for. */
export interface PolicyOccurrence {
	date: LocalDate;
	interval: Interval;
}

export interface PolicyContext {
	now: Date;
	requesterKind: RequesterKind;
	/**
	 * Minutes the organisation already holds (pending + confirmed) in this room, by the Monday
	 * ('YYYY-MM-DD') of each week; the occurrences being replaced by an edit must be left out.
	 */
	weeklyMinutesAlreadyHeld: Readonly<Record<LocalDate, number>>;
	/** The room's closures (works…). */
	closures: readonly Interval[];
}

export interface OccurrenceProblems {
	date: LocalDate;
	interval: Interval;
	problems: PolicyProblem[];
}

/** Whether a kind of requester may book a room at all. Managers of the room's facility always may. */
export function mayBook(bookableBy: BookableBy, requesterKind: RequesterKind): boolean {
	if (requesterKind === 'manager') return true;
	if (bookableBy === 'managers') return false;
	if (bookableBy === 'organisations') return requesterKind === 'organisation';
	return true;
}

export function durationMinutes(interval: Interval): number {
	return Math.round((interval.end.getTime() - interval.start.getTime()) / 60_000);
}

/** Whether an occurrence lies inside one opening period of its weekday, in local time. */
export function withinOpeningHours(
	interval: Interval,
	openingHours: readonly OpeningPeriod[],
	timeZone: string
): boolean {
	if (openingHours.length === 0) return true;
	const start = toLocal(interval.start, timeZone);
	const end = toLocal(interval.end, timeZone);
	const startMinutes = minutesOf(start.time);
	// An end at midnight the next day reads as 24:00 of the start's day.
	const endMinutes = end.date === start.date ? minutesOf(end.time) : end.time === '00:00' ? 24 * 60 : Infinity;
	const weekday = weekdayOf(start.date);
	return openingHours.some((p) => {
		if (p.weekday !== weekday) return false;
		const periodEnd = p.end === '00:00' ? 24 * 60 : minutesOf(p.end);
		return minutesOf(p.start) <= startMinutes && endMinutes <= periodEnd;
	});
}

/**
 * The policy problems of each occurrence, in the order given. Quota is counted week by week in
 * date order: the occurrences that push a week over the quota are the ones flagged.
 */
export function checkPolicy(
	policy: BookingPolicy,
	occurrences: readonly PolicyOccurrence[],
	context: PolicyContext
): OccurrenceProblems[] {
	const allowed = mayBook(policy.bookableBy, context.requesterKind);
	const earliest = context.now.getTime() + policy.minNoticeHours * 3_600_000;
	// Managers keep their own rooms running: notice and quota bind those who ask, not those who decide.
	const bindsRequester = context.requesterKind !== 'manager';
	const weekly = new Map<LocalDate, number>(Object.entries(context.weeklyMinutesAlreadyHeld));
	const byDate = [...occurrences.keys()].sort(
		(a, b) => occurrences[a]!.interval.start.getTime() - occurrences[b]!.interval.start.getTime()
	);
	const quotaBreaks = new Set<number>();
	if (policy.weeklyQuotaMinutes !== null && bindsRequester) {
		for (const i of byDate) {
			const o = occurrences[i]!;
			const week = mondayOf(toLocal(o.interval.start, policy.timeZone).date);
			const total = (weekly.get(week) ?? 0) + durationMinutes(o.interval);
			if (total > policy.weeklyQuotaMinutes) quotaBreaks.add(i);
			else weekly.set(week, total);
		}
	}
	return occurrences.map((o, i) => {
		const problems: PolicyProblem[] = [];
		if (!allowed) problems.push('not_allowed');
		if (bindsRequester && o.interval.start.getTime() < earliest) problems.push('notice');
		if (durationMinutes(o.interval) > policy.maxBookingMinutes) problems.push('too_long');
		if (!withinOpeningHours(o.interval, policy.openingHours, policy.timeZone)) problems.push('outside_opening_hours');
		if (context.closures.some((c) => overlaps(c, o.interval))) problems.push('closed');
		if (quotaBreaks.has(i)) problems.push('quota');
		return { date: o.date, interval: o.interval, problems };
	});
}

/** True when no occurrence has a problem. */
export function policyAllows(results: readonly OccurrenceProblems[]): boolean {
	return results.every((r) => r.problems.length === 0);
}
