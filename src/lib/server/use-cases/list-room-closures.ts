import { eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { room } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import { closuresOfRoom, roomTimeZone } from '../bookings/closures.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { toLocal } from '#lib/domain/zoned-time.js';

/** A room's closures as its manager sees them, in the commune's local time; null when there is no such room. */
export async function listRoomClosures(ctx: Pick<AppContext, 'db'>, actor: Actor | null, roomId: string, now: Date) {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return null;
	assertManages(actor, ref);
	const [r] = await ctx.db.select({ id: room.id, name: room.name }).from(room).where(eq(room.id, roomId));
	if (!r) return null;
	const timeZone = await roomTimeZone(ctx.db, roomId);
	const closures = (await closuresOfRoom(ctx.db, roomId)).map((c) => ({
		id: c.id,
		reason: c.reason,
		from: toLocal(c.interval.start, timeZone),
		to: toLocal(c.interval.end, timeZone),
		past: c.interval.end <= now
	}));
	return { room: r, facilityId: ref.id, timeZone, closures };
}
