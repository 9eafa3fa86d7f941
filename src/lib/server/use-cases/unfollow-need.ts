import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { needFollow } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { moveCounter, readCounter } from '../need-page/counters.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type UnfollowResult = { ok: true; following: false; followerCount: number };

/** A person stops following a need (whatever its status); only a deleted row moves the counter. */
export async function unfollowNeed(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { needId: string }
): Promise<UnfollowResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	return ctx.db.transaction(async (tx) => {
		const deleted = await tx
			.delete(needFollow)
			.where(and(eq(needFollow.needId, input.needId), eq(needFollow.userId, actor.userId)))
			.returning({ needId: needFollow.needId });
		const followerCount =
			deleted.length > 0
				? await moveCounter(tx, input.needId, 'followerCount', -deleted.length)
				: await readCounter(tx, input.needId, 'followerCount');
		return { ok: true, following: false, followerCount };
	});
}
