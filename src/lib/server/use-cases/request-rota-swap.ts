import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { assertAllowed } from '../authorisation.js';
import { rota, rotaShift, rotaSwapRequest } from '../db/schema.js';
import { teamOf } from '../rota/store.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

type SwapRequestResult = { ok: true } | { ok: false; fieldErrors: FieldErrors };

/**
 * A member asks to hand one of her published shifts to a colleague, or to exchange it for one of
 * the colleague's shifts of the same week. The form's `target` is 'give:<colleague id>' or
 * 'swap:<colleague's shift id>'. The request goes to the organiser, who accepts or refuses; one
 * request at a time per shift (a unique index).
 */
export async function requestRotaSwap(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, string>
): Promise<SwapRequestResult> {
	assertAllowed(actor, 'organisation.act', { organisationId });
	const shiftId = values.shiftId ?? '';
	const target = values.target ?? (values.colleagueId ? `give:${values.colleagueId}` : '');
	let colleagueId = target.startsWith('give:') ? target.slice(5) : '';
	const colleagueShiftId = target.startsWith('swap:') ? target.slice(5) : null;
	const note = (values.note ?? '').trim().slice(0, 500);
	return ctx.db.transaction(async (tx): Promise<SwapRequestResult> => {
		const [shift] = await tx
			.select({ id: rotaShift.id, rotaId: rotaShift.rotaId })
			.from(rotaShift)
			.innerJoin(rota, eq(rota.id, rotaShift.rotaId))
			.where(
				and(
					eq(rotaShift.id, shiftId),
					eq(rotaShift.userId, actor.userId),
					eq(rota.organisationId, organisationId),
					eq(rota.status, 'published')
				)
			)
			.for('update');
		if (!shift) return { ok: false as const, fieldErrors: { form: 'ROTA.SHIFT_NOT_YOURS' } };
		if (colleagueShiftId) {
			// An exchange stays within the week: each keeps her weekly hours in view.
			const [theirs] = await tx
				.select({ userId: rotaShift.userId })
				.from(rotaShift)
				.where(and(eq(rotaShift.id, colleagueShiftId), eq(rotaShift.rotaId, shift.rotaId)));
			colleagueId = theirs?.userId ?? '';
		}
		const team = await teamOf(tx, organisationId);
		if (colleagueId === actor.userId || !team.some((t) => t.userId === colleagueId))
			return { ok: false as const, fieldErrors: { form: 'ROTA.COLLEAGUE_INVALID' } };
		const [pending] = await tx
			.select({ id: rotaSwapRequest.id })
			.from(rotaSwapRequest)
			.where(and(eq(rotaSwapRequest.shiftId, shiftId), eq(rotaSwapRequest.status, 'pending')));
		if (pending) return { ok: false as const, fieldErrors: { form: 'ROTA.SWAP_PENDING' } };
		const id = randomUUID();
		await tx
			.insert(rotaSwapRequest)
			.values({ id, shiftId, requestedBy: actor.userId, colleagueId, colleagueShiftId, note });
		// Her organisers hear of it in their notifications (and by mail, as they chose).
		await enqueueNotification(tx, { kind: 'rota.swap_requested', requestId: id });
		return { ok: true as const };
	});
}
