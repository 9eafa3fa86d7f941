import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { UnmetBlock, UnmetCategory, UnmetReason } from '#lib/domain/rota/unmet.js';
import { formatClock, formatHours } from '#lib/domain/rota/forms.js';
import { isolate, weekdayLabel } from './labels.js';

export const clockText = (minutes: number) => isolate(formatClock(minutes));
export const hoursText = (minutes: number) => formatHours(minutes).replace('.', getLocale() === 'en' ? '.' : ',');

export const patternLabel = (pattern: string) =>
	pattern === 'mornings'
		? m.rota_pattern_mornings()
		: pattern === 'afternoons'
			? m.rota_pattern_afternoons()
			: m.rota_pattern_any();

export const kindLabel = (kind: string) =>
	kind === 'school_dropoff'
		? m.rota_kind_school_dropoff()
		: kind === 'school_pickup'
			? m.rota_kind_school_pickup()
			: m.rota_kind_other();

const REASONS: Record<UnmetReason, () => string> = {
	TEAM_TOO_SMALL: m.rota_reason_team_too_small,
	NOBODY_AVAILABLE: m.rota_reason_nobody_available,
	MAX_HOURS_REACHED: m.rota_reason_max_hours_reached,
	ONE_SHIFT_A_DAY: m.rota_reason_one_shift_a_day,
	NOT_PLACED: m.rota_reason_not_placed
};
export const reasonText = (reason: UnmetReason) => REASONS[reason]();

const COUNTS: Record<UnmetCategory, (p: { count: string }) => string> = {
	dayOff: m.rota_count_day_off,
	schoolDropoff: m.rota_count_school_dropoff,
	schoolPickup: m.rota_count_school_pickup,
	otherUnavailable: m.rota_count_other,
	pattern: m.rota_count_pattern,
	maxHours: m.rota_count_max_hours,
	workingElsewhere: m.rota_count_working_elsewhere,
	free: m.rota_count_free
};
/** "2 picking children up from school", one line per category that has someone in it. */
export const countLines = (block: UnmetBlock) =>
	(Object.entries(block.counts) as [UnmetCategory, number][])
		.filter(([, n]) => n > 0)
		.map(([category, n]) => COUNTS[category]({ count: String(n) }));

export const unmetLine = (block: UnmetBlock) =>
	m.rota_unmet_item({
		day: weekdayLabel(String(block.weekday)),
		from: clockText(block.start),
		to: clockText(block.end),
		missing: String(block.missing),
		needed: String(block.needed)
	});

export const solveStatusText = (status: string | null) =>
	status === 'optimal'
		? m.rota_solve_optimal()
		: status === 'time_limit'
			? m.rota_solve_time_limit()
			: m.rota_solve_greedy();

/** The date of a weekday of a week, in the reader's language ("lundi 2 mars"). */
export function shiftDate(weekStart: string, weekday: number): string {
	const [y, mo, d] = weekStart.split('-').map(Number) as [number, number, number];
	const date = new Date(Date.UTC(y, mo - 1, d + weekday - 1, 12));
	return new Intl.DateTimeFormat(getLocale(), {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	}).format(date);
}

export function weekDate(weekStart: string): string {
	const [y, mo, d] = weekStart.split('-').map(Number) as [number, number, number];
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, mo - 1, d, 12))
	);
}
