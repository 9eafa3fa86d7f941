import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { room } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseRoomForm } from '#lib/domain/room-forms.js';
import { rateLimited } from './rate-limited.js';
import type { RoomResult } from './create-room.js';

/** A manager of the room's facility changes its description, equipment, hours or booking policy. */
export async function updateRoom(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	roomId: string,
	values: Record<string, unknown>
): Promise<RoomResult> {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	const form = parseRoomForm(values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	await ctx.db.transaction(async (tx) => {
		await tx
			.update(room)
			.set({ ...form.data, updatedAt: new Date() })
			.where(eq(room.id, roomId));
	});
	return { ok: true, id: roomId };
}
