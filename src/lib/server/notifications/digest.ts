/**
 * The weekly digest, for people who chose one e-mail a week instead of one per change: the pass
 * picks who is due and queues one mail job each; the mail job lists that person's unread
 * notifications of the period, in her language.
 */
import { and, asc, eq, gt, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { rowsOf } from '../db/client.js';
import { notification, notificationPreference, user } from '../db/schema.js';
import type { Mailer } from '../mail.js';
import { isLocale } from '#lib/domain/locale.js';
import type { NotificationPayload } from './events.js';
import { activeJobQueue, QUEUES } from './queue.js';
import { digestMail, type MailOptOut } from './render.js';

/** One person's digest: her unread notifications created in (since, until]. */
export interface DigestJob {
	userId: string;
	since: string;
	until: string;
}

/**
 * Queues this week's digests and returns how many. `last_digest_at` is moved in the same
 * transaction as the mail jobs are queued, and only for rows whose last digest is at least six
 * days old, with the rows locked: a pass run twice, retried after a crash, or run by two
 * instances at once finds nobody due the second time. Nobody is due when nothing is new: no
 * empty digest, and the next one covers the quiet week too.
 */
export async function sendWeeklyDigests(db: Database, now: Date): Promise<number> {
	const at = now.toISOString();
	return db.transaction(async (tx) => {
		const result = await tx.execute(sql`
			WITH due AS (
				SELECT p.user_id, coalesce(p.last_digest_at, ${at}::timestamptz - interval '7 days') AS since
				FROM notification_preference p
				WHERE p.email = 'weekly'
				  AND (p.last_digest_at IS NULL OR p.last_digest_at <= ${at}::timestamptz - interval '6 days')
				  AND EXISTS (
					SELECT 1 FROM notification n
					WHERE n.user_id = p.user_id AND n.read_at IS NULL
					  AND n.created_at > coalesce(p.last_digest_at, ${at}::timestamptz - interval '7 days')
					  AND n.created_at <= ${at}::timestamptz)
				FOR UPDATE OF p
			)
			UPDATE notification_preference p
			SET last_digest_at = ${at}::timestamptz, updated_at = ${at}::timestamptz
			FROM due
			WHERE p.user_id = due.user_id
			  AND (p.last_digest_at IS NULL OR p.last_digest_at <= ${at}::timestamptz - interval '6 days')
			RETURNING p.user_id, due.since`);
		const due = rowsOf<{ user_id: string; since: string | Date }>(result);
		const queue = activeJobQueue();
		for (const row of due) {
			const digest: DigestJob = { userId: row.user_id, since: new Date(row.since).toISOString(), until: at };
			await queue.sendInTransaction(tx, QUEUES.mail, { digest });
		}
		return due.length;
	});
}

/** The mail job of one digest. Nothing is sent if she turned mail off, or read everything, meanwhile. */
export async function sendDigestMail(
	db: Database,
	mailer: Mailer,
	job: DigestJob,
	links: { origin: string; optOut: (userId: string) => MailOptOut }
): Promise<void> {
	const [person] = await db
		.select({ email: user.email, name: user.name, locale: user.locale, preference: notificationPreference.email })
		.from(user)
		.leftJoin(notificationPreference, eq(notificationPreference.userId, user.id))
		.where(eq(user.id, job.userId));
	if (!person || person.preference !== 'weekly') return;
	const rows = await db
		.select({ kind: notification.kind, payload: notification.payload, link: notification.link })
		.from(notification)
		.where(
			and(
				eq(notification.userId, job.userId),
				isNull(notification.readAt),
				gt(notification.createdAt, new Date(job.since)),
				lte(notification.createdAt, new Date(job.until))
			)
		)
		.orderBy(asc(notification.createdAt), asc(notification.id));
	if (rows.length === 0) return;
	const locale = isLocale(person.locale) ? person.locale : 'fr';
	const mail = digestMail(
		rows.map((r) => ({
			kind: r.kind,
			payload: r.payload as NotificationPayload,
			link: `${links.origin}${r.link ?? '/notifications'}`
		})),
		locale,
		{ name: person.name, inbox: `${links.origin}/notifications`, optOut: links.optOut(job.userId) }
	);
	await mailer.send({ to: person.email, ...mail });
}
