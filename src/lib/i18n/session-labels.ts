import * as m from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import type { SignupStatus } from '#lib/domain/session-signups.js';

/** "mardi 5 janvier 2027, 14:00–16:00" in the room's time zone, whatever the server's or the reader's. */
export function sessionWhen(startsAt: Date | string, endsAt: Date | string, timeZone: string): string {
	const locale = getLocale();
	const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone }).format(new Date(startsAt));
	const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone });
	return m.sessions_when({ date, start: time.format(new Date(startsAt)), end: time.format(new Date(endsAt)) });
}

export function sessionDate(startsAt: Date | string, timeZone: string): string {
	return new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long', timeZone }).format(new Date(startsAt));
}

const STATUS: Record<SignupStatus, () => string> = {
	confirmed: m.sessions_status_confirmed,
	waiting: m.sessions_waiting_heading,
	cancelled: m.sessions_cancelled,
	attended: m.sessions_status_attended,
	absent: m.sessions_status_absent
};

export const signupStatusLabel = (status: SignupStatus): string => STATUS[status]();
