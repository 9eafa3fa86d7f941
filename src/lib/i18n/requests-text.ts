/** Words of the booking request pages: statuses, policy problems, skipped dates, dates in full. */
import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export function bookingStatusLabel(status: string): string {
	switch (status) {
		case 'confirmed':
			return m.requests_status_confirmed();
		case 'refused':
			return m.requests_status_refused();
		case 'cancelled':
			return m.requests_status_cancelled();
		default:
			return m.requests_status_pending();
	}
}

export function seriesStatusLabel(status: string): string {
	if (status === 'ended') return m.requests_series_status_ended();
	if (status === 'cancelled') return m.requests_series_status_cancelled();
	return m.requests_series_status_active();
}

export function policyProblemLabel(problem: string): string {
	switch (problem) {
		case 'not_allowed':
			return m.requests_problem_not_allowed();
		case 'notice':
			return m.requests_problem_notice();
		case 'too_long':
			return m.requests_problem_too_long();
		case 'outside_opening_hours':
			return m.requests_problem_outside_opening_hours();
		case 'closed':
			return m.requests_problem_closed();
		default:
			return m.requests_problem_quota();
	}
}

export function skipReasonLabel(reason: string): string {
	switch (reason) {
		case 'excluded':
			return m.requests_skip_excluded();
		case 'public_holiday':
			return m.requests_skip_public_holiday();
		case 'school_holiday':
			return m.requests_skip_school_holiday();
		case 'school_period':
			return m.requests_skip_school_period();
		default:
			return m.requests_skip_calendar_unknown();
	}
}

/** A local date in full in the reader's language ("mardi 2 mars 2027"); the date is read as a calendar day, not an instant. */
export function fullDate(date: string): string {
	const locale = getLocale();
	return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, {
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${date}T00:00:00Z`));
}
