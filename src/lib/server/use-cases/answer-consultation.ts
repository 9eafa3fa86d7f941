import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../context.js';
import { assertAllowed } from '../authorisation.js';
import { loadConsultation } from '../consultations/queries.js';
import { checkedResponse, phaseRefusal } from '../consultations/respond.js';
import { lockConsultation, refusable, Refusal, storeResponse } from '../consultations/write.js';
import { consultationParticipation } from '../db/schema.js';
import { rateLimited } from './rate-limited.js';
import type { FieldErrors } from '#lib/domain/account-forms.js';
import type { Actor } from '#lib/domain/authorisation.js';

export type AnswerResult = { ok: true } | { ok: false; fieldErrors: FieldErrors; retryAfterSeconds?: number };

/**
 * A resident answers a consultation online, once per account, with the demographic block if
 * she ticks its consent. Null when the consultation is not published (no such page).
 */
export async function answerConsultation(
	ctx: Pick<AppContext, 'db' | 'rateLimiter'>,
	actor: Actor | null,
	input: { id: string; values: Record<string, unknown>; now?: Date }
): Promise<AnswerResult | null> {
	assertAllowed(actor, 'account.manage_own');
	const now = input.now ?? new Date();
	const c = await loadConsultation(ctx.db, input.id);
	if (!c || c.status !== 'published') return null;
	const closed = phaseRefusal(c, now);
	if (closed) return { ok: false, fieldErrors: { form: closed } };
	const [already] = await ctx.db
		.select({ userId: consultationParticipation.userId })
		.from(consultationParticipation)
		.where(and(eq(consultationParticipation.consultationId, c.id), eq(consultationParticipation.userId, actor.userId)));
	if (already) return { ok: false, fieldErrors: { form: 'CONSULTATION.ALREADY_ANSWERED' } };
	const first = await checkedResponse(ctx.db, c, input.values, now);
	if (!first.ok) return first;
	const limited = await rateLimited(ctx.rateLimiter, [['postUser', actor.userId]]);
	if (limited) return limited;

	const stored = await refusable(() =>
		ctx.db.transaction(async (tx) => {
			const locked = await lockConsultation(tx, c.id);
			if (!locked || locked.status !== 'published') throw new Refusal('form', 'NOT_FOUND');
			const refusal = phaseRefusal(locked, now);
			if (refusal) throw new Refusal('form', refusal);
			// Checked again under the lock, against the questions as they are now.
			const response = await checkedResponse(tx, locked, input.values, now);
			if (!response.ok) throw new Refusal(...(Object.entries(response.fieldErrors)[0] ?? ['form', 'NOT_FOUND']));
			await storeResponse(tx, {
				consultationId: c.id,
				respondent: { userId: actor.userId, signed: locked.answerMode === 'signed' },
				recordedBy: null,
				...response.data
			});
		})
	);
	return stored.ok ? { ok: true } : stored;
}
