import type { AppContext } from '../context.js';
import { needFollow } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { moveCounter, publicNeed, readCounter, type ConversationRefusal } from '../need-page/counters.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type FollowResult = { ok: true; following: true; followerCount: number } | ConversationRefusal;

/** A signed-in person follows a public need, to hear when it changes; following twice is one follow. */
export async function followNeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { needId: string }
): Promise<FollowResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	return ctx.db.transaction(async (tx) => {
		const found = await publicNeed(tx, input.needId);
		if (!found.ok) return found;
		const inserted = await tx
			.insert(needFollow)
			.values({ needId: input.needId, userId: actor.userId })
			.onConflictDoNothing()
			.returning({ needId: needFollow.needId });
		const followerCount =
			inserted.length > 0
				? await moveCounter(tx, input.needId, 'followerCount', inserted.length)
				: await readCounter(tx, input.needId, 'followerCount');
		return { ok: true, following: true, followerCount };
	});
}
