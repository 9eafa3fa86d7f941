/** A notification in the reader's language: the same words in the app and in the mail. */
import * as m from '#lib/paraglide/messages.js';
import type { Locale } from '#lib/domain/locale.js';
import type { NotificationKind, NotificationPayload } from './events.js';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar' };

/** "mardi 5 janvier 2027 à 09:00", in the room's time zone, whatever the server's. */
export function whenText(iso: string | undefined, timeZone: string, locale: Locale): string {
	if (!iso) return '';
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		dateStyle: 'full',
		timeStyle: 'short',
		timeZone
	}).format(new Date(iso));
}

export function notificationText(
	kind: string,
	payload: NotificationPayload,
	locale: Locale
): { text: string; reason: string | null } {
	const o = { locale };
	const p = {
		title: payload.title,
		room: payload.roomName ?? '',
		facility: payload.facilityName ?? '',
		count: String(payload.count),
		confirmed: String(payload.confirmed ?? 0),
		refused: String(payload.refused ?? 0),
		first: whenText(payload.firstStart, payload.timeZone, locale)
	};
	const reason = payload.reason ? m.decisions_notif_reason({ reason: payload.reason }, o) : null;
	switch (kind as NotificationKind) {
		case 'booking.requested':
			return { text: m.decisions_notif_booking_requested(p, o), reason };
		case 'booking.decided':
			return { text: m.decisions_notif_booking_decided(p, o), reason };
		case 'booking.cancelled':
			return { text: m.decisions_notif_booking_cancelled(p, o), reason };
		case 'booking.reminder':
			return { text: m.decisions_notif_booking_reminder(p, o), reason };
		case 'circuit.requested':
			return { text: m.decisions_notif_circuit_requested(p, o), reason };
		case 'circuit.decided':
			return { text: m.decisions_notif_circuit_decided(p, o), reason };
		default:
			return { text: payload.title, reason };
	}
}

function subject(kind: string, title: string, locale: Locale): string {
	const o = { locale };
	switch (kind as NotificationKind) {
		case 'booking.requested':
			return m.decisions_mail_subject_booking_requested({ title }, o);
		case 'booking.decided':
			return m.decisions_mail_subject_booking_decided({ title }, o);
		case 'booking.cancelled':
			return m.decisions_mail_subject_booking_cancelled({ title }, o);
		case 'booking.reminder':
			return m.decisions_mail_subject_booking_reminder({ title }, o);
		case 'circuit.requested':
			return m.decisions_mail_subject_circuit_requested({ title }, o);
		case 'circuit.decided':
			return m.decisions_mail_subject_circuit_decided({ title }, o);
		default:
			return title;
	}
}

/** The mail of one notification, in the recipient's language. */
export function notificationMail(
	kind: string,
	payload: NotificationPayload,
	locale: Locale,
	params: { name: string; link: string; inbox: string }
): { subject: string; text: string } {
	const o = { locale };
	const { text, reason } = notificationText(kind, payload, locale);
	return {
		subject: subject(kind, payload.title, locale),
		text: [
			m.decisions_mail_greeting({ name: params.name }, o),
			'',
			text,
			...(reason ? [reason] : []),
			'',
			m.decisions_mail_link({ link: params.link }, o),
			'',
			'—',
			m.decisions_mail_footer({ link: params.inbox }, o)
		].join('\n')
	};
}
