import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { needSupport } from '../db/schema.js';
import { AccessDenied } from '../authorisation.js';
import { moveCounter, readCounter } from '../need-page/counters.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type WithdrawSupportResult = { ok: true; supported: false; supportCount: number };

/**
 * A person takes back her support. Only a deleted row moves the counter, so withdrawing twice
 * (or a support that never was) leaves it equal to the number of supports. Allowed whatever the
 * need's status: nobody should be stuck supporting something.
 */
export async function withdrawSupport(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { needId: string }
): Promise<WithdrawSupportResult> {
	if (!actor) throw new AccessDenied('AUTH.SIGN_IN_REQUIRED');
	return ctx.db.transaction(async (tx) => {
		const deleted = await tx
			.delete(needSupport)
			.where(and(eq(needSupport.needId, input.needId), eq(needSupport.userId, actor.userId)))
			.returning({ needId: needSupport.needId });
		const supportCount =
			deleted.length > 0
				? await moveCounter(tx, input.needId, 'supportCount', -deleted.length)
				: await readCounter(tx, input.needId, 'supportCount');
		return { ok: true, supported: false, supportCount };
	});
}
