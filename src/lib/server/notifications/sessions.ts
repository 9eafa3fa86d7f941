/**
 * Notifications about sessions: a person who moved up from the waiting list, and tomorrow's
 * session. Only sign-ups with an account are told; people signed up at the counter have no
 * inbox, the organiser calls them from the session page.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import type { CounterNews, NotificationEvent } from './events.js';
import { enqueueNotification } from './enqueue.js';
import { organisationAdmins } from './organisation-admins.js';

type SessionEvent = Extract<NotificationEvent, { signupIds: string[] }>;

interface SignupFact {
	user_id: string | null;
	display_name: string | null;
	phone: string | null;
	recorded_by: string | null;
	organisation_id: string;
	booking_id: string;
	initiative_id: string;
	title: string;
	room_name: string;
	facility_name: string;
	time_zone: string;
	starts_at: string | Date;
}

export async function planSessionNotification(db: Database, event: SessionEvent) {
	if (event.signupIds.length === 0) return null;
	const result = await db.execute(sql`
		SELECT su.user_id, su.display_name, su.phone, su.recorded_by, i.organisation_id, s.booking_id,
		       i.id AS initiative_id, i.title, r.name AS room_name, f.name AS facility_name, c.time_zone, s.starts_at
		FROM session_signup su
		JOIN initiative_session s ON s.id = su.session_id
		JOIN initiative i ON i.id = s.initiative_id
		JOIN booking b ON b.id = s.booking_id
		JOIN room r ON r.id = b.room_id
		JOIN facility f ON f.id = r.facility_id
		JOIN commune c ON c.id = f.commune_id
		WHERE su.id IN (${sql.join(
			event.signupIds.map((id) => sql`${id}`),
			sql`, `
		)})
		ORDER BY su.created_at, su.id`);
	const facts = rowsOf<SignupFact>(result);
	const first = facts[0];
	if (!first) return null;
	const payload = {
		title: first.title,
		roomName: first.room_name,
		facilityName: first.facility_name,
		firstStart: new Date(first.starts_at).toISOString(),
		timeZone: first.time_zone,
		count: 1
	};
	const present = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))];
	if (event.kind === 'session.to_call') {
		// Whoever recorded them calls them; if her account is gone, the organisation's administrators.
		const recorders = present(facts.map((f) => f.recorded_by));
		return {
			kind: event.kind,
			recipients: recorders.length ? recorders : await organisationAdmins(db, [first.organisation_id]),
			payload: {
				...payload,
				count: facts.length,
				about: event.about,
				people: facts.map((f) => [f.display_name, f.phone].filter(Boolean).join(' ')).join(', ')
			},
			link: `/initiatives/${first.initiative_id}/sessions/${first.booking_id}`
		};
	}
	return {
		kind: event.kind,
		recipients: present(facts.map((f) => f.user_id)),
		payload,
		link: `/initiatives/${first.initiative_id}/sessions`
	};
}

/** What people with an account are told, for each piece of news a counter sign-up's recorder hears. */
const ACCOUNT_KIND = {
	promoted: 'session.promoted',
	moved: 'session.moved',
	cancelled: 'session.cancelled',
	childcare_lost: 'session.childcare_lost'
} as const;

/**
 * Tells the people among `signupIds` who still have a place or wait for one what happened, once
 * per session: those with an account in their inbox (`ACCOUNT_KIND[news]`), those signed up at the
 * counter through whoever recorded them (`session.to_call`). Every session change goes through here.
 */
export async function tellSignups(tx: Database, signupIds: readonly string[], news: CounterNews): Promise<void> {
	if (signupIds.length === 0) return;
	const result = await tx.execute(sql`
		SELECT id, session_id, user_id FROM session_signup
		WHERE status IN ('confirmed', 'waiting') AND id IN (${sql.join(
			[...new Set(signupIds)].map((id) => sql`${id}`),
			sql`, `
		)})
		ORDER BY session_id, created_at, id`);
	const groups = new Map<string, { accounts: string[]; counter: string[] }>();
	for (const r of rowsOf<{ id: string; session_id: string; user_id: string | null }>(result)) {
		const group = groups.get(r.session_id) ?? { accounts: [], counter: [] };
		(r.user_id === null ? group.counter : group.accounts).push(r.id);
		groups.set(r.session_id, group);
	}
	for (const { accounts, counter } of groups.values()) {
		if (accounts.length) await enqueueNotification(tx, { kind: ACCOUNT_KIND[news], signupIds: accounts });
		if (counter.length) await enqueueNotification(tx, { kind: 'session.to_call', signupIds: counter, about: news });
	}
}

/**
 * Residents with a place in a session starting within the next 24 hours get one reminder each.
 * The conditional UPDATE marks them in the transaction that queues the job, as for bookings, so
 * two passes at once never remind twice. A session whose booking was cancelled or moved is skipped.
 */
export async function sendDueSessionReminders(db: Database, now: Date): Promise<number> {
	return db.transaction(async (tx) => {
		const at = now.toISOString();
		const result = await tx.execute(sql`
			UPDATE session_signup su SET reminder_sent_at = ${at}::timestamptz
			FROM initiative_session s, booking b
			WHERE s.id = su.session_id AND b.id = s.booking_id
			  AND su.status = 'confirmed' AND su.user_id IS NOT NULL AND su.reminder_sent_at IS NULL
			  AND b.status = 'confirmed' AND lower(b.during) = s.starts_at
			  AND s.starts_at > ${at}::timestamptz AND s.starts_at <= ${at}::timestamptz + interval '24 hours'
			RETURNING su.id`);
		const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
		for (const id of ids) await enqueueNotification(tx, { kind: 'session.reminder', signupIds: [id] });
		return ids.length;
	});
}
