import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadConsultation } from '../consultations/queries.js';
import { checkedResponse, phaseRefusal } from '../consultations/respond.js';
import { lockConsultation, refusable, Refusal, storeResponse } from '../consultations/write.js';
import type { Actor } from '#lib/domain/authorisation.js';
import type { AnswerResult } from './answer-consultation.js';

/**
 * Staff at a counter (social centre, market stall) record the answers a person gives them in
 * person: no account, no participation row, marked `counter` with who recorded it. The
 * demographic block is only kept when the person agreed aloud (the "the person agreed" box).
 */
export async function recordCounterAnswer(
	ctx: Pick<AppContext, 'db'>,
	actor: Actor | null,
	input: { id: string; values: Record<string, unknown>; now?: Date }
): Promise<AnswerResult | null> {
	assertAllowed(actor, 'consultation.manage');
	const now = input.now ?? new Date();
	const c = await loadConsultation(ctx.db, input.id);
	if (!c || c.status !== 'published') return null;
	const closed = phaseRefusal(c, now);
	if (closed) return { ok: false, fieldErrors: { form: closed } };
	const first = await checkedResponse(ctx.db, c, input.values, now);
	if (!first.ok) return first;

	const stored = await refusable(() =>
		ctx.db.transaction(async (tx) => {
			const locked = await lockConsultation(tx, c.id);
			if (!locked || locked.status !== 'published') throw new Refusal('form', 'NOT_FOUND');
			const refusal = phaseRefusal(locked, now);
			if (refusal) throw new Refusal('form', refusal);
			const response = await checkedResponse(tx, locked, input.values, now);
			if (!response.ok) throw new Refusal(...(Object.entries(response.fieldErrors)[0] ?? ['form', 'NOT_FOUND']));
			await storeResponse(tx, { consultationId: c.id, respondent: null, recordedBy: actor.userId, ...response.data });
		})
	);
	return stored.ok ? { ok: true } : stored;
}
