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

/** The name of a need's status, as a person reads it in a sentence. */
export function needStatusText(status: string | undefined, locale: Locale): string {
	const o = { locale };
	switch (status) {
		case 'submitted':
			return m.voicenotify_status_submitted({}, o);
		case 'published':
			return m.voicenotify_status_published({}, o);
		case 'refused':
			return m.voicenotify_status_refused({}, o);
		case 'under_study':
			return m.voicenotify_status_under_study({}, o);
		case 'answered':
			return m.voicenotify_status_answered({}, o);
		case 'linked':
			return m.voicenotify_status_linked({}, o);
		case 'done':
			return m.voicenotify_status_done({}, o);
		default:
			return status ?? '';
	}
}

export interface NotificationText {
	text: string;
	reason: string | null;
	/** Words someone wrote (an official answer), kept in their own language: shown with `lang`. */
	quote?: { text: string; lang: string };
}

function voiceText(kind: string, payload: NotificationPayload, locale: Locale): string | null {
	const o = { locale };
	const title = payload.title;
	switch (kind as NotificationKind) {
		case 'need.published':
			return m.voicenotify_notif_published({ title }, o);
		case 'need.refused':
			return m.voicenotify_notif_refused({ title }, o);
		case 'need.status_changed': {
			const status = needStatusText(payload.needStatus, locale);
			return payload.organisationName
				? m.voicenotify_notif_status_changed_by({ title, status, organisation: payload.organisationName }, o)
				: m.voicenotify_notif_status_changed({ title, status }, o);
		}
		case 'need.commented':
			return m.voicenotify_notif_commented({ title }, o);
		case 'comment.refused':
			return m.voicenotify_notif_comment_refused({ title }, o);
		default:
			return null;
	}
}

export function notificationText(kind: string, payload: NotificationPayload, locale: Locale): NotificationText {
	const o = { locale };
	const voice = voiceText(kind, payload, locale);
	if (voice !== null)
		return {
			text: voice,
			reason: payload.reason ? m.voicenotify_notif_reason({ reason: payload.reason }, o) : null,
			...(payload.answer ? { quote: { text: payload.answer, lang: payload.answerLanguage ?? 'fr' } } : {})
		};
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
		case 'session.promoted':
			return { text: m.sessions_notif_promoted(p, o), reason };
		case 'session.reminder':
			return { text: m.sessions_notif_reminder(p, o), reason };
		case 'session.cancelled':
			return { text: m.sessions_notif_cancelled(p, o), reason };
		case 'session.moved':
			return { text: m.sessions_notif_moved(p, o), reason };
		case 'session.to_call': {
			const who = { ...p, people: payload.people ?? '' };
			const text =
				payload.about === 'moved'
					? m.sessions_notif_to_call_moved(who, o)
					: payload.about === 'cancelled'
						? m.sessions_notif_to_call_cancelled(who, o)
						: payload.about === 'childcare_lost'
							? m.childcare_notif_to_call_lost(who, o)
							: m.sessions_notif_to_call_promoted(who, o);
			return { text, reason };
		}
		case 'session.childcare_full':
			return { text: m.childcare_notif_full(p, o), reason };
		case 'session.childcare_lost':
			return { text: m.childcare_notif_lost(p, o), reason };
		case 'rota.swap_requested':
			return { text: m.rota_notif_swap_requested(p, o), reason };
		case 'rota.swap_decided':
			return {
				text: payload.confirmed ? m.rota_notif_swap_accepted(p, o) : m.rota_notif_swap_refused(p, o),
				reason
			};
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
		case 'session.promoted':
			return m.sessions_mail_subject_promoted({ title }, o);
		case 'session.reminder':
			return m.sessions_mail_subject_reminder({ title }, o);
		case 'session.cancelled':
			return m.sessions_mail_subject_cancelled({ title }, o);
		case 'session.moved':
			return m.sessions_mail_subject_moved({ title }, o);
		case 'session.to_call':
			return m.sessions_mail_subject_to_call({ title }, o);
		case 'session.childcare_full':
			return m.childcare_mail_subject_full({ title }, o);
		case 'session.childcare_lost':
			return m.childcare_mail_subject_lost({ title }, o);
		case 'rota.swap_requested':
			return m.rota_mail_subject_swap_requested({ title }, o);
		case 'rota.swap_decided':
			return m.rota_mail_subject_swap_decided({ title }, o);
		case 'need.published':
			return m.voicenotify_mail_subject_published({ title }, o);
		case 'need.refused':
			return m.voicenotify_mail_subject_refused({ title }, o);
		case 'need.status_changed':
			return m.voicenotify_mail_subject_status_changed({ title }, o);
		case 'need.commented':
			return m.voicenotify_mail_subject_commented({ title }, o);
		case 'comment.refused':
			return m.voicenotify_mail_subject_comment_refused({ title }, o);
		default:
			return title;
	}
}

/** Where a mail's reader changes what she receives: her preferences, and the one-click link. */
export interface MailOptOut {
	preferences: string;
	unsubscribe: string;
}

export interface RenderedMail {
	subject: string;
	text: string;
	headers?: Record<string, string>;
}

/**
 * RFC 8058: the mail client shows its own "unsubscribe" button and POSTs
 * `List-Unsubscribe=One-Click` to the https URL, without the person opening anything.
 * Content-Language tells the client which language (and so which direction) the text is in:
 * mails are plain text, so there is no `dir` to set.
 */
export function mailHeaders(locale: Locale, optOut?: MailOptOut): Record<string, string> {
	return {
		'Content-Language': locale,
		...(optOut
			? { 'List-Unsubscribe': `<${optOut.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
			: {})
	};
}

function optOutLines(locale: Locale, optOut?: MailOptOut): string[] {
	if (!optOut) return [];
	const o = { locale };
	return [
		m.voicenotify_mail_preferences({ link: optOut.preferences }, o),
		m.voicenotify_mail_unsubscribe({ link: optOut.unsubscribe }, o)
	];
}

const isVoiceKind = (kind: string) => kind.startsWith('need.') || kind === 'comment.refused';

/** The mail of one notification, in the recipient's language. */
export function notificationMail(
	kind: string,
	payload: NotificationPayload,
	locale: Locale,
	params: { name: string; link: string; inbox: string; optOut?: MailOptOut }
): RenderedMail {
	const o = { locale };
	const { text, reason, quote } = notificationText(kind, payload, locale);
	const voice = isVoiceKind(kind);
	return {
		subject: subject(kind, payload.title, locale),
		text: [
			(voice ? m.voicenotify_mail_greeting : m.decisions_mail_greeting)({ name: params.name }, o),
			'',
			text,
			...(quote ? [m.voicenotify_notif_answer({ answer: quote.text }, o)] : []),
			...(reason ? [reason] : []),
			'',
			(voice ? m.voicenotify_mail_link : m.decisions_mail_link)({ link: params.link }, o),
			'',
			'—',
			voice
				? `${m.voicenotify_mail_footer({}, o)} ${m.voicenotify_mail_inbox({ link: params.inbox }, o)}`
				: m.decisions_mail_footer({ link: params.inbox }, o),
			...optOutLines(locale, params.optOut)
		].join('\n'),
		headers: mailHeaders(locale, params.optOut)
	};
}

export interface DigestItem {
	kind: string;
	payload: NotificationPayload;
	/** Absolute URL of what the notification is about. */
	link: string;
}

/** The weekly digest: every unread notification since the last one, in the recipient's language. */
export function digestMail(
	items: DigestItem[],
	locale: Locale,
	params: { name: string; inbox: string; optOut: MailOptOut }
): RenderedMail {
	const o = { locale };
	const entries = items.flatMap((item) => {
		const { text, reason, quote } = notificationText(item.kind, item.payload, locale);
		return [
			`• ${text}`,
			...(quote ? [`  ${m.voicenotify_notif_answer({ answer: quote.text }, o)}`] : []),
			...(reason ? [`  ${reason}`] : []),
			`  ${item.link}`,
			''
		];
	});
	return {
		subject: m.voicenotify_digest_subject({ count: String(items.length) }, o),
		text: [
			m.voicenotify_mail_greeting({ name: params.name }, o),
			'',
			m.voicenotify_digest_intro({}, o),
			'',
			...entries,
			m.voicenotify_mail_inbox({ link: params.inbox }, o),
			'',
			'—',
			m.voicenotify_digest_why({}, o),
			...optOutLines(locale, params.optOut)
		].join('\n'),
		headers: mailHeaders(locale, params.optOut)
	};
}
