import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { roomClosure } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { rateLimited } from './rate-limited.js';

export type RemoveRoomClosureResult =
	{ ok: true } | { ok: false; fieldErrors: Record<string, string>; retryAfterSeconds?: number };

/**
 * A manager removes a closure. The bookings it cancelled stay cancelled: their requesters were
 * told, and may ask again for the freed slots.
 */
export async function removeRoomClosure(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	roomId: string,
	closureId: string
): Promise<RemoveRoomClosureResult> {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const removed = await ctx.db.transaction((tx) =>
		tx
			.delete(roomClosure)
			.where(and(eq(roomClosure.id, closureId), eq(roomClosure.roomId, roomId)))
			.returning({ id: roomClosure.id })
	);
	return removed.length ? { ok: true } : { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
}
