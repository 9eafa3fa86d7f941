/** Rooms' numbers and policies in words, in the reader's language. */
import * as m from '#lib/paraglide/messages.js';
import { bookableByLabel } from './labels.js';

/** "45 minutes", "1 heure", "4 heures", "1 h 30". */
export function durationText(minutes: number): string {
	const hours = Math.floor(minutes / 60);
	const rest = minutes % 60;
	if (hours === 0) return m.rooms_minutes({ count: String(rest) });
	if (rest === 0) return hours === 1 ? m.rooms_hours_one() : m.rooms_hours({ count: String(hours) });
	return m.rooms_hours_minutes({ hours: String(hours), minutes: String(rest).padStart(2, '0') });
}

/** A notice period: whole days when it is whole days ("2 jours"), hours otherwise. */
export function noticeText(hours: number): string {
	if (hours >= 24 && hours % 24 === 0) {
		const days = hours / 24;
		return days === 1 ? m.rooms_days_one() : m.rooms_days({ count: String(days) });
	}
	return durationText(hours * 60);
}

/** The booking policy as the sentences a visitor reads. */
export function bookingPolicySentences(policy: {
	approvalRequired: boolean;
	minNoticeHours: number;
	maxBookingMinutes: number;
	bookableBy: string;
}): string[] {
	return [
		m.rooms_policy_bookable_by({ who: bookableByLabel(policy.bookableBy) }),
		policy.approvalRequired ? m.rooms_policy_approval() : m.rooms_policy_no_approval(),
		policy.minNoticeHours === 0
			? m.rooms_policy_no_notice()
			: m.rooms_policy_notice({ notice: noticeText(policy.minNoticeHours) }),
		m.rooms_policy_max_length({ duration: durationText(policy.maxBookingMinutes) })
	];
}
