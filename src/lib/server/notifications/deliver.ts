/**
 * What the workers do with a job: an event becomes one in-app notification per recipient and one
 * mail job per notification (each mail retried on its own, so a failing mail server never
 * duplicates what was already delivered); the reminder pass turns tomorrow's confirmed bookings
 * into reminder events, once each. The mail job honours the recipient's e-mail preference (each,
 * weekly digest, none: see digest.ts) and every mail carries a signed one-click unsubscribe link.
 * Residents' voice events are planned in voice.ts.
 */
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { bookingCircuit, bookingSeries, notification, notificationPreference, roleGrant, user } from '../db/schema.js';
import type { Mailer } from '../mail.js';
import { isLocale } from '#lib/domain/locale.js';
import { emailChoiceOf, mailsEachNotification } from '#lib/domain/notification-preference.js';
import type { NotificationEvent, NotificationPayload } from './events.js';
import { enqueueNotification } from './enqueue.js';
import { QUEUES, type JobHandlers, type JobQueue } from './queue.js';
import { notificationMail, type MailOptOut } from './render.js';
import { isVoiceEvent, planVoiceNotification } from './voice.js';
import { unsubscribeToken } from './unsubscribe-token.js';
import { sendDigestMail, sendWeeklyDigests, type DigestJob } from './digest.js';
import { planSessionNotification, sendDueSessionReminders } from './sessions.js';
import { organisationAdmins } from './organisation-admins.js';
import { isRotaEvent, planRotaNotification } from './rota.js';

interface BookingFact {
	id: string;
	title: string;
	status: string;
	reason: string | null;
	room_id: string;
	room_name: string;
	facility_id: string;
	facility_name: string;
	commune_id: string;
	time_zone: string;
	requested_by: string | null;
	organisation_id: string | null;
	series_id: string | null;
	start_ms: number;
}

async function bookingFacts(db: Database, where: ReturnType<typeof sql>): Promise<BookingFact[]> {
	const result = await db.execute(sql`
		SELECT b.id, b.title, b.status, b.reason, b.room_id, r.name AS room_name, f.id AS facility_id,
		       f.name AS facility_name, f.commune_id, c.time_zone, b.requested_by, b.organisation_id, b.series_id,
		       (extract(epoch FROM lower(b.during)) * 1000)::float8 AS start_ms
		FROM booking b
		JOIN room r ON r.id = b.room_id
		JOIN facility f ON f.id = r.facility_id
		JOIN commune c ON c.id = f.commune_id
		WHERE ${where}
		ORDER BY lower(b.during)`);
	return rowsOf<BookingFact>(result).map((r) => ({ ...r, start_ms: Number(r.start_ms) }));
}

/** Facility managers of these facilities, directly or through their commune. */
export async function managersOf(db: Database, facilities: { id: string; communeId: string }[]): Promise<string[]> {
	if (facilities.length === 0) return [];
	const rows = await db
		.selectDistinct({ userId: roleGrant.userId })
		.from(roleGrant)
		.where(
			and(
				eq(roleGrant.role, 'facility_manager'),
				or(
					and(
						eq(roleGrant.scopeType, 'facility'),
						inArray(
							roleGrant.scopeId,
							facilities.map((f) => f.id)
						)
					),
					and(
						eq(roleGrant.scopeType, 'commune'),
						inArray(
							roleGrant.scopeId,
							facilities.map((f) => f.communeId)
						)
					)
				)
			)
		);
	return rows.map((r) => r.userId);
}

const unique = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id))];

function bookingPayload(facts: BookingFact[], reason?: string): NotificationPayload {
	const first = facts[0]!;
	const last = facts.at(-1)!;
	const reasons = unique(facts.map((f) => f.reason));
	return {
		title: first.title,
		roomName: first.room_name,
		facilityName: first.facility_name,
		firstStart: new Date(first.start_ms).toISOString(),
		lastStart: new Date(last.start_ms).toISOString(),
		timeZone: first.time_zone,
		count: facts.length,
		confirmed: facts.filter((f) => f.status === 'confirmed').length,
		refused: facts.filter((f) => f.status === 'refused').length,
		cancelled: facts.filter((f) => f.status === 'cancelled').length,
		...((reason ?? reasons.join(' ; ')) ? { reason: reason ?? reasons.join(' ; ') } : {})
	};
}

export interface NotificationPlan {
	kind: string;
	recipients: string[];
	payload: NotificationPayload;
	link: string;
}

/** Who hears of an event, and what they are told. */
export async function planNotification(db: Database, event: NotificationEvent): Promise<NotificationPlan | null> {
	if (isVoiceEvent(event)) return planVoiceNotification(db, event);
	if ('signupIds' in event) return planSessionNotification(db, event);
	if (isRotaEvent(event)) return planRotaNotification(db, event);
	if ('bookingIds' in event) {
		if (event.bookingIds.length === 0) return null;
		const facts = await bookingFacts(
			db,
			sql`b.id IN (${sql.join(
				event.bookingIds.map((id) => sql`${id}`),
				sql`, `
			)})`
		);
		if (facts.length === 0) return null;
		const roomLink = `/rooms/${facts[0]!.room_id}`;
		switch (event.kind) {
			case 'booking.requested': {
				const facilities = facts.map((f) => ({ id: f.facility_id, communeId: f.commune_id }));
				return {
					kind: event.kind,
					recipients: await managersOf(db, facilities),
					payload: bookingPayload(facts),
					link: '/manage/bookings'
				};
			}
			case 'booking.decided':
				return {
					kind: event.kind,
					recipients: unique([
						...facts.map((f) => f.requested_by),
						...(await organisationAdmins(
							db,
							facts.map((f) => f.organisation_id)
						))
					]),
					payload: bookingPayload(facts),
					link: roomLink
				};
			case 'booking.cancelled':
				return {
					kind: event.kind,
					recipients: unique(facts.map((f) => f.requested_by)),
					payload: bookingPayload(facts, event.reason),
					link: roomLink
				};
			case 'booking.reminder':
				return {
					kind: event.kind,
					recipients: unique(facts.map((f) => f.requested_by)),
					payload: { ...bookingPayload(facts), reason: undefined },
					link: roomLink
				};
		}
	}
	if (event.kind === 'circuit.requested' || event.kind === 'circuit.decided') {
		const [circuit] = await db.select().from(bookingCircuit).where(eq(bookingCircuit.id, event.circuitId));
		if (!circuit) return null;
		const legs = await db
			.select({ id: bookingSeries.id })
			.from(bookingSeries)
			.where(eq(bookingSeries.circuitId, circuit.id));
		const facts =
			legs.length === 0
				? []
				: await bookingFacts(
						db,
						sql`b.series_id IN (${sql.join(
							legs.map((l) => sql`${l.id}`),
							sql`, `
						)})`
					);
		// A leg counts as confirmed when any of its occurrences is, refused when all of them are.
		const legStatus = (seriesId: string) => {
			const own = facts.filter((f) => f.series_id === seriesId);
			if (own.some((f) => f.status === 'confirmed')) return 'confirmed';
			if (own.length > 0 && own.every((f) => f.status === 'refused')) return 'refused';
			return 'other';
		};
		const payload: NotificationPayload = {
			title: circuit.title,
			timeZone: facts[0]?.time_zone ?? 'Europe/Paris',
			firstStart: facts[0] ? new Date(facts[0].start_ms).toISOString() : undefined,
			count: legs.length,
			confirmed: legs.filter((l) => legStatus(l.id) === 'confirmed').length,
			refused: legs.filter((l) => legStatus(l.id) === 'refused').length,
			...(unique(facts.map((f) => f.reason)).length ? { reason: unique(facts.map((f) => f.reason)).join(' ; ') } : {})
		};
		if (event.kind === 'circuit.requested')
			return {
				kind: event.kind,
				recipients: await managersOf(
					db,
					facts.map((f) => ({ id: f.facility_id, communeId: f.commune_id }))
				),
				payload,
				link: '/manage/bookings'
			};
		return {
			kind: event.kind,
			recipients: unique([circuit.requestedBy, ...(await organisationAdmins(db, [circuit.organisationId]))]),
			payload,
			link: '/notifications'
		};
	}
	return null;
}

/**
 * Tomorrow's confirmed bookings (starting within the next 24 hours) get one reminder each: the
 * conditional UPDATE marks them in the same transaction as the job is queued, so two instances
 * running the pass at once, or a pass run twice, never remind twice.
 */
export async function sendDueReminders(db: Database, now: Date): Promise<number> {
	return db.transaction(async (tx) => {
		const result = await tx.execute(sql`
			UPDATE booking SET reminder_sent_at = ${now.toISOString()}::timestamptz
			WHERE status = 'confirmed' AND reminder_sent_at IS NULL
			  AND lower(during) > ${now.toISOString()}::timestamptz
			  AND lower(during) <= ${now.toISOString()}::timestamptz + interval '24 hours'
			RETURNING id`);
		const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
		for (const id of ids) await enqueueNotification(tx, { kind: 'booking.reminder', bookingIds: [id] });
		return ids.length;
	});
}

/** The links at the foot of every notification mail: preferences, and unsubscribe without signing in. */
export function optOutLinks(origin: string, secret: string, userId: string): MailOptOut {
	return {
		preferences: `${origin}/account/notifications`,
		unsubscribe: `${origin}/unsubscribe/${unsubscribeToken(secret, userId)}`
	};
}

export function notificationHandlers(deps: {
	db: Database;
	mailer: Mailer;
	origin: string;
	/** Keys the unsubscribe links (the auth secret). */
	secret: string;
}): JobHandlers {
	const { db, origin, secret } = deps;
	return {
		async dispatch(jobId: string, data: unknown, queue: JobQueue) {
			const plan = await planNotification(db, data as NotificationEvent);
			if (!plan || plan.recipients.length === 0) return;
			await db.transaction(async (tx) => {
				for (const userId of plan.recipients) {
					// Keyed by job and recipient: a dispatch retried after a crash adds nothing twice.
					const inserted = await tx
						.insert(notification)
						.values({ id: `${jobId}:${userId}`, userId, kind: plan.kind, payload: plan.payload, link: plan.link })
						.onConflictDoNothing()
						.returning({ id: notification.id });
					if (inserted[0]) await queue.sendInTransaction(tx, QUEUES.mail, { notificationId: inserted[0].id });
				}
			});
		},
		async mail(_jobId: string, data: unknown) {
			if (data && typeof data === 'object' && 'digest' in data) {
				await sendDigestMail(db, deps.mailer, (data as { digest: DigestJob }).digest, {
					origin,
					optOut: (userId) => optOutLinks(origin, secret, userId)
				});
				return;
			}
			const { notificationId } = data as { notificationId: string };
			const [row] = await db
				.select({
					kind: notification.kind,
					payload: notification.payload,
					link: notification.link,
					userId: user.id,
					email: user.email,
					name: user.name,
					locale: user.locale,
					preference: notificationPreference.email
				})
				.from(notification)
				.innerJoin(user, eq(user.id, notification.userId))
				.leftJoin(notificationPreference, eq(notificationPreference.userId, notification.userId))
				.where(eq(notification.id, notificationId));
			// The account was deleted meanwhile: nobody to write to.
			if (!row) return;
			// Read when the mail goes, not when the event happened: an unsubscribe just before counts.
			// `weekly` readers get it in the digest; `none` only in the app. No row means each.
			if (!mailsEachNotification(emailChoiceOf(row.preference))) return;
			const locale = isLocale(row.locale) ? row.locale : 'fr';
			const mail = notificationMail(row.kind, row.payload as NotificationPayload, locale, {
				name: row.name,
				link: `${origin}${row.link ?? '/notifications'}`,
				inbox: `${origin}/notifications`,
				optOut: optOutLinks(origin, secret, row.userId)
			});
			// Read at each call, so a replaced mailer (tests) is the one used.
			await deps.mailer.send({ to: row.email, ...mail });
		},
		async reminders() {
			const now = new Date();
			await sendDueReminders(db, now);
			await sendDueSessionReminders(db, now);
		},
		async digest() {
			await sendWeeklyDigests(db, new Date());
		}
	};
}
