import type { AppContext } from '../context.js';
import { needSupport } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { moveCounter, publicNeed, readCounter, type ConversationRefusal } from '../need-page/counters.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type SupportResult = { ok: true; supported: true; supportCount: number } | ConversationRefusal;

/**
 * A signed-in person supports a public need: one support per account. The primary key (need,
 * account) decides, not a read beforehand: a second click inserts nothing and counts nothing.
 */
export async function supportNeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { needId: string }
): Promise<SupportResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	return ctx.db.transaction(async (tx) => {
		const found = await publicNeed(tx, input.needId);
		if (!found.ok) return found;
		const inserted = await tx
			.insert(needSupport)
			.values({ needId: input.needId, userId: actor.userId })
			.onConflictDoNothing()
			.returning({ needId: needSupport.needId });
		const supportCount =
			inserted.length > 0
				? await moveCounter(tx, input.needId, 'supportCount', inserted.length)
				: await readCounter(tx, input.needId, 'supportCount');
		return { ok: true, supported: true, supportCount };
	});
}
