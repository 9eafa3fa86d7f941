import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { organisation, roomClosure } from '../db/schema.js';
import { assertManages, findRoomFacility } from '../facility-access.js';
import { findHeldOverlaps, setBookingStatus } from '../bookings/store.js';
import { roomTimeZone } from '../bookings/closures.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import type { Actor } from '#lib/domain/authorisation.js';
import { parseClosureForm } from '#lib/domain/closure-form.js';
import { toLocal, toRangeLiteral, type LocalDate, type LocalTime } from '#lib/domain/zoned-time.js';
import { rateLimited } from './rate-limited.js';

export interface CancelledBooking {
	id: string;
	title: string;
	organisationName: string | null;
	date: LocalDate;
	startTime: LocalTime;
	endTime: LocalTime;
	endDate: LocalDate;
}

export type AddRoomClosureResult =
	| { ok: true; closureId: string; cancelled: CancelledBooking[] }
	| { ok: false; fieldErrors: Record<string, string>; retryAfterSeconds?: number };

/**
 * A manager of the room closes it from one local date-time to another. In the same transaction
 * the pending and confirmed bookings it overlaps are cancelled with the closure's reason (an
 * occurrence of a series becomes an exception of it): the closure and its cancellations are
 * written whole or not at all, and the manager is shown which bookings were cancelled.
 */
export async function addRoomClosure(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	roomId: string,
	values: Record<string, unknown>,
	now: Date
): Promise<AddRoomClosureResult> {
	const ref = await findRoomFacility(ctx.db, roomId);
	if (!ref) return { ok: false, fieldErrors: { form: 'NOT_FOUND' } };
	assertManages(actor, ref);
	const timeZone = await roomTimeZone(ctx.db, roomId);
	const parsed = parseClosureForm(values, timeZone, now);
	if (!parsed.ok) return parsed;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;
	const { interval, reason } = parsed.value;

	const closureId = randomUUID();
	const cancelled = await ctx.db.transaction(async (tx) => {
		await tx
			.insert(roomClosure)
			.values({ id: closureId, roomId, during: toRangeLiteral(interval), reason, createdBy: actor.userId });
		const held = await findHeldOverlaps(tx, [roomId], [interval]);
		const decided = { status: 'cancelled' as const, reason, decidedBy: actor.userId, decidedAt: now };
		await setBookingStatus(
			tx,
			held.filter((b) => b.seriesId === null).map((b) => b.id),
			decided
		);
		await setBookingStatus(
			tx,
			held.filter((b) => b.seriesId !== null).map((b) => b.id),
			{ ...decided, isException: true }
		);
		// The requesters are told in the same transaction: no closure, no message.
		await enqueueNotification(tx, { kind: 'booking.cancelled', bookingIds: held.map((b) => b.id), reason });
		return held;
	});

	const orgIds = [...new Set(cancelled.map((b) => b.organisationId).filter((id): id is string => id !== null))];
	const orgs = orgIds.length
		? await ctx.db
				.select({ id: organisation.id, name: organisation.name })
				.from(organisation)
				.where(inArray(organisation.id, orgIds))
		: [];
	const orgName = new Map(orgs.map((o) => [o.id, o.name]));
	return {
		ok: true,
		closureId,
		cancelled: cancelled.map((b) => {
			const start = toLocal(b.interval.start, timeZone);
			const end = toLocal(b.interval.end, timeZone);
			return {
				id: b.id,
				title: b.title,
				organisationName: b.organisationId ? (orgName.get(b.organisationId) ?? null) : null,
				date: start.date,
				startTime: start.time,
				endTime: end.time,
				endDate: end.date
			};
		})
	};
}
