import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { RequestEvent } from '@sveltejs/kit';
import { openDatabase, type Database, type Engine } from './db/client.js';
import { appMeta } from './db/schema.js';
import { createAuth, type Auth } from './auth.js';
import { createMailer, type Mailer } from './mail.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';
import type { Config } from './config.js';
import { startJobQueue, type JobQueue, type JobQueueOptions } from './notifications/queue.js';
import { notificationHandlers } from './notifications/deliver.js';

/** Everything a use case may need, built once per process. */
export interface AppContext {
	config: Config;
	db: Database;
	engine: Engine;
	auth: Auth;
	mailer: Mailer;
	rateLimiter: RateLimiter;
	/** pg-boss on the same database: notifications and reminders run in-process on either engine. */
	jobs: JobQueue;
	/** The auth secret, also keying the links the app signs (one-click unsubscribe). */
	signingSecret: string;
	close(): Promise<void>;
}

/**
 * With no AUTH_SECRET set, a random secret is made once and kept in the database, so that a
 * fresh `npm start` needs no set-up and sessions survive restarts (and are shared by every
 * instance on one PostgreSQL).
 */
async function authSecret(db: Database, configured: string | undefined): Promise<string> {
	if (configured) return configured;
	const fresh = randomBytes(32).toString('base64url');
	await db.insert(appMeta).values({ key: 'auth_secret', value: fresh }).onConflictDoNothing();
	const [row] = await db.select().from(appMeta).where(eq(appMeta.key, 'auth_secret'));
	if (!row) throw new Error('could not store the authentication secret');
	return row.value;
}

export async function createAppContext(
	config: Config,
	options: { dataDir?: string; getRequestEvent?: () => RequestEvent | undefined; jobs?: JobQueueOptions } = {}
): Promise<AppContext> {
	const handle = await openDatabase({
		databaseUrl: config.DATABASE_URL,
		dataDir: options.dataDir ?? config.DATA_DIR,
		poolSize: config.DB_POOL_SIZE
	});
	const { db } = handle;
	const mailer = createMailer({ db, smtpUrl: config.SMTP_URL, from: config.MAIL_FROM });
	const secret = await authSecret(db, config.AUTH_SECRET);
	const auth = createAuth({
		db,
		mailer,
		secret,
		origin: config.origin,
		getRequestEvent: options.getRequestEvent
	});
	const jobs = await startJobQueue(handle, {
		databaseUrl: config.DATABASE_URL,
		mailer,
		handlers: notificationHandlers({ db, mailer, origin: config.origin, secret }),
		...options.jobs
	});
	return {
		config,
		db,
		engine: handle.engine,
		auth,
		mailer,
		rateLimiter: createRateLimiter(db, config.RATE_LIMITS),
		jobs,
		signingSecret: secret,
		async close() {
			// Workers first: a job in flight finishes while its database is still open.
			await jobs.stop();
			await handle.close();
		}
	};
}
