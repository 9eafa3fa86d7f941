import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { enqueueNotification } from '../notifications/enqueue.js';
import { assertAllowed } from '../authorisation.js';
import { rota, rotaShift, rotaSwapRequest } from '../db/schema.js';
import { rotaProblemOf, shiftsOf, teamOf } from '../rota/store.js';
import { validateRota } from '#lib/domain/rota/validate.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';

/**
 * The organiser accepts or refuses a swap request. Accepting gives the shift to the colleague
 * (and, for an exchange, the colleague's shift to the member) only if the week still respects
 * every stated constraint of both (availability, day off, one shift a day, weekly maximum),
 * checked by the rota validator inside the transaction that moves the shifts, with the week's
 * row locked: two swaps accepted at once cannot together push someone over her hours.
 */
export async function decideRotaSwap(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	organisationId: string,
	values: Record<string, string>
): Promise<{ ok: true; decision: 'accepted' | 'refused' } | { ok: false; fieldErrors: FieldErrors }> {
	assertAllowed(actor, 'organisation.manage', { organisationId });
	const decision = values.decision === 'accept' ? 'accepted' : values.decision === 'refuse' ? 'refused' : null;
	if (!decision) return { ok: false, fieldErrors: { form: 'ROTA.DECISION_INVALID' } };
	return ctx.db.transaction(async (tx) => {
		const [request] = await tx
			.select({
				id: rotaSwapRequest.id,
				shiftId: rotaSwapRequest.shiftId,
				requestedBy: rotaSwapRequest.requestedBy,
				colleagueId: rotaSwapRequest.colleagueId,
				colleagueShiftId: rotaSwapRequest.colleagueShiftId,
				rotaId: rotaShift.rotaId,
				owner: rotaShift.userId
			})
			.from(rotaSwapRequest)
			.innerJoin(rotaShift, eq(rotaShift.id, rotaSwapRequest.shiftId))
			.innerJoin(rota, eq(rota.id, rotaShift.rotaId))
			.where(
				and(
					eq(rotaSwapRequest.id, values.requestId ?? ''),
					eq(rota.organisationId, organisationId),
					eq(rotaSwapRequest.status, 'pending')
				)
			);
		if (!request) return { ok: false as const, fieldErrors: { form: 'ROTA.SWAP_GONE' } };
		await tx.select({ id: rota.id }).from(rota).where(eq(rota.id, request.rotaId)).for('update');
		if (decision === 'accepted') {
			const team = await teamOf(tx, organisationId);
			if (request.owner !== request.requestedBy || !team.some((t) => t.userId === request.colleagueId))
				return { ok: false as const, fieldErrors: { form: 'ROTA.SWAP_GONE' } };
			const problem = await rotaProblemOf(tx, organisationId);
			const before = await shiftsOf(tx, request.rotaId);
			const theirs = request.colleagueShiftId ? before.find((x) => x.id === request.colleagueShiftId) : null;
			if (request.colleagueShiftId && theirs?.memberId !== request.colleagueId)
				return { ok: false as const, fieldErrors: { form: 'ROTA.SWAP_GONE' } };
			const after = before.map((x) =>
				x.id === request.shiftId
					? { ...x, memberId: request.colleagueId }
					: x.id === theirs?.id
						? { ...x, memberId: request.requestedBy }
						: x
			);
			const moved = new Set([request.colleagueId, ...(theirs ? [request.requestedBy] : [])]);
			const broken = validateRota(problem, after).filter((v) => moved.has(v.memberId));
			if (broken.length > 0) return { ok: false as const, fieldErrors: { form: `ROTA.SWAP_${broken[0]!.code}` } };
			await tx
				.update(rotaShift)
				.set({ userId: request.colleagueId, updatedAt: new Date() })
				.where(eq(rotaShift.id, request.shiftId));
			if (theirs)
				await tx
					.update(rotaShift)
					.set({ userId: request.requestedBy, updatedAt: new Date() })
					.where(eq(rotaShift.id, theirs.id));
		}
		await tx
			.update(rotaSwapRequest)
			.set({ status: decision, decidedBy: actor.userId, decidedAt: new Date() })
			.where(eq(rotaSwapRequest.id, request.id));
		await enqueueNotification(tx, { kind: 'rota.swap_decided', requestId: request.id });
		return { ok: true as const, decision };
	});
}
