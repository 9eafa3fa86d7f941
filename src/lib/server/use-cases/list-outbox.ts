import { desc } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { mailOutbox } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import type { Actor } from '#lib/domain/authorisation.js';

/** The newest mail kept in the outbox, for administrators when no SMTP server is set. */
export async function listOutbox(ctx: Pick<AppContext, 'db'>, actor: Actor | null, limit = 100) {
	assertAllowed(actor, 'outbox.read');
	return ctx.db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(limit);
}
