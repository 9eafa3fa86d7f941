import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { need, needEvent } from '../db/schema.js';
import { assertAllowed } from '../authorisation.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { refuseNeed } from '../moderation/write.js';
import { rateLimited } from './rate-limited.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseForm, type FieldErrors } from '#lib/domain/account-forms.js';
import { needStatusesAllowing, postDecisionForm } from '#lib/domain/moderation.js';

export type ModerateNeedResult =
	{ ok: true; status: 'published' | 'refused' } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A moderator publishes a need awaiting moderation, or refuses it with a reason its author reads.
 * One transaction: the status, the history entry and the notification exist together or not at all.
 */
export async function moderateNeed(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	needId: string,
	values: Record<string, unknown>,
	now = new Date()
): Promise<ModerateNeedResult> {
	assertAllowed(actor, 'content.moderate');
	const form = parseForm(postDecisionForm, values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['moderateUser', actor.userId]]);
	if (limited) return limited;
	const { decision, reason, note } = form.data;

	const decided = await ctx.db.transaction(async (tx) => {
		if (decision === 'refuse' && reason)
			return refuseNeed(tx, {
				needId,
				from: needStatusesAllowing('refuse'),
				refusal: { reason, note },
				actorId: actor.userId,
				now
			});
		// Only a need still awaiting moderation changes: a second moderator finds nothing to publish.
		const [row] = await tx
			.update(need)
			.set({ status: 'published', publishedAt: now, updatedAt: now })
			.where(and(eq(need.id, needId), inArray(need.status, needStatusesAllowing('publish'))))
			.returning({ id: need.id });
		if (!row) return false;
		await tx
			.insert(needEvent)
			.values({ id: randomUUID(), needId, status: 'published', actorId: actor.userId, createdAt: now });
		await enqueueNotification(tx, { kind: 'need.published', needId });
		return true;
	});
	if (!decided) return { ok: false, fieldErrors: { form: 'MODERATION.ALREADY_DECIDED' } };
	return { ok: true, status: decision === 'publish' ? 'published' : 'refused' };
}
