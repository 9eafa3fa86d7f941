import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { room } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { rateLimited } from './rate-limited.js';

export type DeleteRoomResult =
	{ ok: true; facilityId: string } | { ok: false; fieldErrors: Record<string, string>; retryAfterSeconds?: number };

/**
 * A manager removes a room (after confirming on its own page). Its photos and its links to
 * initiatives go with it (ON DELETE CASCADE), in the same statement.
 */
export async function deleteRoom(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	roomId: string,
	values: Record<string, unknown>
): Promise<DeleteRoomResult> {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	if (values.confirm !== 'on') return { ok: false, fieldErrors: { confirm: 'CONFIRM.REQUIRED' } };
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	await ctx.db.transaction(async (tx) => {
		await tx.delete(room).where(eq(room.id, roomId));
	});
	return { ok: true, facilityId: ref.id };
}
