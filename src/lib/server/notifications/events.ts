/**
 * What happened, as the code that changed it says it: recipients, wording and language are
 * decided later, by the worker, so a use case only names the event inside its transaction.
 */
export type NotificationEvent =
	| { kind: 'booking.requested'; bookingIds: string[] }
	| { kind: 'booking.decided'; bookingIds: string[] }
	| { kind: 'booking.cancelled'; bookingIds: string[]; reason?: string }
	| { kind: 'booking.reminder'; bookingIds: string[] }
	| { kind: 'circuit.requested'; circuitId: string }
	| { kind: 'circuit.decided'; circuitId: string }
	// Residents' voice: the author hears of moderation; the author and followers of everything else.
	| { kind: 'need.published'; needId: string }
	| { kind: 'need.refused'; needId: string }
	/** A new entry in the need's history (under study, answered, linked, done): `eventId` is its need_event row. */
	| { kind: 'need.status_changed'; needId: string; eventId: string }
	| { kind: 'need.commented'; needId: string; commentId: string }
	| { kind: 'comment.refused'; commentId: string }
	// Sessions: a person moved from the waiting list to a place; tomorrow's session; a session
	// that no longer takes place (its booking was cancelled or refused); one moved to another time
	// (the places follow it).
	| { kind: 'session.promoted'; signupIds: string[] }
	| { kind: 'session.reminder'; signupIds: string[] }
	| { kind: 'session.cancelled'; signupIds: string[] }
	| { kind: 'session.moved'; signupIds: string[] }
	// People signed up at the counter have no inbox: the staff member who recorded them is told
	// whom to call, with their phone numbers, when they got a place, their session moved or stopped.
	| { kind: 'session.to_call'; signupIds: string[]; about: CounterNews }
	// A parent who moved up to a place, for whose children no childcare place was left.
	| { kind: 'session.childcare_full'; signupIds: string[] }
	// Parents whose children's places went: the organiser uncoupled the childcare, or the
	// childcare's own session no longer takes place. Their places in the activity stay.
	| { kind: 'session.childcare_lost'; signupIds: string[] }
	// Team rotas: a member asks to give or exchange a shift; the organiser decided.
	| { kind: 'rota.swap_requested'; requestId: string }
	| { kind: 'rota.swap_decided'; requestId: string };

/** What happened to a counter sign-up, for the staff member who has to call. */
export type CounterNews = 'promoted' | 'moved' | 'cancelled' | 'childcare_lost';

export type NotificationKind = NotificationEvent['kind'];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
	'booking.requested',
	'booking.decided',
	'booking.cancelled',
	'booking.reminder',
	'circuit.requested',
	'circuit.decided',
	'need.published',
	'need.refused',
	'need.status_changed',
	'need.commented',
	'comment.refused',
	'session.promoted',
	'session.reminder',
	'session.cancelled',
	'session.moved',
	'session.to_call',
	'session.childcare_full',
	'session.childcare_lost',
	'rota.swap_requested',
	'rota.swap_decided'
];

/**
 * What a notification row keeps: language-neutral facts, rendered in the reader's language when
 * the page or the mail is written (a reader may change language after the event).
 */
export interface NotificationPayload {
	title: string;
	roomName?: string;
	facilityName?: string;
	/** Instants (ISO) of the first and last occurrence concerned, shown in `timeZone`. */
	firstStart?: string;
	lastStart?: string;
	timeZone: string;
	count: number;
	confirmed?: number;
	refused?: number;
	cancelled?: number;
	/** Why it was refused or cancelled, as the manager (or moderator) wrote it. */
	reason?: string;
	// Residents' voice (need.* and comment.* kinds): `title` is the need's title.
	/** The language the need (its title) was written in, so it is marked up as such. */
	titleLanguage?: string;
	/** need.status_changed: the status the need moved to (under_study, answered, linked, done…). */
	needStatus?: string;
	/** need.status_changed: the first 300 characters of the official answer, in its own language. */
	answer?: string;
	answerLanguage?: string;
	/** need.status_changed: the organisation the answer speaks for. */
	organisationName?: string;
	/** session.to_call: what happened, and the people to call ("Awa D. 06 12 34 56 78, Fatou"). */
	about?: CounterNews;
	people?: string;
}
