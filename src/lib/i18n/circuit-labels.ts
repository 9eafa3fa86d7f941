import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { weekdayLabel } from './labels.js';

const STATUS: Record<string, () => string> = {
	pending: m.circuits_status_pending,
	partly_confirmed: m.circuits_status_partly_confirmed,
	confirmed: m.circuits_status_confirmed,
	refused: m.circuits_status_refused,
	cancelled: m.circuits_status_cancelled
};

export function circuitStatusLabel(status: string): string {
	return (STATUS[status] ?? (() => status))();
}

const PROBLEMS: Record<string, () => string> = {
	not_allowed: m.circuits_problem_not_allowed,
	notice: m.circuits_problem_notice,
	too_long: m.circuits_problem_too_long,
	outside_opening_hours: m.circuits_problem_outside_opening_hours,
	closed: m.circuits_problem_closed,
	quota: m.circuits_problem_quota
};

export function policyProblemLabel(problem: string): string {
	return (PROBLEMS[problem] ?? (() => problem))();
}

export function weekdaysLabel(days: readonly number[]): string {
	return days.map((d) => weekdayLabel(String(d))).join(', ');
}

/** A local date ('YYYY-MM-DD') in the reader's language, read as a calendar day (no time zone shift). */
export function localDateLabel(date: string, style: 'long' | 'full' = 'long'): string {
	const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, mo - 1, d, 12)).toLocaleDateString(getLocale(), { dateStyle: style, timeZone: 'UTC' });
}

const SKIPS: Record<string, () => string> = {
	excluded: m.circuits_skip_excluded,
	public_holiday: m.circuits_skip_public_holiday,
	school_holiday: m.circuits_skip_school_holiday,
	school_period: m.circuits_skip_school_period,
	calendar_unknown: m.circuits_skip_calendar_unknown
};

export function skipReasonLabel(reason: string): string {
	return (SKIPS[reason] ?? (() => reason))();
}
