import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.js';
import { room } from '../db/schema.js';
import { assertManages, findFacility } from '../facility-access.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import { parseRoomForm } from '#lib/domain/room-forms.js';
import { rateLimited } from './rate-limited.js';

export type RoomResult = { ok: true; id: string } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/** A manager of the facility describes a new room: equipment, weekly opening hours, booking policy. */
export async function createRoom(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	facilityId: string,
	values: Record<string, unknown>
): Promise<RoomResult> {
	const ref = await findFacility(ctx.db, facilityId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	const form = parseRoomForm(values);
	if (!form.ok) return form;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const id = randomUUID();
	await ctx.db.transaction(async (tx) => {
		await tx.insert(room).values({ id, facilityId: ref.id, ...form.data });
	});
	return { ok: true, id };
}
