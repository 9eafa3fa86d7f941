/**
 * The job queue: pg-boss (PostgreSQL-backed, retries, cron schedules) on the application's own
 * database, whichever engine it is. On a PostgreSQL server pg-boss keeps a small pool of its own;
 * on the embedded PGlite it talks to the same in-process instance through pg-boss's PGlite adapter
 * (PGlite serialises statements, so the workers simply take turns with requests).
 *
 * Jobs are inserted by `enqueueNotification` inside the transaction of the change that caused
 * them (pg-boss's Drizzle adapter), so a rolled-back change leaves no job behind.
 */
import { PgBoss, fromDrizzle, fromPglite } from 'pg-boss';
import { sql } from 'drizzle-orm';
import type { Database, DatabaseHandle } from '../db/client.js';
import type { Mailer } from '../mail.js';

export const QUEUES = {
	/** One job per event: works out the recipients, writes the in-app notifications, queues the mail. */
	dispatch: 'notification-dispatch',
	/** One job per recipient's mail, retried on its own when the mail server fails. */
	mail: 'notification-mail',
	/** The hourly pass that sends tomorrow's reminders. */
	reminders: 'booking-reminders',
	/** The weekly pass that queues one digest mail for each person who chose `weekly`. */
	digest: 'notification-digest'
} as const;

/** Monday 8:00 in Paris, summer and winter time alike (pg-boss evaluates it in `tz`). */
export const DIGEST_CRON = '0 8 * * 1';
export const DIGEST_TIME_ZONE = 'Europe/Paris';

export interface JobQueueOptions {
	/** How often idle workers look for jobs (pg-boss's minimum is 0.5 s). */
	pollingIntervalSeconds?: number;
	/** Delay before the first retry of a failed job; later retries back off exponentially. */
	retryDelaySeconds?: number;
	retryLimit?: number;
	/** Cron of the reminder pass; null leaves reminders to be run by hand (tests). */
	remindersCron?: string | null;
	/** Cron of the weekly digest, read in Europe/Paris; null leaves it to be run by hand (tests). */
	digestCron?: string | null;
}

export interface JobQueue {
	readonly boss: PgBoss;
	readonly retry: { retryLimit: number; retryDelay: number; retryBackoff: boolean };
	/** Sends a job inside the caller's Drizzle transaction. */
	sendInTransaction(tx: Database, queue: string, data: object): Promise<string | null>;
	stop(): Promise<void>;
}

export interface JobHandlers {
	dispatch(jobId: string, data: unknown, queue: JobQueue): Promise<void>;
	mail(jobId: string, data: unknown): Promise<void>;
	reminders(): Promise<void>;
	digest(): Promise<void>;
}

/** The Drizzle transaction as pg-boss's executor: both drivers answer `execute(sql)` with rows. */
export function drizzleExecutor(tx: Database): ReturnType<typeof fromDrizzle> {
	return fromDrizzle(
		tx as unknown as Parameters<typeof fromDrizzle>[0],
		sql as unknown as Parameters<typeof fromDrizzle>[1]
	);
}

// The queue that enqueueNotification uses. One per process in the server; tests open contexts one
// after another. Every instance uses the same schema and queue names, and the job itself is written
// through the caller's transaction, so any started instance serves any database.
const started: JobQueue[] = [];

export function activeJobQueue(): JobQueue {
	const queue = started.at(-1);
	if (!queue) throw new Error('The job queue is not started: open the application context first.');
	return queue;
}

export async function startJobQueue(
	handle: DatabaseHandle,
	options: { databaseUrl?: string; mailer: Mailer; handlers: JobHandlers } & JobQueueOptions
): Promise<JobQueue> {
	const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
	const boss = handle.pglite
		? new PgBoss({ db: fromPglite(handle.pglite), backend: 'pglite' })
		: new PgBoss({ connectionString: options.databaseUrl, max: 3, application_name: 'quartiers-vivants-jobs' });
	// pg-boss reports failures of its own maintenance here; without a listener they would crash the process.
	boss.on('error', (error) => console.error('[jobs]', error.message));
	await boss.start();
	for (const name of Object.values(QUEUES)) await boss.createQueue(name);

	const retry = {
		retryLimit: options.retryLimit ?? 6,
		retryDelay: options.retryDelaySeconds ?? 30,
		retryBackoff: true
	};
	let stopped = false;
	const queue: JobQueue = {
		boss,
		retry,
		sendInTransaction: (tx, name, data) => boss.send(name, data, { ...retry, db: drizzleExecutor(tx) }),
		async stop() {
			if (stopped) return;
			stopped = true;
			const i = started.indexOf(queue);
			if (i >= 0) started.splice(i, 1);
			// Lets running jobs finish (they write to the database, which closes right after).
			await boss.stop({ graceful: true, timeout: 10_000 });
		}
	};

	const work = { pollingIntervalSeconds, batchSize: 1 };
	await boss.work<unknown>(QUEUES.dispatch, work, async ([job]) => {
		if (job) await options.handlers.dispatch(job.id, job.data, queue);
	});
	await boss.work<unknown>(QUEUES.mail, work, async ([job]) => {
		if (job) await options.handlers.mail(job.id, job.data);
	});
	await boss.work(QUEUES.reminders, work, async () => {
		await options.handlers.reminders();
	});
	const cron = options.remindersCron === undefined ? '7 * * * *' : options.remindersCron;
	if (cron) await boss.schedule(QUEUES.reminders, cron, null, { retryLimit: 1 });
	else await boss.unschedule(QUEUES.reminders).catch(() => {});
	await boss.work(QUEUES.digest, work, async () => {
		await options.handlers.digest();
	});
	// The digest pass itself never sends twice (see sendWeeklyDigests), so a schedule fired by two
	// instances, or retried, is harmless.
	const digestCron = options.digestCron === undefined ? DIGEST_CRON : options.digestCron;
	if (digestCron) await boss.schedule(QUEUES.digest, digestCron, null, { retryLimit: 1, tz: DIGEST_TIME_ZONE });
	else await boss.unschedule(QUEUES.digest).catch(() => {});
	started.push(queue);
	return queue;
}
